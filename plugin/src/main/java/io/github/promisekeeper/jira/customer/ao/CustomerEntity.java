package io.github.promisekeeper.jira.customer.ao;

import net.java.ao.Entity;
import net.java.ao.OneToMany;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A customer row. {@code NEXT_RENEWAL}, {@code SEARCH_TEXT} and {@code READ_MODEL} are derived from the
 * customer on every write so that the renewal radar and the admin search are single indexed queries
 * reading one column per customer.
 *
 * <p>Dates are ISO-8601 strings ({@code 2026-03-01}): Active Objects has no DATE type, and a TIMESTAMP
 * written in one node's time zone can read back as another day on a node in another zone; ISO dates
 * sort as dates and compare correctly in SQL.
 */
@Table("CUSTOMER")
@Indexes(
        @Index(
                name = "renewal_order",
                methodNames = {"getNextRenewal", "getCustomerKey"}))
public interface CustomerEntity extends Entity {

    /** Unique, so the database keeps one row per key even when two nodes create it at once. */
    @NotNull
    @Unique
    @StringLength(20)
    String getCustomerKey();

    void setCustomerKey(String customerKey);

    /**
     * Unique when present, checked by the adapter: SQL Server treats NULLs as equal in a unique
     * constraint, so a database constraint would allow only one customer without a CRM id.
     */
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

    /** The earliest renewal among active contracts, as an ISO date; null without an active contract. */
    @StringLength(10)
    String getNextRenewal();

    void setNextRenewal(String nextRenewal);

    /** Key, name and CRM id in lower case, for the admin search. */
    @StringLength(StringLength.UNLIMITED)
    String getSearchText();

    void setSearchText(String searchText);

    /**
     * The whole customer as pages of customers read it, in the text of {@link CustomerReadModel}: a copy of
     * this row's columns and of its {@code CONTRACT} and {@code EMAIL_DOMAIN} rows, written with them in
     * every write's transaction. Null only on rows that no write or upgrade has derived it for yet.
     */
    @StringLength(StringLength.UNLIMITED)
    String getReadModel();

    void setReadModel(String readModel);

    /** Raised by one on every write; also recorded on the history row the write adds. */
    @NotNull
    long getRevision();

    void setRevision(long revision);

    @OneToMany(reverse = "getCustomer")
    ContractEntity[] getContracts();

    @OneToMany(reverse = "getCustomer")
    EmailDomainEntity[] getEmailDomains();
}
