package io.github.promisekeeper.jira.importer;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import io.github.promisekeeper.core.customer.Change;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerConflictException;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.importer.CsvLayout;
import io.github.promisekeeper.core.importer.HeaderMapping;
import io.github.promisekeeper.core.importer.ImportField;
import io.github.promisekeeper.core.importer.ImportFormat;
import io.github.promisekeeper.core.importer.ImportOptions;
import io.github.promisekeeper.core.importer.ImportPlan;
import io.github.promisekeeper.core.importer.ImportPlanning;
import io.github.promisekeeper.core.importer.ImportReport;
import io.github.promisekeeper.jira.permission.AccessDeniedException;
import io.github.promisekeeper.jira.platform.JiraServiceAvailability;
import io.github.promisekeeper.jira.web.LocalizedText;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Imports customers and contracts from a CRM's CSV export: reads the file as a stream and hands each
 * record to core's {@link ImportPlanning}, which reads it in its layout, derives missing keys, validates
 * every row and compares the result with what is stored. A dry run stops there. Applying happens only for a file without a single error, under a cluster-wide lock so two
 * imports never interleave, and re-checks against the store inside the lock; re-importing the same file
 * changes nothing.
 */
public final class CustomerImport {

    /** The cluster lock every applying import holds; namespaced as beehive asks. */
    static final String LOCK_NAME = "io.github.promisekeeper.import";

    private final Customers customers;
    private final ImportPlanning planning;
    private final ClusterLockService locks;
    private final Clock clock;
    private final Limits limits;
    private final JiraServiceAvailability availability;

    /** How much one import may read, and how long it waits for another to finish. */
    public record Limits(long maxBytes, int maxRows, long lockWaitSeconds) {
        /** 100,000 rows; a 100,000-row generic export is about 14 MB, so 20 MB leaves room for long names. */
        public static final Limits DEFAULT = new Limits(20L * 1024 * 1024, 100_000, 60);
    }

    public CustomerImport(
            Customers customers,
            ClusterLockService locks,
            Clock clock,
            Limits limits,
            JiraServiceAvailability availability) {
        this.customers = customers;
        this.planning = new ImportPlanning(customers);
        this.locks = locks;
        this.clock = clock;
        this.limits = limits;
        this.availability = availability;
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
    public ImportReport run(
            InputStream csv, ImportOptions options, boolean dryRun, String author, boolean mayWriteMoney) {
        ImportFormat format;
        try {
            format = options.format();
        } catch (IllegalArgumentException e) {
            throw new ImportRejectedException(
                    "dateFormat",
                    LocalizedText.of(
                            "promise-keeper.import.error.date-format",
                            e.getMessage(),
                            options.dateFormat().orElse("")));
        }
        try (CsvFile file = open(csv)) {
            if (file.header().isEmpty()) {
                throw new ImportRejectedException(
                        "body",
                        LocalizedText.of(
                                "promise-keeper.import.error.empty",
                                "The file is empty; it needs a header line and one row per contract."));
            }
            // Answers given from the header alone read the rest first, so the client sees them, not a cut connection.
            CsvLayout layout = options.layout()
                    .or(() -> CsvLayout.detect(file.header(), options))
                    .orElseThrow(
                            () -> file.discardRestFor(
                                    new ImportRejectedException(
                                            "format",
                                            LocalizedText.of(
                                                    "promise-keeper.import.error.layout",
                                                    "The header matches no known layout: "
                                                            + "generic needs customer_name, contract_id and renewal_date; salesforce needs Account Name, "
                                                            + "Account ID, Contract Number and Contract End Date; hubspot needs Record ID, Company name and Renewal date."))));
            HeaderMapping mapping = HeaderMapping.of(layout, file.header(), options);
            if (!mapping.missing().isEmpty()) {
                file.discardRest();
                return new ImportReport(dryRun, false, layout, 0, 0, 0, mapping.missingColumns(), List.of());
            }
            ImportPlanning.Records records = planning.records(mapping);
            try {
                for (CsvFile.Line line : file) {
                    records.add(line.line(), line.values());
                }
            } catch (CsvFile.Unreadable e) {
                throw new ImportRejectedException("body", e.text());
            }
            if (!mayWriteMoney && records.carriesValues()) {
                throw new AccessDeniedException(AccessDeniedException.Right.SEE_MONEY, false);
            }
            // Without a value column (or the right to write money) the stored values of the same contracts stay.
            boolean keepValues = !mayWriteMoney || !mapping.indexOf().containsKey(ImportField.ANNUAL_VALUE);
            if (dryRun) {
                return planning.plan(records, format, keepValues).report(true, false);
            }
            if (!availability.has(ClusterLockService.class)) {
                // Without the cluster lock two nodes could interleave imports; checking a file stays possible.
                throw new ImportBusyException(LocalizedText.of(
                        "promise-keeper.import.error.no-cluster-lock",
                        "Applying an import is unavailable: Jira offers no cluster lock service to apps."
                                + " Checking a file still works."));
            }
            return applyUnderLock(records, format, keepValues, author);
        }
    }

    private CsvFile open(InputStream csv) {
        try {
            return CsvFile.open(csv, limits.maxBytes(), limits.maxRows());
        } catch (CsvFile.Unreadable e) {
            throw new ImportRejectedException("body", e.text());
        }
    }

    /** Plans again inside the lock, against what is stored now, and writes only a plan without errors. */
    private ImportReport applyUnderLock(
            ImportPlanning.Records records, ImportFormat format, boolean keepValues, String author) {
        ClusterLock lock = locks.getLockForName(LOCK_NAME);
        try {
            if (!lock.tryLock(limits.lockWaitSeconds(), TimeUnit.SECONDS)) {
                throw new ImportBusyException(LocalizedText.of(
                        "promise-keeper.import.error.busy",
                        "Another import is running; try again when it has finished."));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportBusyException(LocalizedText.of(
                    "promise-keeper.import.error.interrupted",
                    "The import was interrupted while waiting for another import to finish."));
        }
        try {
            ImportPlan plan = planning.plan(records, format, keepValues);
            if (!plan.errors().isEmpty()) {
                return plan.report(false, false);
            }
            Change change =
                    Change.byImport(author, clock.instant(), UUID.randomUUID().toString());
            apply(plan.changed(), change);
            return plan.report(false, true);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Writes every changed customer in one transaction ({@link Customers#upsertAll}):
     * a write refused midway (a REST edit that raced the import, a database error) leaves nothing behind.
     */
    private void apply(List<Customer> changed, Change change) {
        try {
            customers.upsertAll(changed, change);
        } catch (CustomerConflictException e) {
            throw new ImportBusyException(LocalizedText.of(
                    "promise-keeper.import.error.conflict",
                    "The import was stopped by a conflicting change while it was being written and "
                            + "nothing was kept (" + e.getMessage() + "); run it again.",
                    e.getMessage()));
        }
    }
}
