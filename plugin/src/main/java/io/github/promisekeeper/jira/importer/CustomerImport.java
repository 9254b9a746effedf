package io.github.promisekeeper.jira.importer;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import io.github.promisekeeper.core.customer.Change;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerConflictException;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.customer.EmailDomains;
import io.github.promisekeeper.core.customer.StoredCustomer;
import io.github.promisekeeper.core.importer.ImportError;
import io.github.promisekeeper.core.importer.ImportField;
import io.github.promisekeeper.core.importer.ImportFileRules;
import io.github.promisekeeper.core.importer.ImportFormat;
import io.github.promisekeeper.core.importer.ImportRow;
import io.github.promisekeeper.core.importer.ImportValidation;
import io.github.promisekeeper.jira.permission.AccessDeniedException;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Imports customers and contracts from a CRM's CSV export: reads the file in its layout, derives missing
 * keys, validates every row with core's rules and compares the result with what is stored. A dry run
 * stops there. Applying happens only for a file without a single error, under a cluster-wide lock so two
 * imports never interleave, and re-checks against the store inside the lock; re-importing the same file
 * changes nothing.
 */
public final class CustomerImport {

    /** The cluster lock every applying import holds; namespaced as beehive asks. */
    static final String LOCK_NAME = "io.github.promisekeeper.import";

    private final Customers customers;
    private final ClusterLockService locks;
    private final Clock clock;
    private final Limits limits;

    /** How much one import may read, and how long it waits for another to finish. */
    public record Limits(long maxBytes, int maxRows, long lockWaitSeconds) {
        public static final Limits DEFAULT = new Limits(10L * 1024 * 1024, 20_000, 60);
    }

    public CustomerImport(Customers customers, ClusterLockService locks, Clock clock, Limits limits) {
        this.customers = customers;
        this.locks = locks;
        this.clock = clock;
        this.limits = limits;
    }

