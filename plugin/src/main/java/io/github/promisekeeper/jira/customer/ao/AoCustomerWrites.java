package io.github.promisekeeper.jira.customer.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.promisekeeper.core.Description;
import io.github.promisekeeper.core.ReasonKey;
import io.github.promisekeeper.core.customer.Change;
import io.github.promisekeeper.core.customer.ChangeDescriptions;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerChange;
import io.github.promisekeeper.core.customer.CustomerConflictException;
import io.github.promisekeeper.core.customer.CustomerConflictException.Reason;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.CustomerSearchText;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.customer.EmailDomains;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.customer.StoredCustomer;
import io.github.promisekeeper.jira.ao.DescriptionJson;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The writing half of {@link AoCustomers}: creates, replaces and deletes customers with their contract and
 * domain rows, each in one transaction that also records the change in the history and rewrites the derived
 * {@code NEXT_RENEWAL}, {@code SEARCH_TEXT} and {@code READ_MODEL} columns. Unique indexes on the key, the
 * history's (key, revision) and the domains turn concurrent writes into {@link CustomerConflictException}s.
 */
final class AoCustomerWrites {

    private final ActiveObjects ao;
    private final AoCustomerReads reads;
    private final AoCustomerBatchWrites batches;

    AoCustomerWrites(ActiveObjects ao, AoCustomerReads reads) {
        this.ao = Objects.requireNonNull(ao, "active objects");
        this.reads = Objects.requireNonNull(reads, "reads");
        this.batches = new AoCustomerBatchWrites(ao, reads);
    }

    /** See {@link Customers#upsert}. */
    StoredCustomer upsert(Customer customer, Change change) {
        Customer next = checkStorable(customer);
        Objects.requireNonNull(change, "change");
        return ao.executeInTransaction(() -> write(storedMatch(next), next, change));
    }

    /** See {@link Customers#upsertAll}. */
    List<StoredCustomer> upsertAll(List<Customer> customers, Change change) {
        Customers.checkDistinctKeys(customers);
        List<Customer> next =
                customers.stream().map(AoCustomerWrites::checkStorable).toList();
        Objects.requireNonNull(change, "change");
        // One transaction for all the batches: the port promises all or nothing for the whole list.
        return ao.executeInTransaction(() -> {
            List<StoredCustomer> stored = new ArrayList<>(next.size());
            for (int start = 0; start < next.size(); start += AoCustomerBatchWrites.SIZE) {
                stored.addAll(batches.write(
                        next.subList(start, Math.min(next.size(), start + AoCustomerBatchWrites.SIZE)), change));
            }
            return stored;
        });
    }

    /** See {@link Customers#update}. */
    StoredCustomer update(Customer customer, long expectedVersion, Change change) {
        Customer next = checkStorable(customer);
        Objects.requireNonNull(change, "change");
        return ao.executeInTransaction(() -> {
            CustomerEntity current = reads.rowByKey(next.key().value())
                    .orElseThrow(() -> new CustomerConflictException(
                            Reason.NOT_FOUND,
                            next.key(),
                            ReasonKey.CONFLICT_CUSTOMER_GONE,
                            next.key().value()));
            if (current.getRevision() != expectedVersion) {
                throw stale(next.key(), expectedVersion, current.getRevision());
            }
            return write(current, next, change);
        });
    }

    /** See {@link Customers#delete}. */
    boolean delete(CustomerKey key, Change change) {
        Objects.requireNonNull(change, "change");
        return ao.executeInTransaction(() -> {
            Optional<CustomerEntity> row = reads.rowByKey(key.value());
            if (row.isEmpty()) {
                return false;
            }
            StoredCustomer stored = reads.load(row.get());
            int id = row.get().getID();
            ao.deleteWithSQL(ContractEntity.class, "CUSTOMER_ID = ?", id);
            ao.deleteWithSQL(EmailDomainEntity.class, "CUSTOMER_ID = ?", id);
            ao.deleteWithSQL(CustomerEntity.class, "ID = ?", id);
            recordChange(key, stored.version() + 1, change, ChangeDescriptions.deletion(stored.customer()));
            return true;
        });
    }

    /**
     * The stored row an upsert of {@code next} replaces: the one with its key, or null. Never the one with its CRM
     * id: the Customer field on issues stores the key, so a customer taking a new key would orphan its issues
     * (a CRM id held by another customer is refused by {@link #checkUnique}).
     */
    private CustomerEntity storedMatch(Customer next) {
        return reads.rowByKey(next.key().value()).orElse(null);
    }

