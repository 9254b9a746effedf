package io.github.promisekeeper.jira.ao.upgrade;

import net.java.ao.Entity;
import net.java.ao.OneToMany;
import net.java.ao.RawEntity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.List;

/**
 * The customer tables exactly as model version 2 shipped them (before {@code READ_MODEL}),
 * frozen so that upgrade tests start from real version-2 data. Never edit these; a new model version gets
 * a new frozen copy.
 */
final class FrozenModelV2 {

    static final List<Class<? extends RawEntity<?>>> ENTITIES =
            List.of(CustomerV2.class, ContractV2.class, EmailDomainV2.class);

    private FrozenModelV2() {}

    @Table("CUSTOMER")
    @Indexes(
            @Index(
                    name = "renewal_order",
                    methodNames = {"getNextRenewal", "getCustomerKey"}))
    interface CustomerV2 extends Entity {
        @NotNull
        @Unique
        @StringLength(20)
        String getCustomerKey();

        void setCustomerKey(String customerKey);

        @Indexed
        String getCrmId();

        void setCrmId(String crmId);

        @NotNull
        String getCustomerName();

        void setCustomerName(String customerName);

        String getTier();

        void setTier(String tier);

        String getOwner();

        void setOwner(String owner);

        @StringLength(10)
        String getNextRenewal();

        void setNextRenewal(String nextRenewal);

        @StringLength(StringLength.UNLIMITED)
        String getSearchText();

        void setSearchText(String searchText);

        @NotNull
        long getRevision();

        void setRevision(long revision);

        @OneToMany(reverse = "getCustomer")
        ContractV2[] getContracts();

        @OneToMany(reverse = "getCustomer")
        EmailDomainV2[] getEmailDomains();
    }

    @Table("CONTRACT")
    interface ContractV2 extends Entity {
        @NotNull
        @Indexed
        CustomerV2 getCustomer();

        void setCustomer(CustomerV2 customer);

        @NotNull
        String getContractId();

        void setContractId(String contractId);

        @NotNull
        int getListOrder();

        void setListOrder(int listOrder);

        @StringLength(10)
        String getStartDate();

        void setStartDate(String startDate);

        @NotNull
        @Indexed
        @StringLength(10)
        String getRenewalDate();

        void setRenewalDate(String renewalDate);

        Long getValueMinor();

        void setValueMinor(Long valueMinor);

        @StringLength(3)
        String getCurrency();

        void setCurrency(String currency);

        @NotNull
        int getNoticeDays();

        void setNoticeDays(int noticeDays);

        @NotNull
        boolean isAutoRenew();

        void setAutoRenew(boolean autoRenew);

        @NotNull
        @StringLength(16)
        String getStatus();

        void setStatus(String status);
    }

    @Table("EMAIL_DOMAIN")
    interface EmailDomainV2 extends Entity {
        @NotNull
        @Indexed
        CustomerV2 getCustomer();

        void setCustomer(CustomerV2 customer);

        @NotNull
        @Unique
        String getDomainName();

        void setDomainName(String domainName);
    }
}
