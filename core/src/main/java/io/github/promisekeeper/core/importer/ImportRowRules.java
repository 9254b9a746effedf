package io.github.promisekeeper.core.importer;

import io.github.promisekeeper.core.Explained;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks one imported row on its own: required fields, dates and amounts in the configured format,
 * currency codes, notice days, auto-renew and status words, and the syntax of email domains. It reports
 * every error of the row, not just the first.
 */
public final class ImportRowRules {

    private static final Pattern DOMAIN =
            Pattern.compile("(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final Set<String> YES = Set.of("true", "yes", "y", "1");
    private static final Set<String> NO = Set.of("false", "no", "n", "0");

    private ImportRowRules() {}

    public static RowValidation validate(ImportRow row, ImportFormat format) {
        List<ImportError> errors = new ArrayList<>();
        int line = row.line();
        for (ImportField field : ImportField.values()) {
            if (field.required() && row.get(field) == null) {
                errors.add(ImportMessage.of("required", field.column() + " is required", field.column())
                        .at(line, field));
            }
        }
        CustomerKey key = parse(row, ImportField.CUSTOMER_KEY, CustomerKey::of, errors);
        String name = row.get(ImportField.NAME);
        if (name != null && name.length() > Customer.MAX_NAME_LENGTH) {
            errors.add(ImportMessage.of(
                            "name-length",
                            "name is longer than " + Customer.MAX_NAME_LENGTH + " characters",
                            Customer.MAX_NAME_LENGTH)
                    .at(line, ImportField.NAME));
        }
        Set<String> domains = domains(row, errors);
        LocalDate start = date(row, ImportField.START, format, errors);
        LocalDate renewal = date(row, ImportField.RENEWAL, format, errors);
        Money value = money(row, format, errors);
        Integer noticeDays = parse(row, ImportField.NOTICE_DAYS, ImportRowRules::noticeDays, errors);
        Boolean autoRenew = parse(row, ImportField.AUTO_RENEW, ImportRowRules::yesOrNo, errors);
        ContractStatus status = Optional.ofNullable(parse(row, ImportField.STATUS, ImportRowRules::status, errors))
                .orElse(ContractStatus.ACTIVE);
        if (start != null && renewal != null && start.isAfter(renewal)) {
            errors.add(ImportMessage.of(
                            "start-after-renewal",
                            "start " + start + " is after the renewal date " + renewal,
                            start,
                            renewal)
                    .at(line, ImportField.START));
        }
        if (!errors.isEmpty()) {
            return new RowValidation(Optional.empty(), errors);
        }
        Contract contract =
                new Contract(row.get(ImportField.CONTRACT_ID), start, renewal, value, noticeDays, autoRenew, status);
        return new RowValidation(
                Optional.of(new CustomerRow(
                        line,
                        key,
                        name,
                        row.get(ImportField.CRM_ID),
                        domains,
                        row.get(ImportField.TIER),
                        row.get(ImportField.OWNER),
                        contract)),
                List.of());
    }

    /** Parses a present field, turning a rejection into an error at that field; absent fields give null. */
    private static <T> T parse(ImportRow row, ImportField field, Function<String, T> parser, List<ImportError> errors) {
        String text = row.get(field);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (ImportMessage.Rejected e) {
            errors.add(e.message().at(row.line(), field));
            return null;
        } catch (IllegalArgumentException e) {
            errors.add(refused(row.line(), field.column(), e));
            return null;
        }
    }

    /**
     * The customer model's own refusal (key syntax, currency codes) at a field: under its reason's key when its
     * arguments are text, as the import's own errors are, so that it is written in the reader's language too.
     */
    private static ImportError refused(int line, String column, IllegalArgumentException e) {
        if (e instanceof Explained explained
                && explained.why().arguments().stream().allMatch(String.class::isInstance)) {
            return new ImportError(
                    line,
                    column,
                    e.getMessage(),
                    explained.why().key().key(),
                    explained.why().arguments().stream().map(String.class::cast).toList());
        }
        return new ImportError(line, column, e.getMessage());
    }

    private static LocalDate date(ImportRow row, ImportField field, ImportFormat format, List<ImportError> errors) {
        String text = row.get(field);
        if (text == null) {
            return null;
        }
        ImportFormat.Parsed<LocalDate> parsed = format.date(text);
        if (parsed.failed()) {
            errors.add(parsed.error().at(row.line(), field));
        }
        return parsed.value();
    }

    private static Money money(ImportRow row, ImportFormat format, List<ImportError> errors) {
        String amount = row.get(ImportField.ANNUAL_VALUE);
        String currency = row.get(ImportField.CURRENCY);
        if (amount == null) {
            if (currency != null) {
                parse(row, ImportField.CURRENCY, Money::currency, errors);
            }
            return null;
        }
        if (currency == null) {
            errors.add(ImportMessage.of("currency-required", "currency is required with an annual value")
                    .at(row.line(), ImportField.CURRENCY));
            return null;
        }
        if (parse(row, ImportField.CURRENCY, Money::currency, errors) == null) {
            return null;
        }
        ImportFormat.Parsed<BigDecimal> parsed = format.amount(amount);
        if (parsed.failed()) {
            errors.add(parsed.error().at(row.line(), ImportField.ANNUAL_VALUE));
            return null;
        }
        return parse(row, ImportField.ANNUAL_VALUE, text -> Money.of(parsed.value(), currency), errors);
    }

    private static Set<String> domains(ImportRow row, List<ImportError> errors) {
        String text = row.get(ImportField.EMAIL_DOMAINS);
        Set<String> domains = new LinkedHashSet<>();
        if (text == null) {
            return domains;
        }
        for (String domain : text.toLowerCase(Locale.ROOT).split("[,;\\s]+")) {
            if (domain.isEmpty()) {
                continue;
            }
            if (DOMAIN.matcher(domain).matches()) {
                domains.add(domain);
            } else {
                errors.add(
                        ImportMessage.of("domain", "'" + domain + "' is not an email domain such as acme.com", domain)
                                .at(row.line(), ImportField.EMAIL_DOMAINS));
            }
        }
        return domains;
    }

    private static Integer noticeDays(String text) {
        if (!text.matches("\\d{1,5}")) {
            throw new ImportMessage.Rejected(
                    ImportMessage.of("notice-days", "'" + text + "' is not a whole number of days", text));
        }
        int days = Integer.parseInt(text);
        if (days > Contract.MAX_NOTICE_DAYS) {
            throw new ImportMessage.Rejected(ImportMessage.of(
                    "notice-days-range",
                    "notice period is 0 to " + Contract.MAX_NOTICE_DAYS + " days, not " + days,
                    Contract.MAX_NOTICE_DAYS,
                    days));
        }
        return days;
    }

    private static Boolean yesOrNo(String text) {
        String word = text.toLowerCase(Locale.ROOT);
        if (YES.contains(word)) {
            return true;
        }
        if (NO.contains(word)) {
            return false;
        }
        throw new ImportMessage.Rejected(
                ImportMessage.of("yes-no", "'" + text + "' is not yes/no or true/false", text));
    }

    private static ContractStatus status(String text) {
        try {
            return ContractStatus.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ImportMessage.Rejected(
                    ImportMessage.of("status", "'" + text + "' is not a status (active, expired or cancelled)", text));
        }
    }
}
