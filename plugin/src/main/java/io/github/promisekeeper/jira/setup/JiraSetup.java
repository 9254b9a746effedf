package io.github.promisekeeper.jira.setup;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;
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

import java.io.IOException;
import java.io.InputStream;
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
 *
 * <p>An issue type it creates gets the app's own icon ({@value #ICON_RESOURCE}): an avatar made once from
 * that image, owned by the new issue type, remembered by id and reused if setting the icon has to be tried
 * again. The icon is set once; an admin who changes it later keeps their choice, and an issue type an admin
 * already had is left with its own.
 */
public class JiraSetup {

    public static final String LOCK_NAME = "io.github.promisekeeper.setup";
    public static final String PLUGIN_KEY = "io.github.promisekeeper.promise-keeper";
    public static final String CUSTOMER_FIELD_TYPE = PLUGIN_KEY + ":customer-field-type";
    public static final String CUSTOMER_FIELD_SEARCHER = PLUGIN_KEY + ":customer-field-searcher";
    public static final String DATE_PICKER_TYPE = "com.atlassian.jira.plugin.system.customfieldtypes:datepicker";
    public static final String DATE_RANGE_SEARCHER = "com.atlassian.jira.plugin.system.customfieldtypes:daterange";
    static final long LOCK_WAIT_SECONDS = 120;
    static final String ICON_RESOURCE = "images/sales-commitment.png";
    static final String ISSUE_TYPE_DESCRIPTION = "A promise made to a customer, delivered by the epics it links to.";

    private static final Logger LOG = LoggerFactory.getLogger(JiraSetup.class);

    private final JiraSchema schema;
    private final ClusterLockService locks;
    private final IssueTypeManager issueTypes;
    private final IssueLinkTypeManager linkTypes;
    private final CustomFieldManager customFields;
    private final AvatarManager avatars;
    private final Supplier<List<JiraContextNode>> globalContext;
    private final IconImage icon;

    /** Opens the icon image; {@code null} when it is missing. */
    interface IconImage {
        InputStream open();
    }

    public JiraSetup(
            JiraSchema schema,
            ClusterLockService locks,
            IssueTypeManager issueTypes,
            IssueLinkTypeManager linkTypes,
            CustomFieldManager customFields,
            AvatarManager avatars) {
        this(
                schema,
                locks,
                issueTypes,
                linkTypes,
                customFields,
                avatars,
                () -> List.of(GlobalIssueContext.getInstance()),
                () -> JiraSetup.class.getClassLoader().getResourceAsStream(ICON_RESOURCE));
    }

