package io.github.promisekeeper.jira.importer;

import io.github.promisekeeper.core.importer.ImportField;

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
    };

    /** For each field, the header names that may carry it, preferred first. */
    abstract Map<ImportField, List<String>> columns(ImportOptions options);

    /** The fields whose column the header must have. */
    abstract Set<ImportField> requiredColumns();

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
    static Optional<CsvLayout> detect(List<String> header, ImportOptions options) {
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
