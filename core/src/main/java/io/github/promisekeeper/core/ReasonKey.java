package io.github.promisekeeper.core;

/**
 * Every reason core writes, and every part of what a customer's or the settings' history says changed: its i18n key
 * and its English text, a {@link java.text.MessageFormat} pattern. The plugin's properties file holds the same key
 * with the same English text, and translations beside it.
 *
 * <p>Patterns double an apostrophe ({@code ''}) and write numbers as {@code {0,number,#}}, so that 1000 reads
 * "1000" as it did before reasons had keys. A count that changes a word has a key for one and a key for more
 * (no choice formats: the browser's formatter, like the rest of the plugin's texts, does without them).
 */
public enum ReasonKey {
    /** Text that has no key (written by a caller, such as a test or a policy of its own), the same in every language. */
    TEXT("promise-keeper.reason.text", "{0}"),

    DATE_JAN("promise-keeper.reason.date.1", "{0} Jan {1}"),
    DATE_FEB("promise-keeper.reason.date.2", "{0} Feb {1}"),
    DATE_MAR("promise-keeper.reason.date.3", "{0} Mar {1}"),
    DATE_APR("promise-keeper.reason.date.4", "{0} Apr {1}"),
    DATE_MAY("promise-keeper.reason.date.5", "{0} May {1}"),
    DATE_JUN("promise-keeper.reason.date.6", "{0} Jun {1}"),
    DATE_JUL("promise-keeper.reason.date.7", "{0} Jul {1}"),
    DATE_AUG("promise-keeper.reason.date.8", "{0} Aug {1}"),
    DATE_SEP("promise-keeper.reason.date.9", "{0} Sep {1}"),
    DATE_OCT("promise-keeper.reason.date.10", "{0} Oct {1}"),
    DATE_NOV("promise-keeper.reason.date.11", "{0} Nov {1}"),
    DATE_DEC("promise-keeper.reason.date.12", "{0} Dec {1}"),
    DAYS_TODAY("promise-keeper.reason.days.today", "today"),
    DAY_AHEAD("promise-keeper.reason.days.ahead.one", "in {0,number,#} day"),
    DAYS_AHEAD("promise-keeper.reason.days.ahead", "in {0,number,#} days"),
    DAY_AGO("promise-keeper.reason.days.ago.one", "{0,number,#} day ago"),
    DAYS_AGO("promise-keeper.reason.days.ago", "{0,number,#} days ago"),
    WEEK("promise-keeper.reason.weeks.one", "{0,number,#} week"),
    WEEKS("promise-keeper.reason.weeks", "{0,number,#} weeks"),

    RENEWAL_LAPSED("promise-keeper.reason.renewal.lapsed", "renewal {0} passed {1} and was not replaced"),
    RENEWAL_LOCKED_IN(
            "promise-keeper.reason.renewal.locked-in",
            "renewal {0} locked in: auto-renews and the notice deadline {1} has passed"),
    NOTICE_DEADLINE_SOON("promise-keeper.reason.renewal.notice-soon", "notice deadline {0} ({1})"),
    DECISION_SOON(
            "promise-keeper.reason.renewal.decision-soon", "does not auto-renew: renewal {0} ({1}) needs a decision"),
    DECISION_LATER("promise-keeper.reason.renewal.decision-later", "does not auto-renew: needs a decision before {0}"),
    BLOCKER_TICKET("promise-keeper.reason.tickets.blocker.one", "{0,number,#} blocker ticket open"),
    BLOCKER_TICKETS("promise-keeper.reason.tickets.blocker", "{0,number,#} blocker tickets open"),
    CRITICAL_TICKET("promise-keeper.reason.tickets.critical.one", "{0,number,#} critical ticket open"),
    CRITICAL_TICKETS("promise-keeper.reason.tickets.critical", "{0,number,#} critical tickets open"),
    OPEN_TICKET("promise-keeper.reason.tickets.open.one", "{0,number,#} open ticket"),
    OPEN_TICKETS("promise-keeper.reason.tickets.open", "{0,number,#} open tickets"),
    COMMITMENT_BREACHES_RENEWAL(
            "promise-keeper.reason.commitment.breaches-renewal", "{0} ''{1}'' breaches renewal: {2}"),
    COMMITMENT_OVERDUE("promise-keeper.reason.commitment.overdue", "{0} ''{1}'' overdue: {2}"),
    COMMITMENT_AT_RISK("promise-keeper.reason.commitment.at-risk", "{0} ''{1}'' at risk: {2}"),
    COMMITMENT_WITHOUT_PLAN("promise-keeper.reason.commitment.no-plan", "{0} ''{1}'' has no delivery plan: {2}"),
    MISSING_RATES("promise-keeper.reason.money.missing-rates", "no rate for {0} \u2192 {1}; not counted"),

