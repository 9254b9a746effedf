package io.github.promisekeeper.core.importer;

import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Checks a whole import, one row per contract: every row on its own ({@link ImportRowRules}), then
 * across rows — a contract id appears once; rows of one customer agree on its details; a CRM id and an
 * email domain belong to one customer only, in the file and (for domains) among customers already stored.
 */
public final class ImportFileRules {

    private ImportFileRules() {}

    /**
     * @param domainsInUse the email domains of stored customers and who owns them; a row may keep its
     *                     own customer's domains but not take another customer's
     */
    public static ImportValidation validate(
            List<ImportRow> rows, ImportFormat format, Map<String, CustomerKey> domainsInUse) {
        List<ImportError> errors = new ArrayList<>();
        Map<String, CustomerRow> contractIds = new HashMap<>();
        Map<String, CustomerRow> crmIds = new HashMap<>();
        Map<String, CustomerRow> domains = new HashMap<>();
        Map<CustomerKey, CustomerRow> firstRowOf = new LinkedHashMap<>();
        Map<CustomerKey, List<Contract>> contractsOf = new HashMap<>();
        Set<CustomerKey> broken = new HashSet<>();

        for (ImportRow row : rows) {
            RowValidation checked = ImportRowRules.validate(row, format);
            errors.addAll(checked.errors());
            if (checked.row().isEmpty()) {
                keyOf(row).ifPresent(broken::add);
                continue;
            }
            CustomerRow valid = checked.row().get();
            int before = errors.size();
            CustomerRow first = firstRowOf.putIfAbsent(valid.key(), valid);
            if (first != null) {
                agree(first, valid, ImportField.NAME, CustomerRow::name, errors);
                agree(first, valid, ImportField.CRM_ID, CustomerRow::crmId, errors);
                agree(first, valid, ImportField.EMAIL_DOMAINS, r -> new TreeSet<>(r.emailDomains()).toString(), errors);
                agree(first, valid, ImportField.TIER, CustomerRow::tier, errors);
                agree(first, valid, ImportField.OWNER, CustomerRow::owner, errors);
            }
            CustomerRow sameContract = contractIds.putIfAbsent(valid.contract().id(), valid);
            if (sameContract != null) {
                errors.add(ImportMessage.of(
                                "contract-twice",
                                "contract " + valid.contract().id() + " is already on line " + sameContract.line(),
                                valid.contract().id(),
                                sameContract.line())
                        .at(valid.line(), ImportField.CONTRACT_ID));
            }
            if (valid.crmId() != null) {
                CustomerRow owner = crmIds.putIfAbsent(valid.crmId(), valid);
                if (owner != null && !owner.key().equals(valid.key())) {
                    errors.add(ImportMessage.of(
                                    "crm-id-twice",
                                    "CRM id " + valid.crmId() + " already belongs to " + owner.key() + " on line "
                                            + owner.line(),
                                    valid.crmId(),
                                    owner.key(),
                                    owner.line())
                            .at(valid.line(), ImportField.CRM_ID));
                }
            }
            for (String domain : valid.emailDomains()) {
                CustomerRow owner = domains.putIfAbsent(domain, valid);
                CustomerKey stored = domainsInUse.get(domain);
                if (owner != null && !owner.key().equals(valid.key())) {
                    errors.add(ImportMessage.of(
                                    "domain-twice",
                                    "domain " + domain + " already belongs to " + owner.key() + " on line "
                                            + owner.line(),
                                    domain,
                                    owner.key(),
                                    owner.line())
                            .at(valid.line(), ImportField.EMAIL_DOMAINS));
                } else if (stored != null && !stored.equals(valid.key())) {
                    errors.add(ImportMessage.of(
                                    "domain-stored",
                                    "domain " + domain + " belongs to existing customer " + stored,
                                    domain,
                                    stored)
                            .at(valid.line(), ImportField.EMAIL_DOMAINS));
                }
            }
            if (errors.size() > before) {
                broken.add(valid.key());
            }
            contractsOf.computeIfAbsent(valid.key(), key -> new ArrayList<>()).add(valid.contract());
        }

        List<Customer> customers = firstRowOf.values().stream()
                .filter(first -> !broken.contains(first.key()))
                .map(first -> new Customer(
                        first.key(),
                        first.name(),
                        first.crmId(),
                        first.emailDomains(),
                        first.tier(),
                        first.owner(),
                        contractsOf.get(first.key())))
                .toList();
        return new ImportValidation(customers, errors);
    }

    private static Optional<CustomerKey> keyOf(ImportRow row) {
        try {
            return Optional.ofNullable(row.get(ImportField.CUSTOMER_KEY)).map(CustomerKey::of);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void agree(
            CustomerRow first,
            CustomerRow later,
            ImportField field,
            Function<CustomerRow, String> value,
            List<ImportError> errors) {
        String expected = value.apply(first);
        String actual = value.apply(later);
        if (!Objects.equals(expected, actual)) {
            String was = expected == null ? "" : expected;
            String is = actual == null ? "" : actual;
            errors.add(ImportMessage.of(
                            "disagree",
                            "customer " + later.key() + " has " + field.column() + " '" + was + "' on line "
                                    + first.line() + " but '" + is + "' here",
                            later.key(),
                            field.column(),
                            was,
                            first.line(),
                            is)
                    .at(later.line(), field));
        }
    }
}
