package io.github.promisekeeper.jira.setup;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.github.promisekeeper.jira.platform.JiraServiceAvailability;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.mockito.invocation.InvocationOnMock;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** Setup against a stateful mock of Jira's managers: what it creates stays created, as in Jira. */
class JiraSetupTest {

    private final AtomicLong ids = new AtomicLong(10_000);
    private final Map<String, Object> stored = new ConcurrentHashMap<>();
    private final List<IssueType> types = new CopyOnWriteArrayList<>();
    private final List<IssueLinkType> links = new CopyOnWriteArrayList<>();
    private final List<CustomField> fields = new CopyOnWriteArrayList<>();
    private final List<List<IssueType>> fieldIssueTypes = new CopyOnWriteArrayList<>();
    private final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
    private final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final ReentrantLock clusterWide = new ReentrantLock();
    private final ClusterLockService locks = mock(ClusterLockService.class);
    private final CustomFieldType<?, ?> customerType = mock(CustomFieldType.class);
    private final List<JiraContextNode> global = List.of(mock(JiraContextNode.class));
    private static final long DEFAULT_ICON = 10_300;
    private final AvatarManager avatarManager = mock(AvatarManager.class);
    private final Map<Long, Avatar> avatars = new ConcurrentHashMap<>();
    private final List<byte[]> avatarImages = new CopyOnWriteArrayList<>();
    private final Map<String, Long> iconOfType = new ConcurrentHashMap<>();
    private JiraSetup.IconImage icon =
            () -> JiraSetup.class.getClassLoader().getResourceAsStream(JiraSetup.ICON_RESOURCE);

