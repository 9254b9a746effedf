package io.github.promisekeeper.core.importer;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The CSV layouts the import reads, each a mapping from its header names (matched ignoring case and
 * surrounding spaces) onto the format-free {@link ImportField}s that core validates.
 */
public enum CsvLayout {

    /** Promise Keeper's own documented layout: one row per contract. */
    GENERIC {
        @Override
        Map<ImportField, List<String>> columns(ImportOptions options) {
            Map<ImportField, List<String>> columns = new EnumMap<>(ImportField.class);
            columns.put(ImportField.CUSTOMER_KEY, List.of("customer_key"));
            columns.put(ImportField.NAME, List.of("customer_name"));
            columns.put(ImportField.CRM_ID, List.of("crm_id"));
            columns.put(ImportField.EMAIL_DOMAINS, List.of("email_domains"));
            columns.put(ImportField.TIER, List.of("tier"));
            columns.put(ImportField.OWNER, List.of("owner"));
            columns.put(ImportField.CONTRACT_ID, List.of("contract_id"));
            columns.put(ImportField.START, List.of("contract_start"));
            columns.put(ImportField.RENEWAL, List.of("renewal_date"));
            columns.put(ImportField.ANNUAL_VALUE, List.of("annual_value"));
            columns.put(ImportField.CURRENCY, List.of("currency"));
            columns.put(ImportField.NOTICE_DAYS, List.of("notice_days"));
            columns.put(ImportField.AUTO_RENEW, List.of("auto_renew"));
            columns.put(ImportField.STATUS, List.of("status"));
            return columns;
        }

        @Override
        Set<ImportField> requiredColumns() {
            return Set.of(ImportField.NAME, ImportField.CONTRACT_ID, ImportField.RENEWAL);
        }
    },

    /** A Salesforce report or Data Loader export of Contract with its Account; only Activated contracts are active. */
    SALESFORCE {
        @Override
        Map<ImportField, List<String>> columns(ImportOptions options) {
            Map<ImportField, List<String>> columns = new EnumMap<>(ImportField.class);
            columns.put(ImportField.NAME, List.of("Account Name", "Account.Name"));
            columns.put(ImportField.CRM_ID, List.of("Account ID", "AccountId"));
            columns.put(ImportField.EMAIL_DOMAINS, List.of("Website", "Account.Website"));
            columns.put(ImportField.OWNER, List.of("Account Owner", "Owner Name", "Owner.Name"));
            columns.put(ImportField.TIER, List.of("Account Tier", "Tier"));
            columns.put(ImportField.CONTRACT_ID, List.of("Contract Number", "ContractNumber"));
            columns.put(ImportField.STATUS, List.of("Status"));
            columns.put(ImportField.START, List.of("Contract Start Date", "StartDate"));
            columns.put(ImportField.RENEWAL, List.of("Contract End Date", "EndDate"));
            columns.put(ImportField.NOTICE_DAYS, List.of("Owner Expiration Notice", "OwnerExpirationNotice"));
            columns.put(ImportField.CURRENCY, List.of("Currency", "CurrencyIsoCode", "Contract Currency"));
            columns.put(ImportField.ANNUAL_VALUE, List.of(options.valueColumn().orElse("Annual Contract Value")));
            columns.put(ImportField.AUTO_RENEW, List.of("Auto Renew", "Auto_Renew__c"));
            return columns;
        }

        @Override
        Set<ImportField> requiredColumns() {
            return Set.of(ImportField.NAME, ImportField.CRM_ID, ImportField.CONTRACT_ID, ImportField.RENEWAL);
        }

        /** The website's domain; only Activated contracts bind, Expired has ended, anything else (Draft, In Approval) does not bind. */
        @Override
        void adapt(Map<ImportField, String> fields, HeaderMapping mapping) {
            websiteToDomain(fields);
            if (mapping.indexOf().containsKey(ImportField.STATUS)) {
                fields.put(ImportField.STATUS, status(fields.get(ImportField.STATUS)));
            }
        }

        private String status(String status) {
            if (status == null) {
                return "cancelled";
            }
            return switch (status.strip().toLowerCase(Locale.ROOT)) {
                case "activated", "active" -> "active";
                case "expired" -> "expired";
                default -> "cancelled";
            };
        }
    },

    /** A HubSpot companies export with renewal date and annual value properties; one contract per company. */
    HUBSPOT {
        @Override
        Map<ImportField, List<String>> columns(ImportOptions options) {
            Map<ImportField, List<String>> columns = new EnumMap<>(ImportField.class);
            columns.put(ImportField.CRM_ID, List.of("Record ID"));
            columns.put(ImportField.NAME, List.of("Company name"));
            columns.put(ImportField.EMAIL_DOMAINS, List.of("Company Domain Name"));
            columns.put(ImportField.OWNER, List.of("Company owner"));
            columns.put(ImportField.TIER, List.of("Tier"));
            columns.put(ImportField.START, List.of("Contract start date"));
            columns.put(ImportField.RENEWAL, List.of(options.renewalColumn().orElse("Renewal date")));
            columns.put(ImportField.ANNUAL_VALUE, List.of(options.valueColumn().orElse("Annual contract value")));
            columns.put(ImportField.CURRENCY, List.of("Currency", "Annual contract value currency"));
            columns.put(ImportField.NOTICE_DAYS, List.of("Notice period (days)"));
            columns.put(ImportField.AUTO_RENEW, List.of("Auto-renew"));
            return columns;
        }

        @Override
        Set<ImportField> requiredColumns() {
            return Set.of(ImportField.CRM_ID, ImportField.NAME, ImportField.RENEWAL);
        }

        /** The company's domain; its one contract is named after the record (HS-9002). */
        @Override
        void adapt(Map<ImportField, String> fields, HeaderMapping mapping) {
            websiteToDomain(fields);
            if (fields.containsKey(ImportField.CRM_ID)) {
                fields.put(ImportField.CONTRACT_ID, "HS-" + fields.get(ImportField.CRM_ID));
            }
        }
    };

