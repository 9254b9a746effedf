package io.github.promisekeeper.core.importer;

import io.github.promisekeeper.core.customer.Customer;

import java.util.List;

/**
 * The outcome of checking a whole import: the customers it describes (those without errors) and every
 * error in file order. An import with any error must not be applied at all.
 */
public record ImportValidation(List<Customer> customers, List<ImportError> errors) {

    public ImportValidation {
        customers = List.copyOf(customers);
        errors = errors.stream().sorted(ImportError.IN_FILE_ORDER).toList();
    }

    public boolean canBeApplied() {
        return errors.isEmpty();
    }
}