    JiraSetupTest() throws Exception {
        PluginSettings settings =
                mock(PluginSettings.class, call -> switch (call.getMethod().getName()) {
                    case "get" -> stored.get(call.<String>getArgument(0));
                    case "put" -> stored.put(call.getArgument(0), call.getArgument(1));
                    default -> null;
                });
        when(issueTypes.getIssueTypes()).thenAnswer(call -> List.copyOf(types));
        when(issueTypes.getIssueType(anyString()))
                .thenAnswer(call -> types.stream()
                        .filter(t -> t.getId().equals(call.getArgument(0)))
                        .findFirst()
                        .orElse(null));
        when(issueTypes.createIssueType(anyString(), anyString(), any())).thenAnswer(call -> {
            IssueType type = constant(Long.toString(ids.incrementAndGet()), call.getArgument(0), call.getArgument(1));
            types.add(type);
            return type;
        });
        when(linkTypes.getIssueLinkTypesByName(anyString()))
                .thenAnswer(call -> links.stream()
                        .filter(l -> l.getName().equals(call.getArgument(0)))
                        .toList());
        when(linkTypes.getIssueLinkType(anyLong()))
                .thenAnswer(call -> links.stream()
                        .filter(l -> l.getId().equals(call.getArgument(0)))
                        .findFirst()
                        .orElse(null));
        Mockito.doAnswer(call -> {
                    links.add(linkType(
                            ids.incrementAndGet(), call.getArgument(0), call.getArgument(1), call.getArgument(2)));
                    return null;
                })
                .when(linkTypes)
                .createIssueLinkType(anyString(), anyString(), anyString(), any());
        when(customFields.getCustomFieldObjectsByName(anyString()))
                .thenAnswer(call -> fields.stream()
                        .filter(f -> f.getName().equals(call.getArgument(0)))
                        .toList());
        when(customFields.getCustomFieldObject(anyLong()))
                .thenAnswer(call -> fields.stream()
                        .filter(f -> f.getIdAsLong().equals(call.getArgument(0)))
                        .findFirst()
                        .orElse(null));
        when(customFields.getCustomFieldType(JiraSetup.CUSTOMER_FIELD_TYPE)).thenAnswer(call -> customerType);
        when(customFields.getCustomFieldType(JiraSetup.DATE_PICKER_TYPE))
                .thenAnswer(call -> mock(CustomFieldType.class));
        when(customFields.getCustomFieldSearcher(anyString())).thenAnswer(call -> mock(CustomFieldSearcher.class));
        when(customFields.createCustomField(anyString(), anyString(), any(), any(), any(), any()))
                .thenAnswer(call -> {
                    CustomField field =
                            field(ids.incrementAndGet(), call.getArgument(0), call.getArgument(2), call.getArgument(3));
                    fields.add(field);
                    fieldIssueTypes.add(new ArrayList<>(call.<List<IssueType>>getArgument(5)));
                    return field;
                });
        Mockito.doAnswer(this::updateField).when(customFields).updateCustomField(anyLong(), anyString(), any(), any());
        when(customerType.getKey()).thenReturn(JiraSetup.CUSTOMER_FIELD_TYPE);
        when(locks.getLockForName(JiraSetup.LOCK_NAME))
                .thenAnswer(call -> mock(ClusterLock.class, delegatesTo(clusterWide)));
        when(avatarManager.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE)).thenReturn(DEFAULT_ICON);
        when(avatarManager.getById(anyLong())).thenAnswer(call -> avatars.get(call.<Long>getArgument(0)));
        when(avatarManager.create(anyString(), anyString(), any(), any(), any(), any()))
                .thenAnswer(call -> {
                    avatarImages.add(call.<InputStream>getArgument(4).readAllBytes());
                    long id = ids.incrementAndGet();
                    Avatar avatar = mock(
                            Avatar.class,
                            answer -> "getId".equals(answer.getMethod().getName()) ? id : null);
                    avatars.put(id, avatar);
                    return avatar;
                });
        Mockito.doAnswer(call -> iconOfType.put(call.<IssueType>getArgument(0).getId(), call.getArgument(3)))
                .when(issueTypes)
                .updateIssueType(any(), anyString(), anyString(), any());
        this.settingsFactory = () -> settings;
    }

    private final PluginSettingsFactory settingsFactory;

    private JiraSetup setup() {
        JiraSchema schema =
                new JiraSchema(settingsFactory, customFields, issueTypes, linkTypes, JiraServiceAvailability.all());
        return new JiraSetup(schema, locks, issueTypes, linkTypes, customFields, avatarManager, () -> global, icon);
    }

    private JiraSchema schema() {
        return new JiraSchema(settingsFactory, customFields, issueTypes, linkTypes, JiraServiceAvailability.all());
    }

    @Test
    void createsTheIssueTypeLinkTypeAndBothFieldsAndRemembersThem() throws Exception {
        assertThat(setup().run()).isTrue();

        assertThat(types).extracting(IssueType::getName).containsExactly("Sales Commitment");
        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.getOutward()).isEqualTo("is delivered by");
            assertThat(link.getInward()).isEqualTo("delivers commitment");
        });
        assertThat(fields).extracting(CustomField::getName).containsExactly("Customer", "Promised Date");
        assertThat(fieldIssueTypes.get(0)).as("Customer: every issue type").containsExactly((IssueType) null);
        assertThat(fieldIssueTypes.get(1))
                .as("Promised Date: Sales Commitments")
                .containsExactly(types.get(0));
        verify(customFields).createCustomField(eq("Customer"), anyString(), eq(customerType), any(), eq(global), any());
        assertThat(schema().commitments()).isPresent();
        assertThat(schema().customerField()).contains(fields.get(0));
    }

    @Test
    void runningAgainCreatesNothing() throws Exception {
        setup().run();
        setup().run();
        setup().run();

        verify(issueTypes, times(1)).createIssueType(anyString(), anyString(), any());
        verify(linkTypes, times(1)).createIssueLinkType(anyString(), anyString(), anyString(), any());
        verify(customFields, times(2)).createCustomField(anyString(), anyString(), any(), any(), any(), any());
        verify(avatarManager, times(1)).create(anyString(), anyString(), any(), any(), any(), any());
        verify(issueTypes, times(1)).updateIssueType(any(), anyString(), anyString(), any());
    }

    @Test
    void theIssueTypeItCreatesGetsTheAppsOwnIconMadeFromTheImageItShips() throws Exception {
        byte[] shipped;
        try (InputStream image = icon.open()) {
            shipped = image.readAllBytes();
        }

        assertThat(setup().run()).isTrue();

        IssueType created = types.get(0);
        verify(issueTypes).createIssueType(eq("Sales Commitment"), anyString(), eq(DEFAULT_ICON));
        verify(avatarManager)
                .create(
                        eq("sales-commitment.png"),
                        eq("image/png"),
                        eq(IconType.ISSUE_TYPE_ICON_TYPE),
                        any(),
                        any(),
                        isNull());
        assertThat(avatarImages).singleElement().isEqualTo(shipped);
        assertThat(shipped).startsWith(0x89, 'P', 'N', 'G');
        Long avatarId = avatars.keySet().iterator().next();
        assertThat(iconOfType).containsExactly(Map.entry(created.getId(), avatarId));
        assertThat(stored).containsEntry(JiraSchema.ISSUE_TYPE_AVATAR_ID, avatarId.toString());
    }

    @Test
    void anIconThatCouldNotBeSetIsSetAtTheNextStartWithTheSameAvatar() throws Exception {
        Mockito.doThrow(new IllegalStateException("database busy"))
                .doAnswer(call -> iconOfType.put(call.<IssueType>getArgument(0).getId(), call.getArgument(3)))
                .when(issueTypes)
                .updateIssueType(any(), anyString(), anyString(), any());

        assertThat(setup().run())
                .as("the icon is not worth failing the rest for")
                .isTrue();
        assertThat(iconOfType).isEmpty();
        assertThat(fields).hasSize(2);

        setup().run();
        setup().run();

        verify(avatarManager, times(1)).create(anyString(), anyString(), any(), any(), any(), any());
        verify(issueTypes, times(2)).updateIssueType(any(), anyString(), anyString(), any());
        assertThat(iconOfType).containsValue(avatars.keySet().iterator().next());
    }

    @Test
    void aRetriedIconKeepsTheNameAndDescriptionAnAdminGaveTheIssueTypeMeanwhile() throws Exception {
        Mockito.doThrow(new IllegalStateException("database busy"))
                .doAnswer(call -> iconOfType.put(call.<IssueType>getArgument(0).getId(), call.getArgument(3)))
                .when(issueTypes)
                .updateIssueType(any(), anyString(), anyString(), any());
        setup().run();
        IssueType edited = constant(types.get(0).getId(), "Customer Promise", "What sales promised.");
        types.set(0, edited);

        setup().run();

        verify(issueTypes)
                .updateIssueType(
                        edited,
                        "Customer Promise",
                        "What sales promised.",
                        avatars.keySet().iterator().next());
    }

    @Test
    void anAvatarGoneFromJiraBeforeItWasSetIsMadeAgain() throws Exception {
        Mockito.doThrow(new IllegalStateException("database busy"))
                .doAnswer(call -> iconOfType.put(call.<IssueType>getArgument(0).getId(), call.getArgument(3)))
                .when(issueTypes)
                .updateIssueType(any(), anyString(), anyString(), any());
        setup().run();
        avatars.clear();

        setup().run();

        verify(avatarManager, times(2)).create(anyString(), anyString(), any(), any(), any(), any());
        assertThat(iconOfType).containsValue(avatars.keySet().iterator().next());
    }

    @Test
    void aMissingOrUnreadableImageLeavesJirasDefaultIconAndIsTriedAgain() throws Exception {
        icon = () -> null;
        assertThat(setup().run()).isTrue();
        icon = () -> new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("truncated jar");
            }
        };
        Mockito.doAnswer(call -> call.<InputStream>getArgument(4).read())
                .when(avatarManager)
                .create(anyString(), anyString(), any(), any(), any(), any());
        assertThat(setup().run()).isTrue();

        assertThat(types).hasSize(1);
        assertThat(iconOfType).isEmpty();
        verify(issueTypes, never()).updateIssueType(any(), anyString(), anyString(), any());
    }

    @Test
    void adminRenamingWhatSetupMadeDoesNotMakeItCreateAnother() throws Exception {
        setup().run();
        IssueType renamed = constant(types.get(0).getId(), "Customer Promise");
        types.set(0, renamed);

        setup().run();

        assertThat(types).hasSize(1);
        assertThat(schema().commitmentIssueType()).contains(renamed);
    }

    @Test
    void reusesWhatAnAdminAlreadyHasUnderTheSameNames() throws Exception {
        types.add(constant("777", "sales commitment"));
        links.add(linkType(888, "Sales Commitment", "is delivered by", "delivers commitment"));
        fields.add(field(999, "Customer"));

        assertThat(setup().run()).isTrue();

        verify(issueTypes, never()).createIssueType(anyString(), anyString(), any());
        verify(linkTypes, never()).createIssueLinkType(anyString(), anyString(), anyString(), any());
        verify(customFields, never()).createCustomField(eq("Customer"), anyString(), any(), any(), any(), any());
        verifyNoInteractions(avatarManager);
        verify(issueTypes, never()).updateIssueType(any(), anyString(), anyString(), any());
        assertThat(stored)
                .containsEntry(JiraSchema.ISSUE_TYPE_ID, "777")
                .containsEntry(JiraSchema.LINK_TYPE_ID, "888")
                .containsEntry(JiraSchema.CUSTOMER_FIELD_ID, "999");
    }

    @Test
    void twoNodesStartingTogetherCreateEverythingOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                JiraSetup setup = setup();
                runs.add(nodes.submit(() -> {
                    start.await();
                    return setup.run();
                }));
            }
            start.countDown();
            for (Future<Boolean> run : runs) {
                assertThat(run.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            nodes.shutdownNow();
        }

        assertThat(types).hasSize(1);
        assertThat(links).hasSize(1);
        assertThat(fields).hasSize(2);
        assertThat(avatars).hasSize(1);
    }

    @Test
    void doesNothingWhileAnotherNodeHoldsTheLock() throws Exception {
        ClusterLock busy = mock(ClusterLock.class);
        when(busy.tryLock(anyLong(), any())).thenReturn(false);
        when(locks.getLockForName(JiraSetup.LOCK_NAME)).thenReturn(busy);

        assertThat(setup().run()).isFalse();

        verifyNoInteractions(issueTypes, linkTypes, customFields, avatarManager);
        verify(busy, never()).unlock();
    }

    @Test
    void missingCustomerFieldTypeIsReportedNotThrownAndTheRestIsStillSetUp() throws Exception {
        when(customFields.getCustomFieldType(JiraSetup.CUSTOMER_FIELD_TYPE)).thenReturn(null);

        assertThat(setup().run()).isFalse();

        assertThat(types).hasSize(1);
        assertThat(fields).extracting(CustomField::getName).containsExactly("Promised Date");
        assertThat(clusterWide.isLocked()).isFalse();
    }

    @Test
    void aCustomerFieldCreatedWithoutItsSearcherGetsItAtTheNextStart() throws Exception {
        CustomFieldSearcher customerSearcher = mock(CustomFieldSearcher.class);
        when(customFields.getCustomFieldSearcher(JiraSetup.CUSTOMER_FIELD_SEARCHER))
                .thenReturn(null, null, customerSearcher);

        assertThat(setup().run())
                .as("the field is there but JQL cannot search it yet")
                .isFalse();
        CustomField created = schema().customerField().orElseThrow();
        assertThat(created.getCustomFieldSearcher()).isNull();

        assertThat(setup().run()).isTrue();

        verify(customFields).updateCustomField(created.getIdAsLong(), "Customer", "about Customer", customerSearcher);
        assertThat(schema().customerField())
                .get()
                .extracting(CustomField::getCustomFieldSearcher)
                .isSameAs(customerSearcher);
        assertThat(fields).hasSize(2);
    }

    @Test
    void aCustomerFieldFromAnEarlierVersionWithoutASearcherGetsIt() throws Exception {
        fields.add(field(999, "Customer", customerType, null));
        stored.put(JiraSchema.CUSTOMER_FIELD_ID, "999");
        CustomFieldSearcher customerSearcher = mock(CustomFieldSearcher.class);
        when(customFields.getCustomFieldSearcher(JiraSetup.CUSTOMER_FIELD_SEARCHER))
                .thenReturn(customerSearcher);

        assertThat(setup().run()).isTrue();
        setup().run();

        verify(customFields, times(1)).updateCustomField(999L, "Customer", "about Customer", customerSearcher);
        verify(customFields, never()).createCustomField(eq("Customer"), anyString(), any(), any(), any(), any());
    }

    @Test
    void aCustomerFieldThatHasASearcherIsLeftAlone() throws Exception {
        setup().run();
        setup().run();

        assertThat(schema().customerField())
                .get()
                .extracting(CustomField::getCustomFieldSearcher)
                .isNotNull();
        verify(customFields, never()).updateCustomField(anyLong(), anyString(), any(), any());
    }

    @Test
    void aSearcherAnAdminRemovesAfterwardsStaysRemoved() throws Exception {
        setup().run();
        CustomField withSearcher = schema().customerField().orElseThrow();
        fields.set(fields.indexOf(withSearcher), field(withSearcher.getIdAsLong(), "Customer", customerType, null));

        assertThat(setup().run()).isTrue();

        verify(customFields, never()).updateCustomField(anyLong(), anyString(), any(), any());
    }

    @Test
    void anAdminsOwnCustomerFieldOfAnotherTypeGetsNoSearcherOfOurs() throws Exception {
        CustomFieldType<?, ?> adminsType = mock(CustomFieldType.class);
        when(adminsType.getKey()).thenReturn("com.atlassian.jira.plugin.system.customfieldtypes:select");
        fields.add(field(999, "Customer", adminsType, null));

        assertThat(setup().run()).isTrue();

        verify(customFields, never()).updateCustomField(anyLong(), anyString(), any(), any());
    }

    @Test
    void aSearcherThatCannotBeSetIsReportedNotThrownAndTriedAgain() throws Exception {
        fields.add(field(999, "Customer", customerType, null));
        stored.put(JiraSchema.CUSTOMER_FIELD_ID, "999");
        Mockito.doThrow(new IllegalStateException("database busy"))
                .doAnswer(this::updateField)
                .when(customFields)
                .updateCustomField(anyLong(), anyString(), any(), any());

        assertThat(setup().run()).isFalse();
        assertThat(clusterWide.isLocked()).isFalse();
        assertThat(types).hasSize(1);
        assertThat(fields).extracting(CustomField::getName).containsExactly("Customer", "Promised Date");

        assertThat(setup().run()).isTrue();
        verify(customFields, times(2)).updateCustomField(eq(999L), eq("Customer"), eq("about Customer"), any());
    }

    @Test
    void stoppingTheAppTouchesNothingInJira() {
        JiraSetup setup = mock(JiraSetup.class);
        new JiraSetupLifecycle(setup, JiraServiceAvailability.all()).onStop();

        verifyNoInteractions(setup);
    }

    @Test
    void startingTheAppRunsSetup() {
        JiraSetup setup = mock(JiraSetup.class);
        new JiraSetupLifecycle(setup, JiraServiceAvailability.all()).onStart();

        verify(setup).run();
    }

    /** What Jira's updateCustomField(id, name, description, searcher) does to the fake's fields. */
    private Object updateField(InvocationOnMock call) {
        CustomField before = fields.stream()
                .filter(f -> f.getIdAsLong().equals(call.getArgument(0)))
                .findFirst()
                .orElseThrow();
        fields.set(
                fields.indexOf(before),
                field(before.getIdAsLong(), call.getArgument(1), before.getCustomFieldType(), call.getArgument(3)));
        return null;
    }

    @Test
    void startingTheAppSkipsSetupWhileJiraOffersNoServiceItNeeds() {
        for (Class<?> missing : JiraSetupLifecycle.NEEDS) {
            JiraSetup setup = mock(JiraSetup.class);
            Class<?>[] others = JiraServiceAvailability.OPTIONAL.stream()
                    .map(JiraServiceAvailability.OptionalService::type)
                    .filter(type -> type != missing)
                    .toArray(Class<?>[]::new);

            new JiraSetupLifecycle(setup, JiraServiceAvailability.with(others)).onStart();

            verifyNoInteractions(setup);
        }
    }

    @Test
    void withoutIssueLinkTypeManagerThereIsNoDeliveryLinkTypeAndNoCommitmentSchema() {
        assertThat(setup().run()).isTrue();
        JiraSchema withoutLinkTypes = new JiraSchema(
                settingsFactory,
                customFields,
                issueTypes,
                linkTypes,
                JiraServiceAvailability.with(IssueLinkManager.class));
        clearInvocations(linkTypes);

        assertThat(schema().deliveryLinkType()).isPresent();
        assertThat(withoutLinkTypes.deliveryLinkType()).isEmpty();
        assertThat(withoutLinkTypes.commitments()).isEmpty();
        verify(linkTypes, times(1)).getIssueLinkType(anyLong());
    }

    @Test
    void withoutIssueLinkManagerThereIsNoCommitmentSchema() {
        assertThat(setup().run()).isTrue();

        assertThat(schema().commitments()).isPresent();
        assertThat(new JiraSchema(
                                settingsFactory,
                                customFields,
                                issueTypes,
                                linkTypes,
                                JiraServiceAvailability.with(IssueLinkTypeManager.class))
                        .commitments())
                .isEmpty();
    }

    private static IssueType constant(String id, String name) {
        return constant(id, name, null);
    }

    private static IssueType constant(String id, String name, String description) {
        return mock(IssueType.class, call -> switch (call.getMethod().getName()) {
            case "getId" -> id;
            case "getName" -> name;
            case "getDescription" -> description;
            default -> null;
        });
    }

    private static IssueLinkType linkType(long id, String name, String outward, String inward) {
        return mock(IssueLinkType.class, call -> switch (call.getMethod().getName()) {
            case "getId" -> id;
            case "getName" -> name;
            case "getOutward" -> outward;
            case "getInward" -> inward;
            default -> null;
        });
    }

    private static CustomField field(long id, String name) {
        return field(id, name, null, null);
    }

    private static CustomField field(long id, String name, CustomFieldType<?, ?> type, CustomFieldSearcher searcher) {
        return mock(CustomField.class, call -> switch (call.getMethod().getName()) {
            case "getId" -> "customfield_" + id;
            case "getIdAsLong" -> id;
            case "getName", "getUntranslatedName" -> name;
            case "getUntranslatedDescription" -> "about " + name;
            case "getCustomFieldType" -> type;
            case "getCustomFieldSearcher" -> searcher;
            default -> null;
        });
    }
}
