package io.github.promisekeeper.jira.customer.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One email domain of a customer, lower case; a domain belongs to at most one customer. */
@Table("EMAIL_DOMAIN")
public interface EmailDomainEntity extends Entity {

    @NotNull
    @Indexed
    CustomerEntity getCustomer();

    void setCustomer(CustomerEntity customer);

    @NotNull
    @Unique
    String getDomainName();

    void setDomainName(String domainName);
}
