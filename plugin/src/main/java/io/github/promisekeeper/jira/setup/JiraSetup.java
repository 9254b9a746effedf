package io.github.promisekeeper.jira.setup;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import org.ofbiz.core.entity.GenericEntityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Creates, once, the Jira objects the app needs: the Sales Commitment issue type and link type, the
 * Customer field (the app's own type, on every issue type) and the Promised Date field (Jira's date
 * picker, on Sales Commitments). Idempotent: what it made or adopted is remembered by id in the
 * cluster-wide plugin settings; what an admin already has under those names is reused, never duplicated;
 * nothing is ever deleted. One cluster lock makes nodes starting together run it one after the other.
 */
public class JiraSetup {

    public static final String LOCK_NAME = "io.github.promisekeeper.setup";
    public static final String PLUGIN_KEY = "io.github.promisekeeper.promise-keeper";
    public static final String CUSTOMER_FIELD_TYPE = PLUGIN_KEY + ":customer-field-type";
    public static final String CUSTOMER_FIELD_SEARCHER = PLUGIN_KEY + ":customer-field-searcher";
    public static final String DATE_PICKER_TYPE = "com.atlassian.jira.plugin.system.customfieldtypes:datepicker";
    public static final String DATE_RANGE_SEARCHER = "com.atlassian.jira.plugin.system.customfieldtypes:daterange";
    static final long LOCK_WAIT_SECONDS = 120;

    private static final Logger LOG = LoggerFactory.getLogger(JiraSetup.class);

    private final JiraSchema schema;
    private final ClusterLockService locks;
    private final IssueTypeManager issueTypes;
    private final IssueLinkTypeManager linkTypes;
    private final CustomFieldManager customFields;
    private final Supplier<List<JiraContextNode>> globalContext;

    public JiraSetup(JiraSchema schema, ClusterLockService locks, IssueTypeManager issueTypes,
                     IssueLinkTypeManager linkTypes, CustomFieldManager customFields) {
        this(schema, locks, issueTypes, linkTypes, customFields, () -> List.of(GlobalIssueContext.getInstance()));
    }