    /**
     * Reads {@code csv} and either reports what it would change ({@code dryRun}) or applies it.
     * Contract values in the file need the money right ({@code mayWriteMoney}), as they do over REST.
     *
     * @throws ImportRejectedException when the file or options cannot be read at all
     * @throws io.github.promisekeeper.jira.web.RequestTooLargeException beyond the size or row limit
     * @throws ImportBusyException when another import holds the lock too long
     * @throws AccessDeniedException when the file carries contract values and {@code mayWriteMoney} is false
     */
    public ImportReport run(InputStream csv, ImportOptions options, boolean dryRun, String author, boolean mayWriteMoney) {
        ImportFormat format;
        try {
            format = options.format();
        } catch (IllegalArgumentException e) {
            throw new ImportRejectedException("dateFormat", e.getMessage());
        }
        CsvFile file;
        try {
            file = CsvFile.read(csv, limits.maxBytes(), limits.maxRows());
        } catch (CsvFile.Unreadable e) {
            throw new ImportRejectedException("body", e.getMessage());
        }
        if (file.header().isEmpty()) {
            throw new ImportRejectedException("body", "The file is empty; it needs a header line and one row per contract.");
        }
        CsvLayout layout = options.layout().or(() -> CsvLayout.detect(file.header(), options))
                .orElseThrow(() -> new ImportRejectedException("format", "The header matches no known layout: "
                        + "generic needs customer_name, contract_id and renewal_date; salesforce needs Account Name, "
                        + "Account ID, Contract Number and Contract End Date; hubspot needs Record ID, Company name and Renewal date."));
        HeaderMapping mapping = HeaderMapping.of(layout, file.header(), options);
        if (!mapping.missing().isEmpty()) {
            List<ImportError> missing = mapping.missing().stream()
                    .map(column -> new ImportError(1, column, "the " + layout.id() + " layout needs this column")).toList();
            return new ImportReport(dryRun, false, layout, 0, 0, 0, missing, List.of());
        }
        if (!mayWriteMoney && mapping.indexOf().containsKey(ImportField.ANNUAL_VALUE) && file.records().stream()
                .anyMatch(line -> !value(line, mapping.indexOf().get(ImportField.ANNUAL_VALUE)).isBlank())) {
            throw new AccessDeniedException(AccessDeniedException.Right.SEE_MONEY, false);
        }
        if (dryRun) {
            return check(file, mapping, format, true, mayWriteMoney).report(false);
        }
        ClusterLock lock = locks.getLockForName(LOCK_NAME);
        try {
            if (!lock.tryLock(limits.lockWaitSeconds(), TimeUnit.SECONDS)) {
                throw new ImportBusyException("Another import is running; try again when it has finished.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportBusyException("The import was interrupted while waiting for another import to finish.");
        }
        try {
            Checked checked = check(file, mapping, format, false, mayWriteMoney);
            if (!checked.errors().isEmpty()) {
                return checked.report(false);
            }
            Change change = Change.byImport(author, clock.instant(), UUID.randomUUID().toString());
            apply(checked.planned(), change);
            return checked.report(true);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Writes every changed customer in one transaction ({@link io.github.promisekeeper.core.customer.Customers#upsertAll}):
     * a write refused midway (a REST edit that raced the import, a database error) leaves nothing behind.
     */
    private void apply(List<Planned> planned, Change change) {
        List<Customer> changed = planned.stream()
                .filter(next -> next.action() != ImportReport.Action.UNCHANGED)
                .map(Planned::customer)
                .toList();
        try {
            customers.upsertAll(changed, change);
        } catch (CustomerConflictException e) {
            throw new ImportBusyException("The import was stopped by a conflicting change while it was being written and "
                    + "nothing was kept (" + e.getMessage() + "); run it again.");
        }
    }

    private Checked check(CsvFile file, HeaderMapping mapping, ImportFormat format, boolean dryRun, boolean mayWriteMoney) {
        List<ImportError> errors = new ArrayList<>();
        CustomerKeys keys = new CustomerKeys(customers);
        List<Map<ImportField, String>> raw = new ArrayList<>();
        for (CsvFile.Line line : file.records()) {
            Map<ImportField, String> fields = fieldsOf(line, mapping, errors);
            raw.add(fields);
            if (fields.get(ImportField.CUSTOMER_KEY) != null) {
                keys.reserve(fields.get(ImportField.CUSTOMER_KEY));
            }
        }
        List<ImportRow> rows = new ArrayList<>();
        Set<String> domains = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            Map<ImportField, String> fields = raw.get(i);
            if (blank(fields.get(ImportField.CUSTOMER_KEY)) && !blank(fields.get(ImportField.NAME))) {
                fields.put(ImportField.CUSTOMER_KEY, keys.keyFor(emptyToNull(fields.get(ImportField.CRM_ID)),
                        fields.get(ImportField.NAME)).value());
            }
            String domainText = fields.get(ImportField.EMAIL_DOMAINS);
            if (domainText != null) {
                for (String domain : domainText.toLowerCase(Locale.ROOT).split("[,;\\s]+")) {
                    if (!domain.isEmpty()) {
                        domains.add(domain);
                    }
                }
            }
            rows.add(new ImportRow(file.records().get(i).line(), fields));
        }
        Map<String, CustomerKey> domainsInUse = new HashMap<>();
        for (String domain : domains) {
            try {
                customers.byDomain(domain).ifPresent(owner -> domainsInUse.put(domain, owner.key()));
            } catch (IllegalArgumentException e) {
                // core reports the malformed domain on its row
            }
        }
        ImportValidation validation = ImportFileRules.validate(rows, format, domainsInUse);
        validation.errors().forEach(error -> errors.add(error.inColumn(columnOf(error, mapping))));
        Map<String, Integer> firstLine = new HashMap<>();
        for (ImportRow row : rows) {
            if (row.get(ImportField.CUSTOMER_KEY) != null) {
                firstLine.putIfAbsent(row.get(ImportField.CUSTOMER_KEY), row.line());
            }
        }
        // Without a value column (or the right to write money) the stored values of the same contracts stay.
        boolean keepValues = !mayWriteMoney || !mapping.indexOf().containsKey(ImportField.ANNUAL_VALUE);
        List<Planned> planned = new ArrayList<>();
        for (Customer customer : validation.customers()) {
            planned.add(plan(customer, firstLine.getOrDefault(customer.key().value(), 1), mapping, keepValues, errors));
        }
        planned.sort(Comparator.comparing(p -> p.customer().key()));
        return new Checked(dryRun, mapping.layout(), planned, errors.stream().sorted(ImportError.IN_FILE_ORDER).toList());
    }

    private Planned plan(Customer imported, int line, HeaderMapping mapping, boolean keepValues, List<ImportError> errors) {
        Customer next = EmailDomains.normalize(new Customer(imported.key(), imported.name(), imported.crmId(),
                imported.emailDomains(), imported.tier(), imported.owner(),
                imported.contracts().stream().sorted(Comparator.comparing(Contract::id)).toList()));
        Optional<StoredCustomer> byKey = customers.findStoredByKey(next.key());
        if (next.crmId() != null) {
            Optional<StoredCustomer> byCrm = customers.findByCrmId(next.crmId());
            // A derived key is always the CRM id owner's, so a disagreement means the file names another key.
            // Following the CRM id would re-key the stored customer and orphan the tickets that store its key.
            if (byCrm.isPresent() && !byCrm.get().key().equals(next.key())) {
                errors.add(crmIdOwnedByAnother(line, mapping.columnOf(ImportField.CRM_ID), next.crmId(), byCrm.get().key(), next.key()));
            } else {
                byKey = byKey.or(() -> byCrm);
            }
        }
        if (keepValues && byKey.isPresent()) {
            Map<String, Contract> stored = new HashMap<>();
            byKey.get().customer().contracts().forEach(contract -> stored.put(contract.id(), contract));
            Customer withoutValues = next;
            next = new Customer(withoutValues.key(), withoutValues.name(), withoutValues.crmId(), withoutValues.emailDomains(),
                    withoutValues.tier(), withoutValues.owner(), withoutValues.contracts().stream()
                    .map(contract -> contract.annualValue() != null || !stored.containsKey(contract.id()) ? contract
                            : new Contract(contract.id(), contract.start(), contract.renewal(),
                            stored.get(contract.id()).annualValue(), contract.noticeDays(), contract.autoRenew(), contract.status()))
                    .toList());
        }
        Customer planned = next;
        ImportReport.Action action = byKey.map(stored -> same(stored.customer(), planned)
                ? ImportReport.Action.UNCHANGED : ImportReport.Action.UPDATE).orElse(ImportReport.Action.CREATE);
        return new Planned(next, action);
    }

    private static ImportError crmIdOwnedByAnother(int line, String column, String crmId, CustomerKey owner, CustomerKey named) {
        return new ImportError(line, column, "CRM id " + crmId + " belongs to customer " + owner + "; the file names " + named,
                "promise-keeper.import.error.crm-id-owner", List.of(crmId, owner.value(), named.value()));
    }

    private static boolean same(Customer stored, Customer next) {
        return stored.key().equals(next.key()) && stored.name().equals(next.name())
                && java.util.Objects.equals(stored.crmId(), next.crmId())
                && stored.emailDomains().equals(next.emailDomains())
                && java.util.Objects.equals(stored.tier(), next.tier())
                && java.util.Objects.equals(stored.owner(), next.owner())
                && new HashSet<>(stored.contracts()).equals(new HashSet<>(next.contracts()));
    }

    /** The row's fields by name, translated from the layout's columns; layout-specific errors go to {@code errors}. */
    private static Map<ImportField, String> fieldsOf(CsvFile.Line line, HeaderMapping mapping, List<ImportError> errors) {
        Map<ImportField, String> fields = new EnumMap<>(ImportField.class);
        if (line.values().size() > mapping.headerCount()) {
            errors.add(new ImportError(line.line(), "", "the row has " + line.values().size()
                    + " values but the header has fewer columns; quote values that contain the separator"));
        }
        mapping.indexOf().forEach((field, index) -> {
            if (index < line.values().size() && !line.values().get(index).isBlank()) {
                fields.put(field, line.values().get(index).strip());
            }
        });
        CsvLayout layout = mapping.layout();
        if (layout != CsvLayout.GENERIC && fields.containsKey(ImportField.EMAIL_DOMAINS)) {
            fields.put(ImportField.EMAIL_DOMAINS, domainOf(fields.get(ImportField.EMAIL_DOMAINS)));
        }
        if (layout == CsvLayout.SALESFORCE && mapping.indexOf().containsKey(ImportField.STATUS)) {
            fields.put(ImportField.STATUS, salesforceStatus(fields.get(ImportField.STATUS)));
        }
        if (layout == CsvLayout.HUBSPOT && fields.containsKey(ImportField.CRM_ID)) {
            fields.put(ImportField.CONTRACT_ID, "HS-" + fields.get(ImportField.CRM_ID));
        }
        fields.putIfAbsent(ImportField.NOTICE_DAYS, "0");
        fields.putIfAbsent(ImportField.AUTO_RENEW, "no");
        String amount = fields.get(ImportField.ANNUAL_VALUE);
        if (amount != null) {
            AmountText.Read read = AmountText.read(amount);
            String column = mapping.columnOf(ImportField.ANNUAL_VALUE);
            if (read.error() != null) {
                errors.add(new ImportError(line.line(), column, read.error()));
                fields.remove(ImportField.ANNUAL_VALUE);
            } else {
                fields.put(ImportField.ANNUAL_VALUE, read.amount().plain());
                Optional<String> written = read.amount().currencyCode();
                String currency = fields.get(ImportField.CURRENCY);
                if (written.isPresent() && currency == null) {
                    fields.put(ImportField.CURRENCY, written.get());
                } else if (written.isPresent() && !written.get().equalsIgnoreCase(currency)) {
                    errors.add(new ImportError(line.line(), column, "the amount says " + written.get()
                            + " but the currency column says " + currency));
                }
            }
        }
        if (fields.get(ImportField.CURRENCY) != null) {
            fields.put(ImportField.CURRENCY, fields.get(ImportField.CURRENCY).toUpperCase(Locale.ROOT));
        }
        return fields;
    }

    /** Salesforce's contract statuses: Activated binds, Expired has ended, anything else (Draft, In Approval) does not bind. */
    private static String salesforceStatus(String status) {
        if (status == null) {
            return "cancelled";
        }
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "activated", "active" -> "active";
            case "expired" -> "expired";
            default -> "cancelled";
        };
    }

    /** acme.com from "https://www.acme.com/en/", keeping anything that is not a URL for core to judge. */
    static String domainOf(String website) {
        String domain = website.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        domain = domain.replaceFirst("[/?#].*$", "").replaceFirst(":\\d+$", "").replaceFirst("^www\\.", "");
        return domain;
    }

    private static String columnOf(ImportError error, HeaderMapping mapping) {
        for (ImportField field : ImportField.values()) {
            if (field.column().equals(error.column())) {
                return mapping.columnOf(field);
            }
        }
        return error.column();
    }

    private static String value(CsvFile.Line line, int index) {
        return index < line.values().size() ? line.values().get(index) : "";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String emptyToNull(String text) {
        return blank(text) ? null : text;
    }

    private record Planned(Customer customer, ImportReport.Action action) {
    }

    private record Checked(boolean dryRun, CsvLayout layout, List<Planned> planned, List<ImportError> errors) {
        ImportReport report(boolean applied) {
            int created = count(ImportReport.Action.CREATE);
            int updated = count(ImportReport.Action.UPDATE);
            int unchanged = count(ImportReport.Action.UNCHANGED);
            return new ImportReport(dryRun, applied, layout, created, updated, unchanged, errors,
                    planned.stream().map(p -> new ImportReport.CustomerChange(p.customer().key().value(),
                            p.customer().name(), p.action())).toList());
        }

        private int count(ImportReport.Action action) {
            return (int) planned.stream().filter(p -> p.action() == action).count();
        }
    }
}
