package io.github.promisekeeper.core.importer;

import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.customer.EmailDomains;
import io.github.promisekeeper.core.customer.StoredCustomer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Plans an import against the stored customers: the file's records, read in its layout, get keys
 * (derived where the file has none), are checked with {@link ImportFileRules}, and each customer is
 * compared with the stored one to say whether it is created, updated or unchanged. A file key that
 * disagrees with the stored owner of its CRM id is an error: an import never re-keys a customer.
 */
public final class ImportPlanning {

    private final Customers customers;
    private final int preloadLimit;

    public ImportPlanning(Customers customers) {
        this(customers, StoredLookup.PRELOAD_LIMIT);
    }

    /** With {@code preloadLimit} the most stored customers read into memory at once (tests use 0: ask the port). */
    ImportPlanning(Customers customers, int preloadLimit) {
        this.customers = customers;
        this.preloadLimit = preloadLimit;
    }

    /** Starts collecting one file's records, read with {@code mapping}. */
    public Records records(HeaderMapping mapping) {
        return new Records(mapping);
    }

    /**
     * The plan for every record collected.
     *
     * @param keepValues true when the file has no value column (or its importer no right to write money):
     *                   the stored values of the same contracts stay
     */
    public ImportPlan plan(Records records, ImportFormat format, boolean keepValues) {
        HeaderMapping mapping = records.mapping;
        List<ImportError> errors = new ArrayList<>(records.errors);
        StoredLookup stored = StoredLookup.of(customers, preloadLimit, records.fields.size());
        CustomerKeys keys = new CustomerKeys(stored);
        for (Map<ImportField, String> fields : records.fields) {
            if (fields.get(ImportField.CUSTOMER_KEY) != null) {
                keys.reserve(fields.get(ImportField.CUSTOMER_KEY));
            }
        }
        List<ImportRow> rows = new ArrayList<>(records.fields.size());
        Set<String> domains = new HashSet<>();
        for (int i = 0; i < records.fields.size(); i++) {
            Map<ImportField, String> fields = records.fields.get(i);
            if (blank(fields.get(ImportField.CUSTOMER_KEY)) && !blank(fields.get(ImportField.NAME))) {
                fields.put(
                        ImportField.CUSTOMER_KEY,
                        keys.keyFor(emptyToNull(fields.get(ImportField.CRM_ID)), fields.get(ImportField.NAME))
                                .value());
            }
            String domainText = fields.get(ImportField.EMAIL_DOMAINS);
            if (domainText != null) {
                for (String domain : domainText.toLowerCase(Locale.ROOT).split("[,;\\s]+")) {
                    if (!domain.isEmpty()) {
                        domains.add(domain);
                    }
                }
            }
            rows.add(new ImportRow(records.lines.get(i), fields));
            records.fields.set(i, null); // the row holds its own copy; let this one go
        }
        Map<String, CustomerKey> domainsInUse = new HashMap<>();
        for (String domain : domains) {
            try {
                stored.byDomain(domain).ifPresent(owner -> domainsInUse.put(domain, owner));
            } catch (IllegalArgumentException e) {
                // core reports the malformed domain on its row
            }
        }
        Map<String, Integer> firstLine = new HashMap<>();
        for (ImportRow row : rows) {
            if (row.get(ImportField.CUSTOMER_KEY) != null) {
                firstLine.putIfAbsent(row.get(ImportField.CUSTOMER_KEY), row.line());
            }
        }
        ImportValidation validation = ImportFileRules.validate(rows, format, domainsInUse);
        rows.clear();
        validation.errors().forEach(error -> errors.add(error.inColumn(columnOf(error, mapping))));
        List<ImportPlan.Planned> planned = new ArrayList<>();
        for (Customer customer : validation.customers()) {
            planned.add(plan(
                    stored, customer, firstLine.getOrDefault(customer.key().value(), 1), mapping, keepValues, errors));
        }
        planned.sort(Comparator.comparing(p -> p.customer().key()));
        return new ImportPlan(
                mapping.layout(),
                planned,
                errors.stream().sorted(ImportError.IN_FILE_ORDER).toList());
    }

