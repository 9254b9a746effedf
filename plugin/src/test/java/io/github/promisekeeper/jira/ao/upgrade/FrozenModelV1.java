package io.github.promisekeeper.jira.ao.upgrade;

import net.java.ao.Entity;
import net.java.ao.RawEntity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.List;

/**
 * The customer tables exactly as model version 1 shipped them, frozen so that upgrade tests start from
 * real version-1 data. Never edit these; a new model version gets a new frozen copy.
 */
final class FrozenModelV1 {

    static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(CustomerV1.class, ContractV1.class);

    private FrozenModelV1() {}

    @Table("CUSTOMER")
    interface CustomerV1 extends Entity {
        @NotNull
        @Unique
        @StringLength(20)
        String getCustomerKey();

        void setCustomerKey(String customerKey);

        String getCrmId();

        void setCrmId(String crmId);

        @NotNull
        String getCustomerName();

        void setCustomerName(String customerName);

        String getTier();

        void setTier(String tier);

        String getOwner();

        void setOwner(String owner);

        @NotNull
        long getRevision();

        void setRevision(long revision);
    }

    @Table("CONTRACT")
    interface ContractV1 extends Entity {
        @NotNull
        CustomerV1 getCustomer();

        void setCustomer(CustomerV1 customer);

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
}