    EPIC_LABEL("promise-keeper.reason.epic.label", "{0} ''{1}''"),
    EPIC_HIDDEN(
            "promise-keeper.reason.epics.hidden.one", "{0,number,#} delivering epic you cannot open in Jira left out"),
    EPICS_HIDDEN(
            "promise-keeper.reason.epics.hidden", "{0,number,#} delivering epics you cannot open in Jira left out"),
    EPIC_MISSING("promise-keeper.reason.epics.missing.one", "{0,number,#} delivering epic not found"),
    EPICS_MISSING("promise-keeper.reason.epics.missing", "{0,number,#} delivering epics not found"),
    NO_EPIC_LINKED("promise-keeper.reason.epics.none-linked", "no delivering epic linked"),
    NO_EPIC_VISIBLE("promise-keeper.reason.epics.none-visible", "no delivering epic you can see"),
    ON_TRACK_FORECAST("promise-keeper.reason.health.on-track.forecast", "{0} forecast {1}, on or before promise {2}"),
    ON_TRACK_DUE("promise-keeper.reason.health.on-track.due", "{0}: {1}; due {2}, on or before promise {3}"),
    ON_TRACK_NO_DUE_DATE("promise-keeper.reason.health.on-track.no-due-date", "{0}: {1}; no due date"),
    DELIVERED("promise-keeper.reason.health.delivered", "{0} done {1}, promise {2}"),
    DELIVERED_LATE("promise-keeper.reason.health.delivered-late", "{0} done {1}, after promise {2}"),
    OVERDUE("promise-keeper.reason.health.overdue", "{0} still open, promised {1} ({2})"),
    AT_RISK_FORECAST("promise-keeper.reason.health.at-risk.forecast", "{0} forecast {1} after promise {2}"),
    AT_RISK_DUE("promise-keeper.reason.health.at-risk.due", "{0} due {1} after promise {2}"),
    AT_RISK_FORECAST_AND_DUE(
            "promise-keeper.reason.health.at-risk.forecast-and-due", "{0} forecast {1} and due {2} after promise {3}"),
    OPEN_AFTER_NOTICE_DEADLINE(
            "promise-keeper.reason.health.breach.open-after-notice", "{0} still open after {1}''s notice deadline {2}"),
    OPEN_AFTER_RENEWAL(
            "promise-keeper.reason.health.breach.open-after-renewal", "{0} still open after {1}''s renewal {2}"),
    EXPECTED_AFTER_NOTICE_DEADLINE(
            "promise-keeper.reason.health.breach.expected-after-notice",
            "{0} expected {1}, after {2}''s notice deadline {3}"),
    EXPECTED_AFTER_RENEWAL(
            "promise-keeper.reason.health.breach.expected-after-renewal", "{0} expected {1}, after {2}''s renewal {3}"),

    HEALTH_DELIVERED("promise-keeper.reason.health-label.delivered", "delivered"),
    HEALTH_ON_TRACK("promise-keeper.reason.health-label.on-track", "on track"),
    HEALTH_DELIVERED_LATE("promise-keeper.reason.health-label.delivered-late", "delivered late"),
    HEALTH_NO_DELIVERY_PLAN("promise-keeper.reason.health-label.no-delivery-plan", "no delivery plan"),
    HEALTH_AT_RISK("promise-keeper.reason.health-label.at-risk", "at risk"),
    HEALTH_OVERDUE("promise-keeper.reason.health-label.overdue", "overdue"),
    HEALTH_BREACHES_RENEWAL("promise-keeper.reason.health-label.breaches-renewal", "breaches renewal"),