    JiraSetup(
            JiraSchema schema,
            ClusterLockService locks,
            IssueTypeManager issueTypes,
            IssueLinkTypeManager linkTypes,
            CustomFieldManager customFields,
            AvatarManager avatars,
            Supplier<List<JiraContextNode>> globalContext,
            IconImage icon) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.locks = Objects.requireNonNull(locks, "locks");
        this.issueTypes = Objects.requireNonNull(issueTypes, "issueTypes");
        this.linkTypes = Objects.requireNonNull(linkTypes, "linkTypes");
        this.customFields = Objects.requireNonNull(customFields, "customFields");
        this.avatars = Objects.requireNonNull(avatars, "avatars");
        this.globalContext = Objects.requireNonNull(globalContext, "globalContext");
        this.icon = Objects.requireNonNull(icon, "icon");
    }

    /** Makes sure everything exists; returns false when another node held the lock too long or a step failed. */
    public boolean run() {
        ClusterLock lock = locks.getLockForName(LOCK_NAME);
        try {
            if (!lock.tryLock(LOCK_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn(
                        "Promise Keeper setup skipped: another node held '{}' for {} s; it runs again at the next start.",
                        LOCK_NAME,
                        LOCK_WAIT_SECONDS);
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
        IssueType type = id == null ? null : issueTypes.getIssueType(id);
        if (type == null) {
            type = issueTypes.getIssueTypes().stream()
                    .filter(existing -> JiraSchema.COMMITMENT_ISSUE_TYPE.equalsIgnoreCase(existing.getName()))
                    .findFirst()
                    .orElseGet(this::createIssueType);
            schema.remember(JiraSchema.ISSUE_TYPE_ID, type.getId());
        }
        if (type.getId().equals(schema.remembered(JiraSchema.ISSUE_TYPE_CREATED_ID))
                && !type.getId().equals(schema.remembered(JiraSchema.ISSUE_TYPE_ICON_SET_ID))) {
            setIcon(type);
        }
        return Optional.of(type);
    }

    private IssueType createIssueType() {
        LOG.info("Creating issue type '{}'.", JiraSchema.COMMITMENT_ISSUE_TYPE);
        IssueType created = issueTypes.createIssueType(
                JiraSchema.COMMITMENT_ISSUE_TYPE,
                ISSUE_TYPE_DESCRIPTION,
                avatars.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE));
        schema.remember(JiraSchema.ISSUE_TYPE_CREATED_ID, created.getId());
        return created;
    }

    /**
     * Gives the issue type the app created its own icon: the remembered avatar when Jira still has it,
     * otherwise one made now from the image the app ships. A failure leaves Jira's default icon and is
     * tried again at the next start; it never stops the rest of the setup.
     */
    private void setIcon(IssueType type) {
        try {
            String rememberedAvatar = schema.remembered(JiraSchema.ISSUE_TYPE_AVATAR_ID);
            Long avatarId = rememberedAvatar == null ? null : parse(rememberedAvatar);
            if (avatarId == null || avatars.getById(avatarId) == null) {
                Optional<Long> created = createAvatar(type);
                if (created.isEmpty()) {
                    return;
                }
                avatarId = created.get();
                schema.remember(JiraSchema.ISSUE_TYPE_AVATAR_ID, avatarId.toString());
            }
            // Name and description as they are now: an admin may have changed them before a retry.
            issueTypes.updateIssueType(
                    type, type.getName(), Objects.requireNonNullElse(type.getDescription(), ""), avatarId);
            schema.remember(JiraSchema.ISSUE_TYPE_ICON_SET_ID, type.getId());
        } catch (RuntimeException e) {
            LOG.error(
                    "Could not set the icon of '{}'; it keeps Jira's default icon until the next start.",
                    JiraSchema.COMMITMENT_ISSUE_TYPE,
                    e);
        }
    }

    private Optional<Long> createAvatar(IssueType type) {
        try (InputStream image = icon.open()) {
            if (image == null) {
                LOG.error(
                        "The icon {} is missing from the app; '{}' keeps Jira's default icon.",
                        ICON_RESOURCE,
                        JiraSchema.COMMITMENT_ISSUE_TYPE);
                return Optional.empty();
            }
            LOG.info("Creating the icon of issue type '{}'.", JiraSchema.COMMITMENT_ISSUE_TYPE);
            Avatar avatar = avatars.create(
                    "sales-commitment.png",
                    "image/png",
                    IconType.ISSUE_TYPE_ICON_TYPE,
                    new IconOwningObjectId(type.getId()),
                    image,
                    null);
            return Optional.ofNullable(avatar).map(Avatar::getId);
        } catch (IOException e) {
            LOG.error(
                    "Could not create the icon of '{}'; it keeps Jira's default icon until the next start.",
                    JiraSchema.COMMITMENT_ISSUE_TYPE,
                    e);
            return Optional.empty();
        }
    }

    private boolean ensureLinkType() {
        String id = schema.remembered(JiraSchema.LINK_TYPE_ID);
        if (id != null && schema.deliveryLinkType().isPresent()) {
            return true;
        }
        Optional<IssueLinkType> existing = linkType();
        if (existing.isEmpty()) {
            LOG.info("Creating issue link type '{}'.", JiraSchema.DELIVERY_LINK_TYPE);
            linkTypes.createIssueLinkType(
                    JiraSchema.DELIVERY_LINK_TYPE,
                    JiraSchema.DELIVERY_LINK_OUTWARD,
                    JiraSchema.DELIVERY_LINK_INWARD,
                    null);
            existing = linkType();
        }
        existing.ifPresent(
                type -> schema.remember(JiraSchema.LINK_TYPE_ID, type.getId().toString()));
        return existing.isPresent();
    }

    private Optional<IssueLinkType> linkType() {
        Collection<IssueLinkType> named = linkTypes.getIssueLinkTypesByName(JiraSchema.DELIVERY_LINK_TYPE);
        return named == null ? Optional.empty() : named.stream().findFirst();
    }

    private boolean ensureCustomerField() {
        return ensureField(
                        JiraSchema.CUSTOMER_FIELD_ID,
                        JiraSchema.CUSTOMER_FIELD,
                        "The customer this issue matters to (a Promise Keeper customer key).",
                        CUSTOMER_FIELD_TYPE,
                        CUSTOMER_FIELD_SEARCHER,
                        Collections.singletonList(null))
                && ensureCustomerFieldSearcher();
    }

    /**
     * Gives the app's Customer field its searcher when it has none — as fields created while the searcher
     * module could not load were left — so that {@code Customer in customersRenewingWithin(...)} works.
     * Only a field of the app's own Customer type is touched, and only once: a field that has a searcher
     * keeps it, and an administrator who later removes the searcher keeps that choice. A failure is
     * logged and tried again at the next start; the app stays enabled.
     */
    private boolean ensureCustomerFieldSearcher() {
        Optional<CustomField> remembered = schema.customerField();
        if (remembered.isEmpty()) {
            return true;
        }
        CustomField field = remembered.get();
        String fieldId = field.getIdAsLong().toString();
        if (fieldId.equals(schema.remembered(JiraSchema.CUSTOMER_FIELD_SEARCHER_SET_ID))) {
            return true;
        }
        if (field.getCustomFieldSearcher() != null) {
            schema.remember(JiraSchema.CUSTOMER_FIELD_SEARCHER_SET_ID, fieldId);
            return true;
        }
        @SuppressWarnings("rawtypes") // Jira returns the type raw
        CustomFieldType type = field.getCustomFieldType();
        if (type == null || !CUSTOMER_FIELD_TYPE.equals(type.getKey())) {
            // An administrator's own field of that name: its type may not take this searcher.
            return true;
        }
        CustomFieldSearcher searcher = customFields.getCustomFieldSearcher(CUSTOMER_FIELD_SEARCHER);
        if (searcher == null) {
            LOG.error(
                    "Searcher {} is not available; the custom field '{}' ({}) stays unsearchable until the next start.",
                    CUSTOMER_FIELD_SEARCHER,
                    field.getName(),
                    field.getId());
            return false;
        }
        try {
            customFields.updateCustomField(
                    field.getIdAsLong(), field.getUntranslatedName(), field.getUntranslatedDescription(), searcher);
        } catch (RuntimeException e) {
            LOG.error(
                    "Could not give the custom field '{}' ({}) its searcher; it stays unsearchable until the next start.",
                    field.getName(),
                    field.getId(),
                    e);
            return false;
        }
        schema.remember(JiraSchema.CUSTOMER_FIELD_SEARCHER_SET_ID, fieldId);
        // Values stored before now are in no index for the new searcher until Jira re-indexes them.
        LOG.warn(
                "Gave the custom field '{}' ({}) its searcher. Re-index Jira so that issues whose customer was set "
                        + "before now are found by JQL on it.",
                field.getName(),
                field.getId());
        return true;
    }

    private boolean ensurePromisedDateField(IssueType commitmentType) {
        return ensureField(
                JiraSchema.PROMISED_DATE_FIELD_ID,
                JiraSchema.PROMISED_DATE_FIELD,
                "The date delivery was promised to the customer.",
                DATE_PICKER_TYPE,
                DATE_RANGE_SEARCHER,
                List.of(commitmentType));
    }

    private boolean ensureField(
            String settingsKey,
            String name,
            String description,
            String typeKey,
            String searcherKey,
            List<IssueType> forTypes) {
        String id = schema.remembered(settingsKey);
        if (id != null && customFields.getCustomFieldObject(parse(id)) != null) {
            return true;
        }
        Collection<CustomField> named = customFields.getCustomFieldObjectsByName(name);
        Optional<CustomField> existing =
                named == null ? Optional.empty() : named.stream().findFirst();
        if (existing.isPresent()) {
            LOG.info(
                    "Reusing the existing custom field '{}' ({}).",
                    name,
                    existing.get().getId());
            schema.remember(settingsKey, existing.get().getIdAsLong().toString());
            return true;
        }
        @SuppressWarnings("rawtypes") // Jira returns the type raw
        CustomFieldType type = customFields.getCustomFieldType(typeKey);
        if (type == null) {
            LOG.error("Custom field type {} is not available; '{}' is not created.", typeKey, name);
            return false;
        }
        CustomFieldSearcher searcher = customFields.getCustomFieldSearcher(searcherKey);
        try {
            LOG.info("Creating custom field '{}'.", name);
            CustomField created =
                    customFields.createCustomField(name, description, type, searcher, globalContext.get(), forTypes);
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
