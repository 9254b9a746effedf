package io.github.promisekeeper.jira.customer.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A contract row of one customer; dates are ISO-8601 strings as explained on {@link CustomerEntity}. */
@Table("CONTRACT")
public interface ContractEntity extends Entity {

    @NotNull
    @Indexed
    CustomerEntity getCustomer();

    void setCustomer(CustomerEntity customer);

    @NotNull
    String getContractId();

    void setContractId(String contractId);

    /** Position in the customer's list of contracts, so the list reads back in the order it was saved. */
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

    /** Annual value in minor units of {@link #getCurrency()}; null when unknown. */
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