    /** For each field, the header names that may carry it, preferred first. */
    abstract Map<ImportField, List<String>> columns(ImportOptions options);

    /** The fields whose column the header must have. */
    abstract Set<ImportField> requiredColumns();

    /** Applies this layout's own conventions to one row's fields; the generic layout has none. */
    void adapt(Map<ImportField, String> fields, HeaderMapping mapping) {}

    /**
     * One record's fields by name, translated from this layout's columns: the layout's conventions
     * applied, the defaults of optional fields filled in and amounts read as CRMs write them. Problems
     * only the file's own text shows go to {@code errors}; core's rules judge the rest.
     */
    Map<ImportField, String> fieldsOf(int line, List<String> values, HeaderMapping mapping, List<ImportError> errors) {
        Map<ImportField, String> fields = new EnumMap<>(ImportField.class);
        if (values.size() > mapping.headerCount()) {
            errors.add(ImportError.of(
                    line,
                    "",
                    "too-many-values",
                    "the row has " + values.size()
                            + " values but the header has fewer columns; quote values that contain the separator",
                    values.size()));
        }
        mapping.indexOf().forEach((field, index) -> {
            if (index < values.size() && !values.get(index).isBlank()) {
                fields.put(field, values.get(index).strip());
            }
        });
        adapt(fields, mapping);
        fields.putIfAbsent(ImportField.NOTICE_DAYS, "0");
        fields.putIfAbsent(ImportField.AUTO_RENEW, "no");
        String amount = fields.get(ImportField.ANNUAL_VALUE);
        if (amount != null) {
            AmountText.Read read = AmountText.read(amount);
            String column = mapping.columnOf(ImportField.ANNUAL_VALUE);
            if (read.error() != null) {
                errors.add(read.error().at(line, column));
                fields.remove(ImportField.ANNUAL_VALUE);
            } else {
                fields.put(ImportField.ANNUAL_VALUE, read.amount().plain());
                Optional<String> written = read.amount().currencyCode();
                String currency = fields.get(ImportField.CURRENCY);
                if (written.isPresent() && currency == null) {
                    fields.put(ImportField.CURRENCY, written.get());
                } else if (written.isPresent() && !written.get().equalsIgnoreCase(currency)) {
                    errors.add(ImportError.of(
                            line,
                            column,
                            "amount-currency",
                            "the amount says " + written.get() + " but the currency column says " + currency,
                            written.get(),
                            currency));
                }
            }
        }
        if (fields.get(ImportField.CURRENCY) != null) {
            fields.put(ImportField.CURRENCY, fields.get(ImportField.CURRENCY).toUpperCase(Locale.ROOT));
        }
        return fields;
    }

    /** acme.com from "https://www.acme.com/en/", keeping anything that is not a URL for core to judge. */
    static String domainOf(String website) {
        String domain = website.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        domain = domain.replaceFirst("[/?#].*$", "").replaceFirst(":\\d+$", "").replaceFirst("^www\\.", "");
        return domain;
    }

    private static void websiteToDomain(Map<ImportField, String> fields) {
        if (fields.containsKey(ImportField.EMAIL_DOMAINS)) {
            fields.put(ImportField.EMAIL_DOMAINS, domainOf(fields.get(ImportField.EMAIL_DOMAINS)));
        }
    }

    /** The name the API and errors use for the layout: generic, salesforce or hubspot. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The layout named {@code id}, ignoring case. */
    public static Optional<CsvLayout> byId(String id) {
        for (CsvLayout layout : values()) {
            if (layout.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
                return Optional.of(layout);
            }
        }
        return Optional.empty();
    }

    /** The layout whose required columns the header has all of, checked HubSpot, Salesforce, generic. */
    public static Optional<CsvLayout> detect(List<String> header, ImportOptions options) {
        for (CsvLayout layout : List.of(HUBSPOT, SALESFORCE, GENERIC)) {
            HeaderMapping mapping = HeaderMapping.of(layout, header, options);
            if (mapping.missing().isEmpty()) {
                return Optional.of(layout);
            }
        }
        return Optional.empty();
    }

    static String normalize(String headerName) {
        String name = headerName == null ? "" : headerName;
        if (!name.isEmpty() && name.charAt(0) == '\uFEFF') {
            name = name.substring(1);
        }
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