    ALERT_NO_DATE("promise-keeper.reason.alert.none", "none"),
    ALERT_HEALTH_WORSENED("promise-keeper.reason.alert.health-worsened", "{0} ''{1}'' went from {2} to {3}"),
    ALERT_FORECAST_PAST_PROMISE(
            "promise-keeper.reason.alert.forecast-past-promise",
            "{0} ''{1}'': {2} forecast moved from {3} to {4}, after promise {5}"),
    ALERT_DUE_PAST_PROMISE(
            "promise-keeper.reason.alert.due-past-promise",
            "{0} ''{1}'': {2} due date moved from {3} to {4}, after promise {5}"),
    ALERT_FORECAST_PAST_NOTICE(
            "promise-keeper.reason.alert.forecast-past-notice",
            "{0} ''{1}'': {2} forecast moved from {3} to {4}, after {5}''s notice deadline {6}"),
    ALERT_DUE_PAST_NOTICE(
            "promise-keeper.reason.alert.due-past-notice",
            "{0} ''{1}'': {2} due date moved from {3} to {4}, after {5}''s notice deadline {6}"),
    ALERT_PROMISE_MOVED(
            "promise-keeper.reason.alert.promise-moved", "{0} ''{1}'': promised date moved from {2} to {3}"),
    ALERT_EPIC_UNLINKED("promise-keeper.reason.alert.epic-unlinked", "{0} ''{1}'': delivering epic {2} unlinked"),
    ALERT_RENEWAL_MOVED("promise-keeper.reason.alert.renewal-moved", "{0}: renewal moved from {1} to {2}"),
    ALERT_NOTICE_MOVED("promise-keeper.reason.alert.notice-moved", "{0}: notice deadline moved from {1} to {2}"),
    ALERT_CONTRACT_CANCELLED("promise-keeper.reason.alert.contract-cancelled", "{0}: contract {1} cancelled"),
    ALERT_HIGH_RISK("promise-keeper.reason.alert.high-risk", "{0} entered the renewal radar at high risk, renewal {1}"),
    ALERT_NOTICE_NEAR_ONE(
            "promise-keeper.reason.alert.notice-near.one",
            "{0}: notice deadline {1} with {2,number,#} open commitment not on track"),
    ALERT_NOTICE_NEAR(
            "promise-keeper.reason.alert.notice-near",
            "{0}: notice deadline {1} with {2,number,#} open commitments not on track"),
    ALERT_KEPT("promise-keeper.reason.alert.kept", "{0} ''{1}'' kept: delivered by promise {2}"),
    ALERT_DELIVERED_LATE("promise-keeper.reason.alert.delivered-late", "{0} ''{1}'' delivered late: promised {2}"),
    ALERT_BREACHED(
            "promise-keeper.reason.alert.breached",
            "{0} ''{1}'' breached: {2}''s renewal {3} passed with the promise open"),

    HISTORY_NONE("promise-keeper.reason.history.none", "(none)"),
    HISTORY_NOBODY("promise-keeper.reason.history.nobody", "nobody"),
    HISTORY_TRUE("promise-keeper.reason.history.true", "true"),
    HISTORY_FALSE("promise-keeper.reason.history.false", "false"),
    HISTORY_AMOUNT("promise-keeper.reason.history.amount", "{0}"),
    HISTORY_AMOUNT_HIDDEN("promise-keeper.reason.history.amount.hidden", "(amount hidden)"),
    HISTORY_LIST("promise-keeper.reason.history.list", "{0}, {1}"),
    HISTORY_CREATED("promise-keeper.reason.history.created", "created {0} ({1}) with {2,number,#} contract(s)"),
    HISTORY_DELETED(
            "promise-keeper.reason.history.deleted",
            "deleted {0} ({1}) with its {2,number,#} contract(s) and {3,number,#} domain(s)"),
    HISTORY_KEY("promise-keeper.reason.history.customer.key", "key {0} \u2192 {1}"),
    HISTORY_NAME("promise-keeper.reason.history.customer.name", "name {0} \u2192 {1}"),
    HISTORY_CRM_ID("promise-keeper.reason.history.customer.crm-id", "CRM id {0} \u2192 {1}"),
    HISTORY_TIER("promise-keeper.reason.history.customer.tier", "tier {0} \u2192 {1}"),
    HISTORY_OWNER("promise-keeper.reason.history.customer.owner", "owner {0} \u2192 {1}"),
    HISTORY_DOMAINS("promise-keeper.reason.history.customer.domains", "domains {0} \u2192 {1}"),
    HISTORY_CONTRACT_ADDED("promise-keeper.reason.history.contract.added", "contract {0} added"),
    HISTORY_CONTRACT_CHANGED("promise-keeper.reason.history.contract.changed", "contract {0} changed ({1})"),
    HISTORY_CONTRACT_TOUCHED("promise-keeper.reason.history.contract.touched", "contract {0} changed"),
    HISTORY_CONTRACT_REMOVED("promise-keeper.reason.history.contract.removed", "contract {0} removed"),
    HISTORY_CONTRACTS_REORDERED("promise-keeper.reason.history.contracts.reordered", "contracts reordered"),
    HISTORY_START("promise-keeper.reason.history.contract.start", "start {0} \u2192 {1}"),
    HISTORY_RENEWAL("promise-keeper.reason.history.contract.renewal", "renewal {0} \u2192 {1}"),
    HISTORY_VALUE("promise-keeper.reason.history.contract.value", "value {0} \u2192 {1}"),
    HISTORY_NOTICE_DAYS("promise-keeper.reason.history.contract.notice-days", "notice days {0} \u2192 {1}"),
    HISTORY_AUTO_RENEW("promise-keeper.reason.history.contract.auto-renew", "auto-renew {0} \u2192 {1}"),
    HISTORY_STATUS("promise-keeper.reason.history.contract.status", "status {0} \u2192 {1}"),

