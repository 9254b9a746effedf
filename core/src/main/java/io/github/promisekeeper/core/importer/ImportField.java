package io.github.promisekeeper.core.importer;

/** The named fields of one imported customer/contract row; a format adapter maps its columns onto them. */
public enum ImportField {
    CUSTOMER_KEY("customerKey", true),
    NAME("name", true),
    CRM_ID("crmId", false),
    EMAIL_DOMAINS("emailDomains", false),
    TIER("tier", false),
    OWNER("owner", false),
    CONTRACT_ID("contractId", true),
    START("start", false),
    RENEWAL("renewal", true),
    ANNUAL_VALUE("annualValue", false),
    CURRENCY("currency", false),
    NOTICE_DAYS("noticeDays", true),
    AUTO_RENEW("autoRenew", true),
    STATUS("status", false);

    private final String column;
    private final boolean required;

    ImportField(String column, boolean required) {
        this.column = column;
        this.required = required;
    }

    /** The name errors report this field by. */
    public String column() {
        return column;
    }

    public boolean required() {
        return required;
    }
}