    private static ImportPlan.Planned plan(
            StoredLookup stored,
            Customer imported,
            int line,
            HeaderMapping mapping,
            boolean keepValues,
            List<ImportError> errors) {
        Customer next = EmailDomains.normalize(new Customer(
                imported.key(),
                imported.name(),
                imported.crmId(),
                imported.emailDomains(),
                imported.tier(),
                imported.owner(),
                imported.contracts().stream()
                        .sorted(Comparator.comparing(Contract::id))
                        .toList()));
        Optional<StoredCustomer> byKey = stored.byKey(next.key());
        if (next.crmId() != null) {
            Optional<StoredCustomer> byCrm = stored.byCrmId(next.crmId());
            // A derived key is always the CRM id owner's, so a disagreement means the file names another key.
            // Following the CRM id would re-key the stored customer and orphan the tickets that store its key.
            if (byCrm.isPresent() && !byCrm.get().key().equals(next.key())) {
                errors.add(ImportError.of(
                        line,
                        mapping.columnOf(ImportField.CRM_ID),
                        "crm-id-owner",
                        "CRM id " + next.crmId() + " belongs to customer "
                                + byCrm.get().key() + "; the file names " + next.key(),
                        next.crmId(),
                        byCrm.get().key(),
                        next.key()));
            } else {
                byKey = byKey.or(() -> byCrm);
            }
        }
        if (keepValues && byKey.isPresent()) {
            next = withStoredValues(next, byKey.get().customer());
        }
        Customer planned = next;
        ImportReport.Action action = byKey.map(current ->
                        same(current.customer(), planned) ? ImportReport.Action.UNCHANGED : ImportReport.Action.UPDATE)
                .orElse(ImportReport.Action.CREATE);
        return new ImportPlan.Planned(next, action);
    }

    /** {@code next} with the stored annual value on each of its contracts that has none in the file. */
    private static Customer withStoredValues(Customer next, Customer stored) {
        Map<String, Contract> storedContracts = new HashMap<>();
        stored.contracts().forEach(contract -> storedContracts.put(contract.id(), contract));
        return new Customer(
                next.key(),
                next.name(),
                next.crmId(),
                next.emailDomains(),
                next.tier(),
                next.owner(),
                next.contracts().stream()
                        .map(contract -> contract.annualValue() != null || !storedContracts.containsKey(contract.id())
                                ? contract
                                : new Contract(
                                        contract.id(),
                                        contract.start(),
                                        contract.renewal(),
                                        storedContracts.get(contract.id()).annualValue(),
                                        contract.noticeDays(),
                                        contract.autoRenew(),
                                        contract.status()))
                        .toList());
    }

    /** Whether writing {@code next} would change nothing of {@code stored}; contract order does not matter. */
    static boolean same(Customer stored, Customer next) {
        return stored.key().equals(next.key())
                && stored.name().equals(next.name())
                && Objects.equals(stored.crmId(), next.crmId())
                && stored.emailDomains().equals(next.emailDomains())
                && Objects.equals(stored.tier(), next.tier())
                && Objects.equals(stored.owner(), next.owner())
                && new HashSet<>(stored.contracts()).equals(new HashSet<>(next.contracts()));
    }

    /** The file's own header name for the field an error from core's rules names. */
    private static String columnOf(ImportError error, HeaderMapping mapping) {
        for (ImportField field : ImportField.values()) {
            if (field.column().equals(error.column())) {
                return mapping.columnOf(field);
            }
        }
        return error.column();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String emptyToNull(String text) {
        return blank(text) ? null : text;
    }

    /**
     * One file's records as they are read, one at a time: each is translated at once into its fields in
     * the layout ({@link CsvLayout#fieldsOf}), so the file's raw text need not be kept.
     */
    public static final class Records {
        private final HeaderMapping mapping;
        private final List<Map<ImportField, String>> fields = new ArrayList<>();
        private final List<Integer> lines = new ArrayList<>();
        private final List<ImportError> errors = new ArrayList<>();
        private boolean carriesValues;

        private Records(HeaderMapping mapping) {
            this.mapping = mapping;
        }

        /** Adds the record that starts on file line {@code line} (the header is line 1). */
        public void add(int line, List<String> values) {
            Integer value = mapping.indexOf().get(ImportField.ANNUAL_VALUE);
            if (value != null && value < values.size() && !values.get(value).isBlank()) {
                carriesValues = true;
            }
            fields.add(mapping.layout().fieldsOf(line, values, mapping, errors));
            lines.add(line);
        }

        /** Whether any record has a contract value, which needs the right to write money. */
        public boolean carriesValues() {
            return carriesValues;
        }
    }
}
