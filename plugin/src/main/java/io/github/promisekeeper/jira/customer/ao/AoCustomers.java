package io.github.promisekeeper.jira.customer.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.promisekeeper.core.customer.Change;
import io.github.promisekeeper.core.customer.ChangeDescriptions;
import io.github.promisekeeper.core.customer.ChangeSource;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerChange;
import io.github.promisekeeper.core.customer.CustomerConflictException;
import io.github.promisekeeper.core.customer.CustomerConflictException.Reason;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.CustomerPage;
import io.github.promisekeeper.core.customer.CustomerSearchText;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.customer.EmailDomains;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.customer.StoredCustomer;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@link Customers} on Active Objects. Each method is one transaction, except {@link #renewingBetween},
 * which is a single statement; AO proxies never leave it.
 *
 * <p>Reads select every column they map. A page of customers ({@link #renewingBetween}, {@link #matching})
 * is one query, one row and one column per customer: the derived {@code READ_MODEL} column
 * ({@link CustomerReadModel}) holds the whole customer, and every write rewrites it in its transaction.
 * Single customers, and the writes' own reads, come from the customer's columns and its {@code CONTRACT}
 * and {@code EMAIL_DOMAIN} rows, which stay the source of truth (and hold the domains' uniqueness).
 */
public final class AoCustomers implements Customers {

    static final String CUSTOMER_COLUMNS = "ID, CUSTOMER_KEY, CRM_ID, CUSTOMER_NAME, TIER, OWNER, NEXT_RENEWAL, REVISION";
    /**
     * What a page of customers reads: the whole customer from one column, because Active Objects' cost per
     * row grows with every column it maps (two reads of the value, a type lookup, a proxy call per getter).
     */
    static final String PAGE_COLUMNS = "ID, READ_MODEL";
    /** What a page of {@link #matching} reads: also the version an edit of each customer must carry. */
    static final String STORED_PAGE_COLUMNS = "ID, READ_MODEL, REVISION";
    static final String CONTRACT_COLUMNS = "ID, CUSTOMER_ID, CONTRACT_ID, LIST_ORDER, START_DATE, RENEWAL_DATE,"
            + " VALUE_MINOR, CURRENCY, NOTICE_DAYS, AUTO_RENEW, STATUS";
    private static final String DOMAIN_COLUMNS = "ID, CUSTOMER_ID, DOMAIN_NAME";
    /** Stays under Oracle's 1,000-item IN list and SQL Server's 2,100 parameters. */
    private static final int IN_LIST_CHUNK = 500;
    private static final int MAX_COLUMN_LENGTH = 255;

    private final ActiveObjects ao;

    public AoCustomers(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "active objects");
    }

    @Override
    public Optional<Customer> findByKey(CustomerKey key) {
        return findStoredByKey(key).map(StoredCustomer::customer);
    }

    @Override
    public Optional<StoredCustomer> findStoredByKey(CustomerKey key) {
        Objects.requireNonNull(key, "key");
        return ao.executeInTransaction(() -> rowByKey(key.value()).map(this::load));
    }

    @Override
    public Optional<StoredCustomer> findByCrmId(String crmId) {
        if (crmId == null) {
            return Optional.empty();
        }
        return ao.executeInTransaction(() -> rowByCrmId(crmId).map(this::load));
    }

    @Override
    public Optional<Customer> byDomain(String emailDomain) {
        String domain = EmailDomains.normalize(emailDomain);
        return ao.executeInTransaction(() -> {
            EmailDomainEntity[] rows = ao.find(EmailDomainEntity.class,
                    Query.select(DOMAIN_COLUMNS).where("DOMAIN_NAME = ?", domain));
            if (rows.length == 0) {
                return Optional.<Customer>empty();
            }
            CustomerEntity[] owner = ao.find(CustomerEntity.class,
                    Query.select(CUSTOMER_COLUMNS).where("ID = ?", rows[0].getCustomer().getID()));
            return Arrays.stream(owner).findFirst().map(row -> load(row).customer());
        });
    }

    @Override
    public List<Customer> renewingBetween(LocalDate from, LocalDate to, int limit) {
        Customers.checkLimit(limit);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        // One statement, so no transaction of its own: a transaction would add nothing a single query does
        // not already see consistently, and costs two more round trips (begin with isolation, commit).
        return page(Query.select(PAGE_COLUMNS)
                .where(renewalWindow(from, to))
                .order("NEXT_RENEWAL, CUSTOMER_KEY")
                .limit(limit));
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

    @Override
    public CustomerPage matching(String text, int offset, int limit) {
        Customers.checkLimit(limit);
        if (offset < 0) {
            throw new IllegalArgumentException("Offset is never negative.");
        }
        String needle = CustomerSearchText.normalizeQuery(text);
        return ao.executeInTransaction(() -> {
            Query page = Query.select(STORED_PAGE_COLUMNS).order("CUSTOMER_KEY").offset(offset).limit(limit);
            Query count = Query.select();
            if (!needle.isEmpty()) {
                String pattern = "%" + needle.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
                page.where("SEARCH_TEXT LIKE ? ESCAPE '!'", pattern);
                count.where("SEARCH_TEXT LIKE ? ESCAPE '!'", pattern);
            }
            return new CustomerPage(storedPage(page), offset, ao.count(CustomerEntity.class, count));
        });
    }

    @Override
    public StoredCustomer upsert(Customer customer, Change change) {
        Customer next = checkStorable(customer);
        Objects.requireNonNull(change, "change");
        return ao.executeInTransaction(() -> {
            Optional<CustomerEntity> current = rowByKey(next.key().value())
                    .or(() -> next.crmId() == null ? Optional.empty() : rowByCrmId(next.crmId()));
            return write(current.orElse(null), next, change);
        });
    }

    @Override
    public List<StoredCustomer> upsertAll(List<Customer> customers, Change change) {
        Customers.checkDistinctKeys(customers);
        List<Customer> next = customers.stream().map(AoCustomers::checkStorable).toList();
        Objects.requireNonNull(change, "change");
        return ao.executeInTransaction(() -> {
            List<StoredCustomer> stored = new ArrayList<>(next.size());
            for (Customer customer : next) {
                Optional<CustomerEntity> current = rowByKey(customer.key().value())
                        .or(() -> customer.crmId() == null ? Optional.empty() : rowByCrmId(customer.crmId()));
                stored.add(write(current.orElse(null), customer, change));
            }
            return stored;
        });
    }

    @Override
    public StoredCustomer update(Customer customer, long expectedVersion, Change change) {
        Customer next = checkStorable(customer);
        Objects.requireNonNull(change, "change");
        return ao.executeInTransaction(() -> {
            CustomerEntity current = rowByKey(next.key().value()).orElseThrow(() -> new CustomerConflictException(
                    Reason.NOT_FOUND, next.key(), "Customer " + next.key() + " no longer exists."));
            if (current.getRevision() != expectedVersion) {
                throw stale(next.key(), expectedVersion, current.getRevision());
            }
            return write(current, next, change);
        });
    }

    @Override
    public boolean delete(CustomerKey key, Change change) {
        Objects.requireNonNull(change, "change");
        return ao.executeInTransaction(() -> {
            Optional<CustomerEntity> row = rowByKey(key.value());
            if (row.isEmpty()) {
                return false;
            }
            StoredCustomer stored = load(row.get());
            int id = row.get().getID();
            ao.deleteWithSQL(ContractEntity.class, "CUSTOMER_ID = ?", id);
            ao.deleteWithSQL(EmailDomainEntity.class, "CUSTOMER_ID = ?", id);
            ao.deleteWithSQL(CustomerEntity.class, "ID = ?", id);
            recordChange(key, stored.version() + 1, change, ChangeDescriptions.deleted(stored.customer()));
            return true;
        });
    }

    @Override
    public List<CustomerChange> historyOf(CustomerKey key, int limit) {
        Customers.checkLimit(limit);
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(CustomerChangeEntity.class, Query.select(
                        "ID, CUSTOMER_KEY, REVISION, AUTHOR, CHANGED_AT, CHANGE_SOURCE, IMPORT_BATCH_ID, DESCRIPTION")
                        .where("CUSTOMER_KEY = ?", key.value())
                        .order("REVISION DESC")
                        .limit(limit)))
                .map(row -> new CustomerChange(key, new Change(row.getAuthor(),
                        Instant.ofEpochMilli(row.getChangedAt().getTime()),
                        ChangeSource.valueOf(row.getChangeSource()), row.getImportBatchId()), row.getDescription()))
                .toList());
    }

    /**
     * Rewrites the derived {@code READ_MODEL} column of at most {@code batch} customers whose id is above
     * {@code afterId}, in id order, from their columns and their contract and domain rows, in one
     * transaction: for the upgrade task that fills it for customers stored before the column existed.
     *
     * @return the highest id rewritten, or empty when no customer is left above {@code afterId}
     */
    public OptionalInt deriveReadModel(int afterId, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("A batch holds at least one customer, not " + batch + ".");
        }
        return ao.executeInTransaction(() -> {
            CustomerEntity[] rows = ao.find(CustomerEntity.class, Query.select(CUSTOMER_COLUMNS)
                    .where("ID > ?", afterId).order("ID").limit(batch));
            List<StoredCustomer> customers = loadAll(Arrays.stream(rows).map(CustomerRow::of).toList());
            for (int i = 0; i < rows.length; i++) {
                rows[i].setReadModel(CustomerReadModel.encode(customers.get(i).customer()));
                rows[i].save();
            }
            return rows.length == 0 ? OptionalInt.empty() : OptionalInt.of(rows[rows.length - 1].getID());
        });
    }

    // --- writing -------------------------------------------------------------------------------

    private StoredCustomer write(CustomerEntity current, Customer next, Change change) {
        String description;
        long revision;
        if (current == null) {
            description = ChangeDescriptions.created(next);
            revision = lastRecordedRevision(next.key()) + 1;
        } else {
            StoredCustomer before = load(current);
            description = ChangeDescriptions.between(before.customer(), next);
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
        CustomerEntity row = current == null
                ? insert(next, revision)
                : current;
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
        CustomerEntity row = translatingConflicts(customer.key(), Reason.STALE_VERSION,
                () -> ao.create(CustomerEntity.class, values));
        copy(customer, revision, row);
        row.save();
        return row;
    }

    private static void copy(Customer customer, long revision, CustomerEntity row) {
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
            ao.create(ContractEntity.class,
                    new DBParam("CUSTOMER_ID", row.getID()),
                    new DBParam("CONTRACT_ID", contract.id()),
                    new DBParam("LIST_ORDER", order++),
                    new DBParam("START_DATE", contract.start() == null ? null : contract.start().toString()),
                    new DBParam("RENEWAL_DATE", contract.renewal().toString()),
                    new DBParam("VALUE_MINOR", contract.value().map(Money::minorUnits).orElse(null)),
                    new DBParam("CURRENCY", contract.value().map(Money::currencyCode).orElse(null)),
                    new DBParam("NOTICE_DAYS", contract.noticeDays()),
                    new DBParam("AUTO_RENEW", contract.autoRenew()),
                    new DBParam("STATUS", contract.status().name()));
        }
        for (String domain : customer.emailDomains()) {
            translatingConflicts(customer.key(), Reason.DOMAIN_TAKEN, () -> ao.create(EmailDomainEntity.class,
                    new DBParam("CUSTOMER_ID", row.getID()), new DBParam("DOMAIN_NAME", domain)));
        }
    }

    private void recordChange(CustomerKey key, long revision, Change change, String description) {
        translatingConflicts(key, Reason.STALE_VERSION, () -> ao.create(CustomerChangeEntity.class,
                new DBParam("CUSTOMER_KEY", key.value()),
                new DBParam("REVISION", revision),
                new DBParam("AUTHOR", change.author()),
                new DBParam("CHANGED_AT", new Date(change.at().toEpochMilli())),
                new DBParam("CHANGE_SOURCE", change.source().name()),
                new DBParam("IMPORT_BATCH_ID", change.importBatchId()),
                new DBParam("DESCRIPTION", description)));
    }

    /** The highest revision a customer with this key ever had, so a re-created key keeps counting up. */
    private long lastRecordedRevision(CustomerKey key) {
        CustomerChangeEntity[] last = ao.find(CustomerChangeEntity.class, Query.select("ID, REVISION")
                .where("CUSTOMER_KEY = ?", key.value()).order("REVISION DESC").limit(1));
        return last.length == 0 ? 0 : last[0].getRevision();
    }

    private void checkUnique(Customer next, Integer ownId) {
        if (next.crmId() != null) {
            Optional<CustomerEntity> holder = rowByCrmId(next.crmId());
            if (holder.isPresent() && !Objects.equals(holder.get().getID(), ownId)
                    && !holder.get().getCustomerKey().equals(next.key().value())) {
                throw new CustomerConflictException(Reason.CRM_ID_TAKEN, next.key(), "CRM id " + next.crmId()
                        + " already belongs to customer " + holder.get().getCustomerKey() + ".");
            }
        }
        Optional<CustomerEntity> sameKey = rowByKey(next.key().value());
        if (ownId != null && sameKey.isPresent() && sameKey.get().getID() != ownId) {
            throw new CustomerConflictException(Reason.STALE_VERSION, next.key(), "Customer key " + next.key()
                    + " already belongs to another customer.");
        }
        for (List<String> chunk : chunks(new ArrayList<>(next.emailDomains()))) {
            for (EmailDomainEntity taken : ao.find(EmailDomainEntity.class, Query.select(DOMAIN_COLUMNS)
                    .where("DOMAIN_NAME IN (" + placeholders(chunk.size()) + ")", chunk.toArray()))) {
                int holderId = taken.getCustomer().getID();
                if (!Objects.equals(holderId, ownId)) {
                    String holderKey = ao.find(CustomerEntity.class, Query.select("ID, CUSTOMER_KEY")
                            .where("ID = ?", holderId))[0].getCustomerKey();
                    throw new CustomerConflictException(Reason.DOMAIN_TAKEN, next.key(), "Email domain "
                            + taken.getDomainName() + " already belongs to customer " + holderKey + ".");
                }
            }
        }
    }

    private static Customer checkStorable(Customer customer) {
        Objects.requireNonNull(customer, "customer");
        for (String value : Arrays.asList(customer.crmId(), customer.tier(), customer.owner())) {
            if (value != null && value.length() > MAX_COLUMN_LENGTH) {
                throw new IllegalArgumentException("CRM id, tier and owner are at most " + MAX_COLUMN_LENGTH
                        + " characters.");
            }
        }
        return EmailDomains.normalize(customer);
    }

    private static CustomerConflictException stale(CustomerKey key, long expected, long actual) {
        return new CustomerConflictException(Reason.STALE_VERSION, key, "Customer " + key
                + " was changed by someone else (version " + actual + ", edit made from version " + expected
                + "); reload it and edit again.");
    }

    /**
     * Runs an insert guarded by a unique index and reports a violation as the conflict it means. The
     * exception still leaves the transaction, so nothing of the write is kept.
     */
    private static <T> T translatingConflicts(CustomerKey key, Reason reason, Supplier<T> insert) {
        try {
            return insert.get();
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                CustomerConflictException conflict = new CustomerConflictException(reason, key, reason
                        == Reason.DOMAIN_TAKEN
                        ? "An email domain of " + key + " was just given to another customer."
                        : "Customer " + key + " was changed by someone else at the same time; reload it and edit again.");
                conflict.initCause(e);
                throw conflict;
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    // --- reading -------------------------------------------------------------------------------

    private Optional<CustomerEntity> rowByKey(String key) {
        return Arrays.stream(ao.find(CustomerEntity.class, Query.select(CUSTOMER_COLUMNS)
                .where("CUSTOMER_KEY = ?", key))).findFirst();
    }

    private Optional<CustomerEntity> rowByCrmId(String crmId) {
        return Arrays.stream(ao.find(CustomerEntity.class, Query.select(CUSTOMER_COLUMNS)
                .where("CRM_ID = ?", crmId).order("CUSTOMER_KEY").limit(1))).findFirst();
    }

    private StoredCustomer load(CustomerEntity row) {
        return loadAll(List.of(CustomerRow.of(row))).get(0);
    }

    /**
     * The customers {@code query} selects ({@link #PAGE_COLUMNS}), in its order: one streamed row each
     * (read-only, values read once), decoded from its read model. A row without one yet (stored before
     * the column existed and not upgraded) is read from its columns and contract and domain rows instead.
     */
    private List<Customer> page(Query query) {
        List<String> readModels = new ArrayList<>();
        Map<Integer, Integer> underivedPositionById = new HashMap<>();
        ao.stream(CustomerEntity.class, query, row -> {
            String readModel = row.getReadModel();
            if (readModel == null) {
                // Each getter is a call through Active Objects' proxy: the id only when the rows must be read.
                underivedPositionById.put(row.getID(), readModels.size());
            }
            readModels.add(readModel);
        });
        Customer[] customers = new Customer[readModels.size()];
        for (int i = 0; i < customers.length; i++) {
            String readModel = readModels.get(i);
            if (readModel != null) {
                customers[i] = CustomerReadModel.decode(readModel);
            }
        }
        readUnderived(underivedPositionById, (position, customer) -> customers[position] = customer.customer());
        // A customer deleted between the two reads is left out, as if the page had been read after.
        return Arrays.stream(customers).filter(Objects::nonNull).toList();
    }

    /**
     * As {@link #page}, for {@link #STORED_PAGE_COLUMNS}: each customer with the version read in the same row
     * (in the caller's transaction), so that an edit made from the page is checked against what it showed.
     */
    private List<StoredCustomer> storedPage(Query query) {
        List<String> readModels = new ArrayList<>();
        List<Long> revisions = new ArrayList<>();
        Map<Integer, Integer> underivedPositionById = new HashMap<>();
        ao.stream(CustomerEntity.class, query, row -> {
            String readModel = row.getReadModel();
            if (readModel == null) {
                underivedPositionById.put(row.getID(), readModels.size());
            }
            readModels.add(readModel);
            revisions.add(row.getRevision());
        });
        StoredCustomer[] stored = new StoredCustomer[readModels.size()];
        for (int i = 0; i < stored.length; i++) {
            String readModel = readModels.get(i);
            if (readModel != null) {
                stored[i] = new StoredCustomer(CustomerReadModel.decode(readModel), revisions.get(i));
            }
        }
        readUnderived(underivedPositionById, (position, customer) -> stored[position] = customer);
        return Arrays.stream(stored).filter(Objects::nonNull).toList();
    }

    /**
     * Reads the page rows stored without a read model (ids mapped to their positions on the page) from their
     * columns and contract and domain rows, and hands each to {@code place} with its position; a row deleted
     * meanwhile is not handed over.
     */
    private void readUnderived(Map<Integer, Integer> positionById, BiConsumer<Integer, StoredCustomer> place) {
        if (positionById.isEmpty()) {
            return;
        }
        List<CustomerRow> rows = rowsWithIds(positionById.keySet());
        List<StoredCustomer> underived = loadAll(rows);
        for (int i = 0; i < rows.size(); i++) {
            place.accept(positionById.get(rows.get(i).id()), underived.get(i));
        }
    }

    /** The customer rows with these ids that still exist. */
    private List<CustomerRow> rowsWithIds(Set<Integer> ids) {
        List<CustomerRow> rows = new ArrayList<>();
        for (List<Integer> chunk : chunks(new ArrayList<>(ids))) {
            ao.stream(CustomerEntity.class, Query.select(CUSTOMER_COLUMNS)
                            .where("ID IN (" + placeholders(chunk.size()) + ")", chunk.toArray()),
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
        for (List<Integer> chunk : chunks(ids)) {
            String in = "CUSTOMER_ID IN (" + placeholders(chunk.size()) + ")";
            ao.stream(ContractEntity.class, Query.select(CONTRACT_COLUMNS).where(in, chunk.toArray()),
                    row -> contracts.computeIfAbsent(row.getCustomer().getID(), id -> new ArrayList<>())
                            .add(new ContractRow(row.getListOrder(), toContract(row))));
            ao.stream(EmailDomainEntity.class, Query.select(DOMAIN_COLUMNS).where(in, chunk.toArray()),
                    row -> domains.computeIfAbsent(row.getCustomer().getID(), id -> new HashSet<>())
                            .add(row.getDomainName()));
        }
        List<StoredCustomer> customers = new ArrayList<>(rows.size());
        for (CustomerRow row : rows) {
            List<Contract> ownContracts = contracts.getOrDefault(row.id(), List.of()).stream()
                    .sorted(Comparator.comparingInt(ContractRow::listOrder))
                    .map(ContractRow::contract)
                    .toList();
            customers.add(new StoredCustomer(new Customer(CustomerKey.of(row.key()), row.name(), row.crmId(),
                    domains.getOrDefault(row.id(), Collections.emptySet()), row.tier(), row.owner(), ownContracts),
                    row.revision()));
        }
        return customers;
    }

    /** A customer row's values, read once from its entity. */
    private record CustomerRow(int id, String key, String crmId, String name, String tier, String owner, long revision) {

        static CustomerRow of(CustomerEntity row) {
            return new CustomerRow(row.getID(), row.getCustomerKey(), row.getCrmId(), row.getCustomerName(),
                    row.getTier(), row.getOwner(), row.getRevision());
        }
    }

    /** A contract with its position among its customer's contracts. */
    private record ContractRow(int listOrder, Contract contract) {
    }

    static Contract toContract(ContractEntity row) {
        Money value = row.getValueMinor() == null ? null
                : new Money(row.getValueMinor(), Money.currency(row.getCurrency()));
        return new Contract(row.getContractId(),
                row.getStartDate() == null ? null : LocalDate.parse(row.getStartDate()),
                LocalDate.parse(row.getRenewalDate()),
                value, row.getNoticeDays(), row.isAutoRenew(), ContractStatus.valueOf(row.getStatus()));
    }

    private static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int start = 0; start < items.size(); start += IN_LIST_CHUNK) {
            chunks.add(items.subList(start, Math.min(items.size(), start + IN_LIST_CHUNK)));
        }
        return chunks;
    }

    private static String placeholders(int count) {
        return Collections.nCopies(count, "?").stream().collect(Collectors.joining(", "));
    }
}