    JiraSetup(JiraSchema schema, ClusterLockService locks, IssueTypeManager issueTypes, IssueLinkTypeManager linkTypes,
              CustomFieldManager customFields, Supplier<List<JiraContextNode>> globalContext) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.locks = Objects.requireNonNull(locks, "locks");
        this.issueTypes = Objects.requireNonNull(issueTypes, "issueTypes");
        this.linkTypes = Objects.requireNonNull(linkTypes, "linkTypes");
        this.customFields = Objects.requireNonNull(customFields, "customFields");
        this.globalContext = Objects.requireNonNull(globalContext, "globalContext");
    }

    /** Makes sure everything exists; returns false when another node held the lock too long or a step failed. */
    public boolean run() {
        ClusterLock lock = locks.getLockForName(LOCK_NAME);
        try {
            if (!lock.tryLock(LOCK_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Promise Keeper setup skipped: another node held '{}' for {} s; it runs again at the next start.",
                        LOCK_NAME, LOCK_WAIT_SECONDS);
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            Optional<IssueType> commitmentType = ensureIssueType();
            boolean linked = ensureLinkType();
            boolean customer = ensureCustomerField();
            boolean promised = commitmentType.map(this::ensurePromisedDateField).orElse(false);
            return commitmentType.isPresent() && linked && customer && promised;
        } catch (RuntimeException e) {
            LOG.error("Promise Keeper setup failed; it runs again at the next start.", e);
            return false;
        } finally {
            lock.unlock();
        }
    }

    private Optional<IssueType> ensureIssueType() {
        String id = schema.remembered(JiraSchema.ISSUE_TYPE_ID);
        if (id != null && issueTypes.getIssueType(id) != null) {
            return Optional.of(issueTypes.getIssueType(id));
        }
        IssueType type = issueTypes.getIssueTypes().stream()
                .filter(existing -> JiraSchema.COMMITMENT_ISSUE_TYPE.equalsIgnoreCase(existing.getName()))
                .findFirst()
                .orElseGet(() -> {
                    LOG.info("Creating issue type '{}'.", JiraSchema.COMMITMENT_ISSUE_TYPE);
                    return issueTypes.createIssueType(JiraSchema.COMMITMENT_ISSUE_TYPE,
                            "A promise made to a customer, delivered by the epics it links to.", null);
                });
        schema.remember(JiraSchema.ISSUE_TYPE_ID, type.getId());
        return Optional.of(type);
    }

    private boolean ensureLinkType() {
        String id = schema.remembered(JiraSchema.LINK_TYPE_ID);
        if (id != null && schema.deliveryLinkType().isPresent()) {
            return true;
        }
        Optional<IssueLinkType> existing = linkType();
        if (existing.isEmpty()) {
            LOG.info("Creating issue link type '{}'.", JiraSchema.DELIVERY_LINK_TYPE);
            linkTypes.createIssueLinkType(JiraSchema.DELIVERY_LINK_TYPE, JiraSchema.DELIVERY_LINK_OUTWARD,
                    JiraSchema.DELIVERY_LINK_INWARD, null);
            existing = linkType();
        }
        existing.ifPresent(type -> schema.remember(JiraSchema.LINK_TYPE_ID, type.getId().toString()));
        return existing.isPresent();
    }

    private Optional<IssueLinkType> linkType() {
        Collection<IssueLinkType> named = linkTypes.getIssueLinkTypesByName(JiraSchema.DELIVERY_LINK_TYPE);
        return named == null ? Optional.empty() : named.stream().findFirst();
    }

    private boolean ensureCustomerField() {
        return ensureField(JiraSchema.CUSTOMER_FIELD_ID, JiraSchema.CUSTOMER_FIELD,
                "The customer this issue matters to (a Promise Keeper customer key).",
                CUSTOMER_FIELD_TYPE, CUSTOMER_FIELD_SEARCHER, Collections.singletonList(null));
    }

    private boolean ensurePromisedDateField(IssueType commitmentType) {
        return ensureField(JiraSchema.PROMISED_DATE_FIELD_ID, JiraSchema.PROMISED_DATE_FIELD,
                "The date delivery was promised to the customer.",
                DATE_PICKER_TYPE, DATE_RANGE_SEARCHER, List.of(commitmentType));
    }

    private boolean ensureField(String settingsKey, String name, String description, String typeKey, String searcherKey,
                                List<IssueType> forTypes) {
        String id = schema.remembered(settingsKey);
        if (id != null && customFields.getCustomFieldObject(parse(id)) != null) {
            return true;
        }
        Collection<CustomField> named = customFields.getCustomFieldObjectsByName(name);
        Optional<CustomField> existing = named == null ? Optional.empty() : named.stream().findFirst();
        if (existing.isPresent()) {
            LOG.info("Reusing the existing custom field '{}' ({}).", name, existing.get().getId());
            schema.remember(settingsKey, existing.get().getIdAsLong().toString());
            return true;
        }
        CustomFieldType type = customFields.getCustomFieldType(typeKey);
        if (type == null) {
            LOG.error("Custom field type {} is not available; '{}' is not created.", typeKey, name);
            return false;
        }
        CustomFieldSearcher searcher = customFields.getCustomFieldSearcher(searcherKey);
        try {
            LOG.info("Creating custom field '{}'.", name);
            CustomField created = customFields.createCustomField(name, description, type, searcher, globalContext.get(), forTypes);
            schema.remember(settingsKey, created.getIdAsLong().toString());
            return true;
        } catch (GenericEntityException e) {
            LOG.error("Could not create custom field '{}'.", name, e);
            return false;
        }
    }

    private static Long parse(String id) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
