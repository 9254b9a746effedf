package io.github.promisekeeper.jira.customer.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.promisekeeper.core.customer.Change;
import io.github.promisekeeper.core.customer.ChangeSource;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerChange;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.CustomerPage;
import io.github.promisekeeper.core.customer.CustomerSearchText;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.customer.EmailDomains;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.customer.StoredCustomer;
import io.github.promisekeeper.jira.ao.DescriptionJson;
import net.java.ao.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The reading half of {@link AoCustomers}: customers by key, CRM id and email domain, pages of customers, and
 * the history; also the rows the writes read in their own transaction. AO proxies never leave it.
 *
 * <p>A page of customers ({@link #renewingBetween}, {@link #matching}) is one query, one row and one column
 * per customer: the derived {@code READ_MODEL} column ({@link CustomerReadModel}). Single customers come from
 * the customer's columns and its {@code CONTRACT} and {@code EMAIL_DOMAIN} rows, the source of truth.
 */
public final class AoCustomerReads {

    /** What every read of a customer's own row selects: all that {@link #loadAll} maps. */
    public static final String CUSTOMER_COLUMNS =
            "ID, CUSTOMER_KEY, CRM_ID, CUSTOMER_NAME, TIER, OWNER, NEXT_RENEWAL, REVISION";
    /**
     * What a page of customers reads: the whole customer from one column, because Active Objects' cost per
     * row grows with every column it maps (two reads of the value, a type lookup, a proxy call per getter).
     */
    static final String PAGE_COLUMNS = "ID, READ_MODEL";
    /** What a page of {@link #matching} reads: also the version an edit of each customer must carry. */
    static final String STORED_PAGE_COLUMNS = "ID, READ_MODEL, REVISION";

    static final String CONTRACT_COLUMNS = "ID, CUSTOMER_ID, CONTRACT_ID, LIST_ORDER, START_DATE, RENEWAL_DATE,"
            + " VALUE_MINOR, CURRENCY, NOTICE_DAYS, AUTO_RENEW, STATUS";
    static final String DOMAIN_COLUMNS = "ID, CUSTOMER_ID, DOMAIN_NAME";
    private static final String CHANGE_COLUMNS =
            "ID, CUSTOMER_KEY, REVISION, AUTHOR, CHANGED_AT, CHANGE_SOURCE, IMPORT_BATCH_ID, DESCRIPTION, DESCRIPTION_DATA";

    private final ActiveObjects ao;

    public AoCustomerReads(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "active objects");
    }

    /** See {@link Customers#findStoredByKey}; one transaction. */
    Optional<StoredCustomer> findStoredByKey(CustomerKey key) {
        Objects.requireNonNull(key, "key");
        return ao.executeInTransaction(() -> rowByKey(key.value()).map(this::load));
    }

    /** See {@link Customers#findAllByKey}; one transaction, one statement per {@code IN} list chunk. */
    Map<CustomerKey, Customer> findAllByKey(Set<CustomerKey> keys) {
        List<String> values = keys.stream().map(CustomerKey::value).sorted().toList();
        if (values.isEmpty()) {
            return Map.of();
        }
        return ao.executeInTransaction(() -> {
            Map<CustomerKey, Customer> found = new LinkedHashMap<>();
            for (List<String> chunk : InLists.chunks(values)) {
                page(
                                Query.select(PAGE_COLUMNS)
                                        .where(InLists.in("CUSTOMER_KEY", chunk), chunk.toArray())
                                        .order("CUSTOMER_KEY"),
                                false)
                        .forEach(stored -> found.put(stored.customer().key(), stored.customer()));
            }
            return Collections.unmodifiableMap(found);
        });
    }

    /** See {@link Customers#findByCrmId}; one transaction. */
    Optional<StoredCustomer> findByCrmId(String crmId) {
        if (crmId == null) {
            return Optional.empty();
        }
        return ao.executeInTransaction(() -> rowByCrmId(crmId).map(this::load));
    }

    /** See {@link Customers#findByDomain}; one transaction. */
    Optional<Customer> findByDomain(String emailDomain) {
        String domain = EmailDomains.normalize(emailDomain);
        return ao.executeInTransaction(() -> {
            EmailDomainEntity[] rows = ao.find(
                    EmailDomainEntity.class, Query.select(DOMAIN_COLUMNS).where("DOMAIN_NAME = ?", domain));
            if (rows.length == 0) {
                return Optional.<Customer>empty();
            }
            CustomerEntity[] owner = ao.find(
                    CustomerEntity.class,
                    Query.select(CUSTOMER_COLUMNS)
                            .where("ID = ?", rows[0].getCustomer().getID()));
            return Arrays.stream(owner).findFirst().map(row -> load(row).customer());
        });
    }

    /** See {@link Customers#renewingBetween}; a single statement. */
    List<Customer> renewingBetween(LocalDate from, LocalDate to, int limit) {
        Customers.checkLimit(limit);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        // One statement, so no transaction of its own: a transaction would add nothing a single query does
        // not already see consistently, and costs two more round trips (begin with isolation, commit).
        return page(
                        Query.select(PAGE_COLUMNS)
                                .where(renewalWindow(from, to))
                                .order("NEXT_RENEWAL, CUSTOMER_KEY")
                                .limit(limit),
                        false)
                .stream()
                .map(StoredCustomer::customer)
                .toList();
    }

    /**
     * The condition of {@link #renewingBetween} with the dates written into it, not bound. Active Objects
     * writes the limit into the SQL; with the dates bound too, PostgreSQL's generic plan for a
     * server-prepared statement (the JDBC driver's default from the fifth use) guesses 0.5 % of the rows
     * in any window, fewer than a limit of 1,000, and sorts every row of the window instead of reading the
     * {@code (NEXT_RENEWAL, CUSTOMER_KEY)} index in order (measured: 24–60 ms instead of 1.5 ms for 90
     * days of 100,000 customers; docs/benchmarks.md). Literal dates get a plan for the actual window every
     * time (Active Objects then scans each new condition for names to quote: about 40 µs for this one
     * here, 70 µs written with {@code BETWEEN}). Safe to inline: an ISO date is only digits, '-' and a
     * leading '+'.
     */
    static String renewalWindow(LocalDate from, LocalDate to) {
        return "NEXT_RENEWAL >= '" + isoDate(from) + "' AND NEXT_RENEWAL <= '" + isoDate(to) + "'";
    }

    private static String isoDate(LocalDate date) {
        String iso = date.toString();
        for (int i = 0; i < iso.length(); i++) {
            char c = iso.charAt(i);
            if ((c < '0' || c > '9') && c != '-' && c != '+') {
                throw new IllegalArgumentException("Date " + iso + " is not an ISO date.");
            }
        }
        return iso;
    }

    /** See {@link Customers#matching}; the page and the count in one transaction. */
    CustomerPage matching(String text, int offset, int limit) {
        Customers.checkLimit(limit);
        if (offset < 0) {
            throw new IllegalArgumentException("Offset is never negative.");
        }
        String needle = CustomerSearchText.normalizeQuery(text);
        return ao.executeInTransaction(() -> {
            Query page = Query.select(STORED_PAGE_COLUMNS)
                    .order("CUSTOMER_KEY")
                    .offset(offset)
                    .limit(limit);
            Query count = Query.select();
            if (!needle.isEmpty()) {
                String pattern =
                        "%" + needle.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
                page.where("SEARCH_TEXT LIKE ? ESCAPE '!'", pattern);
                count.where("SEARCH_TEXT LIKE ? ESCAPE '!'", pattern);
            }
            return new CustomerPage(page(page, true), offset, ao.count(CustomerEntity.class, count));
        });
    }

    /** See {@link Customers#historyOf}; one transaction. */
    List<CustomerChange> historyOf(CustomerKey key, int limit) {
        Customers.checkLimit(limit);
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(
                        CustomerChangeEntity.class,
                        Query.select(CHANGE_COLUMNS)
                                .where("CUSTOMER_KEY = ?", key.value())
                                .order("REVISION DESC")
                                .limit(limit)))
                .map(row -> new CustomerChange(
                        key,
                        new Change(
                                row.getAuthor(),
                                Instant.ofEpochMilli(row.getChangedAt().getTime()),
                                ChangeSource.valueOf(row.getChangeSource()),
                                row.getImportBatchId()),
                        row.getDescription(),
                        DescriptionJson.read(row.getDescriptionData()).orElse(null)))
                .toList());
    }

    // --- rows, read in the caller's transaction --------------------------------------------------

    Optional<CustomerEntity> rowByKey(String key) {
        return Arrays.stream(ao.find(
                        CustomerEntity.class, Query.select(CUSTOMER_COLUMNS).where("CUSTOMER_KEY = ?", key)))
                .findFirst();
    }

    Optional<CustomerEntity> rowByCrmId(String crmId) {
        return Arrays.stream(ao.find(
                        CustomerEntity.class,
                        Query.select(CUSTOMER_COLUMNS)
                                .where("CRM_ID = ?", crmId)
                                .order("CUSTOMER_KEY")
                                .limit(1)))
                .findFirst();
    }

    /**
     * The stored customers with these keys (one {@code IN} list: at most 500) with their row ids, by key, from
     * their columns and contract and domain rows: three queries. Runs in the caller's transaction.
     */
    Map<String, IdentifiedCustomer> identifiedByKey(List<String> keys) {
        List<CustomerRow> rows = new ArrayList<>();
        ao.stream(
                CustomerEntity.class,
                Query.select(CUSTOMER_COLUMNS).where(InLists.in("CUSTOMER_KEY", keys), keys.toArray()),
                row -> rows.add(CustomerRow.of(row)));
        List<StoredCustomer> customers = loadAll(rows);
        Map<String, IdentifiedCustomer> byKey = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byKey.put(rows.get(i).key(), new IdentifiedCustomer(rows.get(i).id(), customers.get(i)));
        }
        return byKey;
    }

    /** A stored customer with the id of its row. */
    record IdentifiedCustomer(int id, StoredCustomer stored) {}

    /** The customer of a row read with {@link #CUSTOMER_COLUMNS}, with its contracts and domains. */
    StoredCustomer load(CustomerEntity row) {
        return loadAll(List.of(CustomerRow.of(row))).get(0);
    }

    /**
     * The customers of rows read with {@link #CUSTOMER_COLUMNS}, in the same order, from their columns and
     * their contract and domain rows (never from the read model): for the upgrade task that derives the read
     * model ({@code DeriveReadModelColumnUpgradeTask}). Runs in the caller's transaction.
     */
    public List<StoredCustomer> loadAll(CustomerEntity[] rows) {
        return loadAll(Arrays.stream(rows).map(CustomerRow::of).toList());
    }

    // --- pages -----------------------------------------------------------------------------------

    /**
     * The customers {@code query} selects, in its order: one streamed row each (read-only, values read once),
     * decoded from its read model. With {@code versions} the query selects {@link #STORED_PAGE_COLUMNS}, and
     * each customer carries the version read in the same row (in the caller's transaction, so that an edit
     * made from the page is checked against what it showed); without, it selects {@link #PAGE_COLUMNS}, one
     * column fewer, and the versions are 0, for callers that drop them.
     *
     * <p>A row without a read model yet (stored before the column existed and not upgraded) is read from its
     * columns and contract and domain rows instead; a customer deleted between the two reads is left out, as
     * if the page had been read after.
     */
    private List<StoredCustomer> page(Query query, boolean versions) {
        List<String> readModels = new ArrayList<>();
        List<Long> revisions = new ArrayList<>();
        Map<Integer, Integer> underivedPositionById = new HashMap<>();
        ao.stream(CustomerEntity.class, query, row -> {
            String readModel = row.getReadModel();
            if (readModel == null) {
                // Each getter is a call through Active Objects' proxy: the id only when the rows must be read.
                underivedPositionById.put(row.getID(), readModels.size());
            }
            readModels.add(readModel);
            revisions.add(versions ? row.getRevision() : 0L);
        });
        StoredCustomer[] page = new StoredCustomer[readModels.size()];
        for (int i = 0; i < page.length; i++) {
            String readModel = readModels.get(i);
            if (readModel != null) {
                page[i] = new StoredCustomer(CustomerReadModel.decode(readModel), revisions.get(i));
            }
        }
        if (!underivedPositionById.isEmpty()) {
            List<CustomerRow> rows = rowsWithIds(underivedPositionById.keySet());
            List<StoredCustomer> underived = loadAll(rows);
            for (int i = 0; i < rows.size(); i++) {
                page[underivedPositionById.get(rows.get(i).id())] = underived.get(i);
            }
        }
        return Arrays.stream(page).filter(Objects::nonNull).toList();
    }

    /** The customer rows with these ids that still exist. */
    private List<CustomerRow> rowsWithIds(Set<Integer> ids) {
        List<CustomerRow> rows = new ArrayList<>();
        for (List<Integer> chunk : InLists.chunks(new ArrayList<>(ids))) {
            ao.stream(
                    CustomerEntity.class,
                    Query.select(CUSTOMER_COLUMNS).where(InLists.in("ID", chunk), chunk.toArray()),
                    row -> rows.add(CustomerRow.of(row)));
        }
        return rows;
    }

    /**
     * Maps the rows to customers in the same order, loading contracts and domains from their own rows in
     * two queries per chunk. Rows are streamed (read-only, values read once) rather than found: a proxy
     * per row and a locked value-cache lookup per getter cost several times what plain JDBC does.
     */
    private List<StoredCustomer> loadAll(List<CustomerRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Integer, List<ContractRow>> contracts = new HashMap<>();
        Map<Integer, Set<String>> domains = new HashMap<>();
        List<Integer> ids = rows.stream().map(CustomerRow::id).toList();
        for (List<Integer> chunk : InLists.chunks(ids)) {
            String in = InLists.in("CUSTOMER_ID", chunk);
            ao.stream(
                    ContractEntity.class,
                    Query.select(CONTRACT_COLUMNS).where(in, chunk.toArray()),
                    row -> contracts
                            .computeIfAbsent(row.getCustomer().getID(), id -> new ArrayList<>())
                            .add(new ContractRow(row.getListOrder(), toContract(row))));
            ao.stream(
                    EmailDomainEntity.class,
                    Query.select(DOMAIN_COLUMNS).where(in, chunk.toArray()),
                    row -> domains.computeIfAbsent(row.getCustomer().getID(), id -> new HashSet<>())
                            .add(row.getDomainName()));
        }
        List<StoredCustomer> customers = new ArrayList<>(rows.size());
        for (CustomerRow row : rows) {
            List<Contract> ownContracts = contracts.getOrDefault(row.id(), List.of()).stream()
                    .sorted(Comparator.comparingInt(ContractRow::listOrder))
                    .map(ContractRow::contract)
                    .toList();
            customers.add(new StoredCustomer(
                    new Customer(
                            CustomerKey.of(row.key()),
                            row.name(),
                            row.crmId(),
                            domains.getOrDefault(row.id(), Collections.emptySet()),
                            row.tier(),
                            row.owner(),
                            ownContracts),
                    row.revision()));
        }
        return customers;
    }

    /** A customer row's values, read once from its entity. */
    private record CustomerRow(
            int id, String key, String crmId, String name, String tier, String owner, long revision) {

        static CustomerRow of(CustomerEntity row) {
            return new CustomerRow(
                    row.getID(),
                    row.getCustomerKey(),
                    row.getCrmId(),
                    row.getCustomerName(),
                    row.getTier(),
                    row.getOwner(),
                    row.getRevision());
        }
    }

    /** A contract with its position among its customer's contracts. */
    private record ContractRow(int listOrder, Contract contract) {}

    static Contract toContract(ContractEntity row) {
        Money value =
                row.getValueMinor() == null ? null : new Money(row.getValueMinor(), Money.currency(row.getCurrency()));
        return new Contract(
                row.getContractId(),
                row.getStartDate() == null ? null : LocalDate.parse(row.getStartDate()),
                LocalDate.parse(row.getRenewalDate()),
                value,
                row.getNoticeDays(),
                row.isAutoRenew(),
                ContractStatus.valueOf(row.getStatus()));
    }
}