    SETTINGS_RADAR_WINDOW("promise-keeper.reason.history.settings.radar-window", "radar window (days) {0} \u2192 {1}"),
    SETTINGS_BASIS("promise-keeper.reason.history.settings.basis", "basis {0} \u2192 {1}"),
    SETTINGS_REPORTING_CURRENCY(
            "promise-keeper.reason.history.settings.reporting-currency", "reporting currency {0} \u2192 {1}"),
    SETTINGS_RATE_ADDED("promise-keeper.reason.history.settings.rate.added", "rate {0} added: {1}"),
    SETTINGS_RATE_REMOVED("promise-keeper.reason.history.settings.rate.removed", "rate {0} removed (was {1})"),
    SETTINGS_RATE_CHANGED("promise-keeper.reason.history.settings.rate.changed", "rate {0} {1} \u2192 {2}"),
    SETTINGS_EPIC_CHILDREN_JQL(
            "promise-keeper.reason.history.settings.epic-children-jql", "epic children JQL {0} \u2192 {1}"),
    SETTINGS_EPIC_LINK_FIELD(
            "promise-keeper.reason.history.settings.epic-link-field", "epic link field {0} \u2192 {1}"),
    SETTINGS_READER_GROUPS("promise-keeper.reason.history.settings.reader-groups", "reader groups {0} \u2192 {1}"),
    SETTINGS_FINANCE_GROUPS("promise-keeper.reason.history.settings.finance-groups", "finance groups {0} \u2192 {1}"),
    SETTINGS_EDITOR_GROUPS("promise-keeper.reason.history.settings.editor-groups", "editor groups {0} \u2192 {1}"),
    SETTINGS_CHECK_TIME("promise-keeper.reason.history.settings.check-time", "slip check time {0} \u2192 {1}"),
    SETTINGS_ALERT_NOTICE_DAYS(
            "promise-keeper.reason.history.settings.alert-notice-days", "slip alert notice days {0} \u2192 {1}"),
    SETTINGS_RUN_AS("promise-keeper.reason.history.settings.run-as", "slip check searches as {0} \u2192 {1}"),
    SETTINGS_DIGEST_DAY("promise-keeper.reason.history.settings.digest-day", "mail digest day {0} \u2192 {1}"),
    SETTINGS_DIGEST_HOUR("promise-keeper.reason.history.settings.digest-hour", "mail digest hour {0} \u2192 {1}"),
    SETTINGS_IMMEDIATE_BY_DEFAULT(
            "promise-keeper.reason.history.settings.immediate-by-default", "immediate mails by default {0} \u2192 {1}"),
    SETTINGS_DIGEST_BY_DEFAULT(
            "promise-keeper.reason.history.settings.digest-by-default", "digest by default {0} \u2192 {1}"),
    SETTINGS_TIER_GROUPS("promise-keeper.reason.history.settings.tier-groups", "tier groups {0} \u2192 {1}"),

    FORECAST_DONE("promise-keeper.reason.forecast.done", "done on {0}"),
    FORECAST_NO_CHILDREN("promise-keeper.reason.forecast.no-children", "no forecast: the epic has no child issues yet"),
    FORECAST_CHILDREN_DONE(
            "promise-keeper.reason.forecast.children-done",
            "all {0,number,#} children done; the epic is not closed yet"),
    FORECAST_TOO_FEW_RESOLVED(
            "promise-keeper.reason.forecast.too-few",
            "no forecast: only {0,number,#} children resolved in the last {1} (needs {2,number,#})"),
    FORECAST_FROM_THROUGHPUT(
            "promise-keeper.reason.forecast.throughput",
            "{0,number,#} children resolved in the last {1}, {2,number,#} open: forecast {3}"),