    private StoredCustomer write(CustomerEntity current, Customer next, Change change) {
        Description description;
        long revision;
        if (current == null) {
            description = ChangeDescriptions.creation(next);
            revision = lastRecordedRevision(next.key()) + 1;
        } else {
            StoredCustomer before = reads.load(current);
            description = ChangeDescriptions.changes(before.customer(), next);
            if (description.isEmpty()) {
                return before;
            }
            revision = before.key().equals(next.key())
                    ? before.version() + 1
                    : Math.max(before.version(), lastRecordedRevision(next.key())) + 1;
        }
        checkUnique(next, current == null ? null : current.getID());
        // The history row goes first: its unique (key, revision) index stops a concurrent write made
        // from the same revision before this one touches the customer's rows.
        recordChange(next.key(), revision, change, description);
        CustomerEntity row = current == null ? insert(next, revision) : current;
        if (current != null) {
            ao.deleteWithSQL(ContractEntity.class, "CUSTOMER_ID = ?", row.getID());
            ao.deleteWithSQL(EmailDomainEntity.class, "CUSTOMER_ID = ?", row.getID());
            copy(next, revision, row);
            row.save();
        }
        insertContractsAndDomains(row, next);
        return new StoredCustomer(next, revision);
    }

    private CustomerEntity insert(Customer customer, long revision) {
        Map<String, Object> values = new HashMap<>();
        values.put("CUSTOMER_KEY", customer.key().value());
        values.put("CUSTOMER_NAME", customer.name());
        values.put("REVISION", revision);
        CustomerEntity row = translatingConflicts(
                customer.key(), Reason.STALE_VERSION, () -> ao.create(CustomerEntity.class, values));
        copy(customer, revision, row);
        row.save();
        return row;
    }

