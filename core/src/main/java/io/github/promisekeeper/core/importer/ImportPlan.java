package io.github.promisekeeper.core.importer;

import io.github.promisekeeper.core.customer.Customer;

import java.util.List;

/**
 * What an import would do: each customer of the file with its action, sorted by key, and every error
 * in file order. Only a plan without errors may be applied.
 */
public record ImportPlan(CsvLayout layout, List<Planned> planned, List<ImportError> errors) {

    /** One customer as the import would write it, and what that does to the stored one. */
    public record Planned(Customer customer, ImportReport.Action action) {}

    public ImportPlan {
        planned = List.copyOf(planned);
        errors = List.copyOf(errors);
    }

    /** The customers a write has to touch: those created or updated. */
    public List<Customer> changed() {
        return planned.stream()
                .filter(next -> next.action() != ImportReport.Action.UNCHANGED)
                .map(Planned::customer)
                .toList();
    }

    /** The report of this plan, {@code applied} or not. */
    public ImportReport report(boolean dryRun, boolean applied) {
        return new ImportReport(
                dryRun,
                applied,
                layout,
                count(ImportReport.Action.CREATE),
                count(ImportReport.Action.UPDATE),
                count(ImportReport.Action.UNCHANGED),
                errors,
                planned.stream()
                        .map(p -> new ImportReport.CustomerChange(
                                p.customer().key().value(), p.customer().name(), p.action()))
                        .toList());
    }

    private int count(ImportReport.Action action) {
        return (int) planned.stream().filter(p -> p.action() == action).count();
    }
}
