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
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.customer.StoredCustomer;
import io.github.promisekeeper.jira.ao.DescriptionJson;
import io.github.promisekeeper.jira.customer.ao.AoCustomerReads.IdentifiedCustomer;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Writes one batch of {@link AoCustomerWrites#upsertAll}, at most {@link #SIZE} customers, in the caller's
 * transaction, with the same outcome as {@link AoCustomerWrites#upsert} of each in turn but a fixed number of
 * statements per batch instead of about a dozen per customer: the stored rows of the batch's keys, CRM ids and
 * domains are read with one query per table, the checks run in memory in the batch's order (so a customer may
 * take a domain or CRM id that one before it in the batch gave up, as in turn), then the history rows, the new
 * customer rows, the contract rows and the domain rows are each inserted in one JDBC batch
 * ({@link ActiveObjects#create(Class, List)}). A changed customer's row is updated on its own, with its
 * derived columns. A refused customer throws before anything of its batch is written; the caller's
 * transaction then keeps nothing of the earlier batches either.
 */
final class AoCustomerBatchWrites {

    /** Customers per batch: one {@code IN} list of keys (see {@link InLists}). */
    static final int SIZE = 500;

    private final ActiveObjects ao;
    private final AoCustomerReads reads;

    AoCustomerBatchWrites(ActiveObjects ao, AoCustomerReads reads) {
        this.ao = Objects.requireNonNull(ao, "active objects");
        this.reads = Objects.requireNonNull(reads, "reads");
    }

    /** Upserts {@code batch} (distinct keys, storable, at most {@link #SIZE}), in order; in the caller's transaction. */
    List<StoredCustomer> write(List<Customer> batch, Change change) {
        if (batch.size() > SIZE) {
            throw new IllegalArgumentException("At most " + SIZE + " customers per batch, not " + batch.size() + ".");
        }
        if (batch.isEmpty()) {
            return List.of();
        }
        List<String> keys =
                batch.stream().map(customer -> customer.key().value()).toList();
        Map<String, IdentifiedCustomer> stored = reads.identifiedByKey(keys);
        Map<String, Long> lastRevisions = lastRecordedRevisions(
                keys.stream().filter(key -> !stored.containsKey(key)).toList());
        Map<String, TreeSet<String>> crmIdHolders = crmIdHolders(batch);
        Map<String, String> domainHolders = domainHolders(batch, stored);

        List<StoredCustomer> result = new ArrayList<>(batch.size());
        List<Map<String, Object>> history = new ArrayList<>();
        List<Written> inserted = new ArrayList<>();
        List<Written> replaced = new ArrayList<>();
        for (Customer next : batch) {
            String key = next.key().value();
            IdentifiedCustomer current = stored.get(key);
            Description description;
            long revision;
            if (current == null) {
                description = ChangeDescriptions.creation(next);
                revision = lastRevisions.getOrDefault(key, 0L) + 1;
            } else {
                description = ChangeDescriptions.changes(current.stored().customer(), next);
                if (description.isEmpty()) {
                    result.add(current.stored());
                    continue;
                }
                revision = current.stored().version() + 1;
            }
            Customer before = current == null ? null : current.stored().customer();
            takeCrmId(crmIdHolders, before, next);
            takeDomains(domainHolders, before, next);
            history.add(historyRow(next.key(), revision, change, description));
            Written written = new Written(current == null ? null : current.id(), next, revision);
            (current == null ? inserted : replaced).add(written);
            result.add(new StoredCustomer(next, revision));
        }
        if (history.isEmpty()) {
            return result;
        }
        List<Written> all = new ArrayList<>(inserted);
        all.addAll(replaced);
        CustomerKey first = all.get(0).customer().key();
        // The history rows go first, as in a single write: their unique (key, revision) index stops a write
        // that raced this one from the same revision before any customer row is touched.
        AoCustomerWrites.translatingConflicts(first, Reason.STALE_VERSION, batchRaced(all), () -> {
            ao.create(CustomerChangeEntity.class, history);
            return null;
        });
        Map<String, Integer> ids = insertCustomers(inserted, first, batchRaced(all));
        replaceCustomers(replaced);
        for (Written written : replaced) {
            ids.put(written.customer().key().value(), written.id());
        }
        insertContractsAndDomains(all, ids, first);
        return result;
    }

    /** A customer of the batch to write: its row id when it replaces a stored one, else null. */
    private record Written(Integer id, Customer customer, long revision) {}

    private static String batchRaced(List<Written> written) {
        return "A customer among " + written.get(0).customer().key() + " … "
                + written.get(written.size() - 1).customer().key()
                + " was changed by someone else at the same time; reload it and edit again.";
    }

    /** The highest revision each of {@code keys} ever had, for keys with a history (re-created keys count on). */
    private Map<String, Long> lastRecordedRevisions(List<String> keys) {
        Map<String, Long> last = new HashMap<>();
        if (keys.isEmpty()) {
            return last;
        }
        ao.stream(
                CustomerChangeEntity.class,
                Query.select("ID, CUSTOMER_KEY, REVISION").where(InLists.in("CUSTOMER_KEY", keys), keys.toArray()),
                row -> last.merge(row.getCustomerKey(), row.getRevision(), Math::max));
        return last;
    }

    /**
     * The keys of the stored customers holding each CRM id the batch names, in key order: the first is the
     * holder {@link AoCustomerReads#rowByCrmId} finds.
     */
    private Map<String, TreeSet<String>> crmIdHolders(List<Customer> batch) {
        List<String> crmIds = batch.stream()
                .map(Customer::crmId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<String, TreeSet<String>> holders = new HashMap<>();
        for (List<String> chunk : InLists.chunks(crmIds)) {
            ao.stream(
                    CustomerEntity.class,
                    Query.select("ID, CUSTOMER_KEY, CRM_ID").where(InLists.in("CRM_ID", chunk), chunk.toArray()),
                    row -> holders.computeIfAbsent(row.getCrmId(), crmId -> new TreeSet<>())
                            .add(row.getCustomerKey()));
        }
        return holders;
    }

    /** The key of the stored customer holding each domain the batch names. */
    private Map<String, String> domainHolders(List<Customer> batch, Map<String, IdentifiedCustomer> stored) {
        List<String> domains = batch.stream()
                .flatMap(customer -> customer.emailDomains().stream())
                .distinct()
                .toList();
        Map<String, Integer> holderIds = new HashMap<>();
        for (List<String> chunk : InLists.chunks(domains)) {
            ao.stream(
                    EmailDomainEntity.class,
                    Query.select(AoCustomerReads.DOMAIN_COLUMNS)
                            .where(InLists.in("DOMAIN_NAME", chunk), chunk.toArray()),
                    row -> holderIds.put(row.getDomainName(), row.getCustomer().getID()));
        }
        Map<Integer, String> keyById = new HashMap<>();
        stored.forEach((key, customer) -> keyById.put(customer.id(), key));
        List<Integer> unknown = holderIds.values().stream()
                .filter(id -> !keyById.containsKey(id))
                .distinct()
                .toList();
        for (List<Integer> chunk : InLists.chunks(unknown)) {
            ao.stream(
                    CustomerEntity.class,
                    Query.select("ID, CUSTOMER_KEY").where(InLists.in("ID", chunk), chunk.toArray()),
                    row -> keyById.put(row.getID(), row.getCustomerKey()));
        }
        Map<String, String> holders = new HashMap<>();
        holderIds.forEach((domain, id) -> holders.put(domain, keyById.get(id)));
        return holders;
    }

    /** Refuses a CRM id another customer holds, else records that {@code next} now holds its own. */
    private static void takeCrmId(Map<String, TreeSet<String>> holders, Customer before, Customer next) {
        String key = next.key().value();
        if (next.crmId() != null) {
            TreeSet<String> holding = holders.get(next.crmId());
            if (holding != null && !holding.isEmpty() && !holding.first().equals(key)) {
                throw new CustomerConflictException(
                        Reason.CRM_ID_TAKEN,
                        next.key(),
                        ReasonKey.CONFLICT_CRM_ID_TAKEN,
                        next.crmId(),
                        holding.first());
            }
        }
        if (before != null && before.crmId() != null) {
            TreeSet<String> holding = holders.get(before.crmId());
            if (holding != null) {
                holding.remove(key);
            }
        }
        if (next.crmId() != null) {
            holders.computeIfAbsent(next.crmId(), crmId -> new TreeSet<>()).add(key);
        }
    }

    /** Refuses a domain another customer holds, else records that {@code next} now holds exactly its own. */
    private static void takeDomains(Map<String, String> holders, Customer before, Customer next) {
        String key = next.key().value();
        for (String domain : new TreeSet<>(next.emailDomains())) {
            String holder = holders.get(domain);
            if (holder != null && !holder.equals(key)) {
                throw new CustomerConflictException(
                        Reason.DOMAIN_TAKEN, next.key(), ReasonKey.CONFLICT_DOMAIN_TAKEN, domain, holder);
            }
        }
        if (before != null) {
            for (String domain : before.emailDomains()) {
                holders.remove(domain, key);
            }
        }
        for (String domain : next.emailDomains()) {
            holders.put(domain, key);
        }
    }

    private static Map<String, Object> historyRow(
            CustomerKey key, long revision, Change change, Description description) {
        CustomerChange entry = CustomerChange.of(key, change, description);
        Map<String, Object> row = new HashMap<>();
        row.put("CUSTOMER_KEY", key.value());
        row.put("REVISION", revision);
        row.put("AUTHOR", change.author());
        row.put("CHANGED_AT", new Date(change.at().toEpochMilli()));
        row.put("CHANGE_SOURCE", change.source().name());
        row.put("IMPORT_BATCH_ID", change.importBatchId());
        row.put("DESCRIPTION", entry.description());
        row.put("DESCRIPTION_DATA", DescriptionJson.write(entry.details()));
        return row;
    }

    /** Inserts the new customers' rows, derived columns included, and returns their ids by key. */
    private Map<String, Integer> insertCustomers(List<Written> inserted, CustomerKey first, String raced) {
        Map<String, Integer> ids = new HashMap<>();
        if (inserted.isEmpty()) {
            return ids;
        }
        List<Map<String, Object>> rows = new ArrayList<>(inserted.size());
        for (Written written : inserted) {
            rows.add(AoCustomerWrites.columns(written.customer(), written.revision()));
        }
        AoCustomerWrites.translatingConflicts(first, Reason.STALE_VERSION, raced, () -> {
            ao.create(CustomerEntity.class, rows);
            return null;
        });
        List<String> keys = inserted.stream()
                .map(written -> written.customer().key().value())
                .toList();
        ao.stream(
                CustomerEntity.class,
                Query.select("ID, CUSTOMER_KEY").where(InLists.in("CUSTOMER_KEY", keys), keys.toArray()),
                row -> ids.put(row.getCustomerKey(), row.getID()));
        return ids;
    }

    /** Drops the changed customers' contract and domain rows and rewrites their own rows. */
    private void replaceCustomers(List<Written> replaced) {
        if (replaced.isEmpty()) {
            return;
        }
        List<Integer> ids = replaced.stream().map(Written::id).toList();
        String in = InLists.in("CUSTOMER_ID", ids);
        ao.deleteWithSQL(ContractEntity.class, in, ids.toArray());
        ao.deleteWithSQL(EmailDomainEntity.class, in, ids.toArray());
        for (Written written : replaced) {
            CustomerEntity row = ao.get(CustomerEntity.class, written.id());
            AoCustomerWrites.copy(written.customer(), written.revision(), row);
            row.save();
        }
    }

    private void insertContractsAndDomains(List<Written> written, Map<String, Integer> ids, CustomerKey first) {
        List<Map<String, Object>> contracts = new ArrayList<>();
        List<Map<String, Object>> domains = new ArrayList<>();
        for (Written one : written) {
            Integer id = ids.get(one.customer().key().value());
            int order = 0;
            for (Contract contract : one.customer().contracts()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("CUSTOMER_ID", id);
                row.put("CONTRACT_ID", contract.id());
                row.put("LIST_ORDER", order++);
                row.put(
                        "START_DATE",
                        contract.start() == null ? null : contract.start().toString());
                row.put("RENEWAL_DATE", contract.renewal().toString());
                row.put("VALUE_MINOR", contract.value().map(Money::minorUnits).orElse(null));
                row.put("CURRENCY", contract.value().map(Money::currencyCode).orElse(null));
                row.put("NOTICE_DAYS", contract.noticeDays());
                row.put("AUTO_RENEW", contract.autoRenew());
                row.put("STATUS", contract.status().name());
                contracts.add(row);
            }
            for (String domain : one.customer().emailDomains()) {
                Map<String, Object> row = new HashMap<>();
                row.put("CUSTOMER_ID", id);
                row.put("DOMAIN_NAME", domain);
                domains.add(row);
            }
        }
        if (!contracts.isEmpty()) {
            ao.create(ContractEntity.class, contracts);
        }
        if (!domains.isEmpty()) {
            AoCustomerWrites.translatingConflicts(
                    first,
                    Reason.DOMAIN_TAKEN,
                    "An email domain of a customer among "
                            + written.get(0).customer().key() + " … "
                            + written.get(written.size() - 1).customer().key()
                            + " was just given to another customer.",
                    () -> {
                        ao.create(EmailDomainEntity.class, domains);
                        return null;
                    });
        }
    }
}