    // Values core refuses (InvalidValueException) and customer writes the store refuses (CustomerConflictException):
    // the messages of REST field errors. Numbers and dates come in as text, written as the messages always wrote them.
    CONTRACT_ID_MISSING("promise-keeper.reason.value.contract.id", "A contract needs an id."),
    CONTRACT_STARTS_AFTER_RENEWAL(
            "promise-keeper.reason.value.contract.start", "Contract {0} starts on {1}, after its renewal date {2}."),
    CONTRACT_NOTICE_OUT_OF_RANGE(
            "promise-keeper.reason.value.contract.notice",
            "Notice period of contract {0} must be 0 to {1} days, not {2}."),
    CUSTOMER_NAME_MISSING("promise-keeper.reason.value.customer.name", "Customer {0} needs a name."),
    CUSTOMER_NAME_TOO_LONG(
            "promise-keeper.reason.value.customer.name.long", "Customer name is longer than {0} characters."),
    CUSTOMER_CRM_ID_TOO_LONG(
            "promise-keeper.reason.value.customer.crm-id.long", "CRM id is longer than {0} characters."),
    CUSTOMER_TIER_TOO_LONG("promise-keeper.reason.value.customer.tier.long", "Tier is longer than {0} characters."),
    CUSTOMER_OWNER_TOO_LONG("promise-keeper.reason.value.customer.owner.long", "Owner is longer than {0} characters."),
    CUSTOMER_KEY_MALFORMED(
            "promise-keeper.reason.value.customer.key",
            "Customer key ''{0}'' must be 2 to {1} characters: upper-case letters, digits or ''_'', starting with a letter."),
    EMAIL_DOMAIN_BLANK("promise-keeper.reason.value.domain.blank", "An email domain cannot be blank."),
    EMAIL_DOMAIN_TOO_LONG("promise-keeper.reason.value.domain.long", "Email domain is longer than {0} characters."),
    CURRENCY_WITHOUT_MINOR_UNIT("promise-keeper.reason.value.currency.minor-unit", "Currency {0} has no minor unit."),
    CURRENCY_NOT_ISO_SHAPE(
            "promise-keeper.reason.value.currency.shape",
            "Currency ''{0}'' is not an ISO 4217 code such as USD or EUR."),
    CURRENCY_NOT_ISO("promise-keeper.reason.value.currency.unknown", "Currency ''{0}'' is not an ISO 4217 code."),
    AMOUNT_NOT_A_NUMBER("promise-keeper.reason.value.amount.number", "Amount ''{0}'' is not a number."),
    AMOUNT_TOO_PRECISE(
            "promise-keeper.reason.value.amount.decimals",
            "Amount {0} has more decimals than {1} allows, or is too large."),
    RATE_NOT_POSITIVE("promise-keeper.reason.value.rate.positive", "Rate {0}\u2192{1} must be positive, not {2}."),
    CONFLICT_CUSTOMER_GONE("promise-keeper.reason.conflict.gone", "Customer {0} no longer exists."),
    CONFLICT_CRM_ID_TAKEN("promise-keeper.reason.conflict.crm-id", "CRM id {0} already belongs to customer {1}."),
    CONFLICT_KEY_TAKEN("promise-keeper.reason.conflict.key", "Customer key {0} already belongs to another customer."),
    CONFLICT_DOMAIN_TAKEN("promise-keeper.reason.conflict.domain", "Email domain {0} already belongs to customer {1}."),
    CONFLICT_STALE_VERSION(
            "promise-keeper.reason.conflict.stale",
            "Customer {0} was changed by someone else (version {1}, edit made from version {2}); reload it and edit again."),
    CONFLICT_DOMAIN_JUST_TAKEN(
            "promise-keeper.reason.conflict.domain-race", "An email domain of {0} was just given to another customer."),
    CONFLICT_CHANGED_AT_ONCE(
            "promise-keeper.reason.conflict.concurrent",
            "Customer {0} was changed by someone else at the same time; reload it and edit again."),
    PROJECT_KEY_MALFORMED(
            "promise-keeper.reason.value.project-key",
            "Project key ''{0}'' must be upper-case letters, digits or ''_'', starting with a letter."),
    ISSUE_NUMBER_NOT_POSITIVE("promise-keeper.reason.value.issue-number", "Issue number must be positive, not {0}."),
    ISSUE_KEY_MALFORMED("promise-keeper.reason.value.issue-key", "''{0}'' is not an issue key such as SSO-12.");

    private final String key;
    private final String english;

    ReasonKey(String key, String english) {
        this.key = key;
        this.english = english;
    }

    /** The i18n key, as the plugin's properties file names it. */
    public String key() {
        return key;
    }

    /** The English text: a {@link java.text.MessageFormat} pattern over the reason's arguments. */
    public String english() {
        return english;
    }
}