    /** A new customer row's columns, the derived ones with them, as {@link #copy} sets them, for a bulk insert. */
    static Map<String, Object> columns(Customer customer, long revision) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("CUSTOMER_KEY", customer.key().value());
        columns.put("CRM_ID", customer.crmId());
        columns.put("CUSTOMER_NAME", customer.name());
        columns.put("TIER", customer.tier());
        columns.put("OWNER", customer.owner());
        columns.put(
                "NEXT_RENEWAL", customer.nextRenewal().map(LocalDate::toString).orElse(null));
        columns.put("SEARCH_TEXT", CustomerSearchText.of(customer));
        columns.put("READ_MODEL", CustomerReadModel.encode(customer));
        columns.put("REVISION", revision);
        return columns;
    }

    /** Sets the row's columns, the derived ones with them, so that one statement saves them all. */
    static void copy(Customer customer, long revision, CustomerEntity row) {
        row.setCustomerKey(customer.key().value());
        row.setCrmId(customer.crmId());
        row.setCustomerName(customer.name());
        row.setTier(customer.tier());
        row.setOwner(customer.owner());
        row.setNextRenewal(customer.nextRenewal().map(LocalDate::toString).orElse(null));
        row.setSearchText(CustomerSearchText.of(customer));
        row.setReadModel(CustomerReadModel.encode(customer));
        row.setRevision(revision);
    }

    private void insertContractsAndDomains(CustomerEntity row, Customer customer) {
        int order = 0;
        for (Contract contract : customer.contracts()) {
            ao.create(
                    ContractEntity.class,
                    new DBParam("CUSTOMER_ID", row.getID()),
                    new DBParam("CONTRACT_ID", contract.id()),
                    new DBParam("LIST_ORDER", order++),
                    new DBParam(
                            "START_DATE",
                            contract.start() == null ? null : contract.start().toString()),
                    new DBParam("RENEWAL_DATE", contract.renewal().toString()),
                    new DBParam(
                            "VALUE_MINOR",
                            contract.value().map(Money::minorUnits).orElse(null)),
                    new DBParam(
                            "CURRENCY",
                            contract.value().map(Money::currencyCode).orElse(null)),
                    new DBParam("NOTICE_DAYS", contract.noticeDays()),
                    new DBParam("AUTO_RENEW", contract.autoRenew()),
                    new DBParam("STATUS", contract.status().name()));
        }
        for (String domain : customer.emailDomains()) {
            translatingConflicts(
                    customer.key(),
                    Reason.DOMAIN_TAKEN,
                    () -> ao.create(
                            EmailDomainEntity.class,
                            new DBParam("CUSTOMER_ID", row.getID()),
                            new DBParam("DOMAIN_NAME", domain)));
        }
    }

    private void recordChange(CustomerKey key, long revision, Change change, Description description) {
        CustomerChange entry = CustomerChange.of(key, change, description);
        translatingConflicts(
                key,
                Reason.STALE_VERSION,
                () -> ao.create(
                        CustomerChangeEntity.class,
                        new DBParam("CUSTOMER_KEY", key.value()),
                        new DBParam("REVISION", revision),
                        new DBParam("AUTHOR", change.author()),
                        new DBParam("CHANGED_AT", new Date(change.at().toEpochMilli())),
                        new DBParam("CHANGE_SOURCE", change.source().name()),
                        new DBParam("IMPORT_BATCH_ID", change.importBatchId()),
                        new DBParam("DESCRIPTION", entry.description()),
                        new DBParam("DESCRIPTION_DATA", DescriptionJson.write(entry.details()))));
    }

    /** The highest revision a customer with this key ever had, so a re-created key keeps counting up. */
    private long lastRecordedRevision(CustomerKey key) {
        CustomerChangeEntity[] last = ao.find(
                CustomerChangeEntity.class,
                Query.select("ID, REVISION")
                        .where("CUSTOMER_KEY = ?", key.value())
                        .order("REVISION DESC")
                        .limit(1));
        return last.length == 0 ? 0 : last[0].getRevision();
    }

    private void checkUnique(Customer next, Integer ownId) {
        if (next.crmId() != null) {
            Optional<CustomerEntity> holder = reads.rowByCrmId(next.crmId());
            if (holder.isPresent()
                    && !Objects.equals(holder.get().getID(), ownId)
                    && !holder.get().getCustomerKey().equals(next.key().value())) {
                throw new CustomerConflictException(
                        Reason.CRM_ID_TAKEN,
                        next.key(),
                        ReasonKey.CONFLICT_CRM_ID_TAKEN,
                        next.crmId(),
                        holder.get().getCustomerKey());
            }
        }
        Optional<CustomerEntity> sameKey = reads.rowByKey(next.key().value());
        if (ownId != null && sameKey.isPresent() && sameKey.get().getID() != ownId) {
            throw new CustomerConflictException(
                    Reason.STALE_VERSION,
                    next.key(),
                    ReasonKey.CONFLICT_KEY_TAKEN,
                    next.key().value());
        }
        for (List<String> chunk : InLists.chunks(new ArrayList<>(next.emailDomains()))) {
            for (EmailDomainEntity taken : ao.find(
                    EmailDomainEntity.class,
                    Query.select(AoCustomerReads.DOMAIN_COLUMNS)
                            .where(InLists.in("DOMAIN_NAME", chunk), chunk.toArray()))) {
                int holderId = taken.getCustomer().getID();
                if (!Objects.equals(holderId, ownId)) {
                    String holderKey = ao
                            .find(
                                    CustomerEntity.class,
                                    Query.select("ID, CUSTOMER_KEY").where("ID = ?", holderId))[0].getCustomerKey();
                    throw new CustomerConflictException(
                            Reason.DOMAIN_TAKEN,
                            next.key(),
                            ReasonKey.CONFLICT_DOMAIN_TAKEN,
                            taken.getDomainName(),
                            holderKey);
                }
            }
        }
    }

    private static Customer checkStorable(Customer customer) {
        // CRM id, tier and owner fit their 255-character columns: Customer refuses longer ones.
        return EmailDomains.normalize(Objects.requireNonNull(customer, "customer"));
    }

    private static CustomerConflictException stale(CustomerKey key, long expected, long actual) {
        return new CustomerConflictException(
                Reason.STALE_VERSION,
                key,
                ReasonKey.CONFLICT_STALE_VERSION,
                key.value(),
                Long.toString(actual),
                Long.toString(expected));
    }

    /**
     * Runs an insert guarded by a unique index and reports a violation as the conflict it means. The
     * exception still leaves the transaction, so nothing of the write is kept.
     */
    private static <T> T translatingConflicts(CustomerKey key, Reason reason, Supplier<T> insert) {
        return translating(
                () -> reason == Reason.DOMAIN_TAKEN
                        ? new CustomerConflictException(reason, key, ReasonKey.CONFLICT_DOMAIN_JUST_TAKEN, key.value())
                        : new CustomerConflictException(reason, key, ReasonKey.CONFLICT_CHANGED_AT_ONCE, key.value()),
                insert);
    }

    /** {@link #translatingConflicts(CustomerKey, Reason, Supplier)} with the conflict's own message. */
    static <T> T translatingConflicts(CustomerKey key, Reason reason, String message, Supplier<T> insert) {
        return translating(() -> new CustomerConflictException(reason, key, message), insert);
    }

    private static <T> T translating(Supplier<CustomerConflictException> conflicts, Supplier<T> insert) {
        try {
            return insert.get();
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                CustomerConflictException conflict = conflicts.get();
                conflict.initCause(e);
                throw conflict;
            }
            throw e;
        }
    }

    /** A unique index refused the row; a JDBC batch reports why in the exceptions chained to its own. */
    private static boolean isUniqueViolation(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            for (SQLException sql = cause instanceof SQLException first ? first : null;
                    sql != null;
                    sql = sql.getNextException()) {
                if (sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                    return true;
                }
            }
        }
        return false;
    }
}
