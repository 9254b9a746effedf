package io.github.promisekeeper.jira.setup;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.github.promisekeeper.jira.platform.JiraServiceAvailability;

import java.util.Objects;
import java.util.Optional;

/**
 * The Jira objects the app works with — the Sales Commitment issue type and link type, the Customer and
 * Promised Date fields — found by the ids that {@link JiraSetup} remembered in the cluster-wide plugin
 * settings (so an admin may rename them). Empty until setup has run.
 */
public class JiraSchema {

    public static final String COMMITMENT_ISSUE_TYPE = "Sales Commitment";
    public static final String DELIVERY_LINK_TYPE = "Sales Commitment";
    public static final String DELIVERY_LINK_OUTWARD = "is delivered by";
    public static final String DELIVERY_LINK_INWARD = "delivers commitment";
    public static final String CUSTOMER_FIELD = "Customer";
    public static final String PROMISED_DATE_FIELD = "Promised Date";

    static final String PREFIX = "io.github.promisekeeper.setup.";
    static final String ISSUE_TYPE_ID = PREFIX + "commitmentIssueTypeId";
    /** The id of the issue type when the app created it (not when it adopted an admin's). */
    static final String ISSUE_TYPE_CREATED_ID = PREFIX + "createdCommitmentIssueTypeId";
    /** The avatar the app made for the issue type it created. */
    static final String ISSUE_TYPE_AVATAR_ID = PREFIX + "commitmentIssueTypeAvatarId";
    /** The id of the issue type once the app's icon was set on it, so it is set once. */
    static final String ISSUE_TYPE_ICON_SET_ID = PREFIX + "commitmentIssueTypeIconSetOn";

    static final String LINK_TYPE_ID = PREFIX + "deliveryLinkTypeId";
    static final String CUSTOMER_FIELD_ID = PREFIX + "customerFieldId";
    /** The id of the Customer field once the app saw it with a searcher (or gave it one), so that is done once. */
    static final String CUSTOMER_FIELD_SEARCHER_SET_ID = PREFIX + "customerFieldSearcherSetOn";

    static final String PROMISED_DATE_FIELD_ID = PREFIX + "promisedDateFieldId";

    private final PluginSettingsFactory settingsFactory;
    private final CustomFieldManager customFields;
    private final IssueTypeManager issueTypes;
    private final IssueLinkTypeManager linkTypes;
    private final JiraServiceAvailability availability;

    public JiraSchema(
            PluginSettingsFactory settingsFactory,
            CustomFieldManager customFields,
            IssueTypeManager issueTypes,
            IssueLinkTypeManager linkTypes,
            JiraServiceAvailability availability) {
        this.settingsFactory = Objects.requireNonNull(settingsFactory, "settingsFactory");
        this.customFields = Objects.requireNonNull(customFields, "customFields");
        this.issueTypes = Objects.requireNonNull(issueTypes, "issueTypes");
        this.linkTypes = Objects.requireNonNull(linkTypes, "linkTypes");
        this.availability = Objects.requireNonNull(availability, "availability");
    }

    public Optional<CustomField> customerField() {
        return storedLong(CUSTOMER_FIELD_ID).map(customFields::getCustomFieldObject);
    }

    public Optional<CustomField> promisedDateField() {
        return storedLong(PROMISED_DATE_FIELD_ID).map(customFields::getCustomFieldObject);
    }

    public Optional<IssueType> commitmentIssueType() {
        return stored(ISSUE_TYPE_ID).map(issueTypes::getIssueType);
    }

    /** Empty too while Jira offers no IssueLinkTypeManager to apps (an optional reference). */
    public Optional<IssueLinkType> deliveryLinkType() {
        if (!availability.has(IssueLinkTypeManager.class)) {
            return Optional.empty();
        }
        return storedLong(LINK_TYPE_ID).map(linkTypes::getIssueLinkType);
    }

    /**
     * Everything a commitment search needs, or empty while any of it is missing, including Jira's
     * IssueLinkManager, without which a commitment's delivering epics cannot be read (an optional reference).
     */
    public Optional<CommitmentSchema> commitments() {
        if (!availability.has(IssueLinkManager.class)) {
            return Optional.empty();
        }
        Optional<CustomField> customer = customerField();
        Optional<CustomField> promised = promisedDateField();
        Optional<IssueType> type = commitmentIssueType();
        Optional<IssueLinkType> link = deliveryLinkType();
        if (customer.isEmpty() || promised.isEmpty() || type.isEmpty() || link.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CommitmentSchema(type.get(), customer.get(), promised.get(), link.get()));
    }

    /** The Jira objects behind Sales Commitments, all present. */
    public record CommitmentSchema(
            IssueType issueType, CustomField customer, CustomField promisedDate, IssueLinkType deliveryLink) {}

    String remembered(String key) {
        return stored(key).orElse(null);
    }

    void remember(String key, String id) {
        settings().put(key, id);
    }

    private Optional<String> stored(String key) {
        Object value = settings().get(key);
        return value instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }

    private Optional<Long> storedLong(String key) {
        return stored(key).flatMap(text -> {
            try {
                return Optional.of(Long.valueOf(text));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private PluginSettings settings() {
        return settingsFactory.createGlobalSettings();
    }
}
