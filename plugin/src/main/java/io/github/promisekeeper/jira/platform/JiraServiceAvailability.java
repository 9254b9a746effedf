package io.github.promisekeeper.jira.platform;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.LocaleManager;
import com.atlassian.jira.issue.fields.TextFieldCharacterLengthValidator;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.sal.api.timezone.TimeZoneManager;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which of the Jira services the app imports as optional OSGi references are present right now, and
 * which features are switched off for the missing ones. These are the services no Jira 10/11 app was
 * found importing as an OSGi service (see jira-api-stubs/jira11-osgi-services.tsv); making them optional
 * lets the app enable on a Jira that does not offer one, with only the feature that needs it off.
 *
 * <p>Gemini Blueprint reports each binding through the {@code reference-listener} of the reference in
 * plugin-context.xml ({@link #bound}/{@link #unbound}, with the service's properties, whose
 * {@code objectClass} names its interfaces). A service counts as missing until it is reported bound,
 * because Gemini reports nothing for a service that never appears. Callers check {@link #has} before
 * each use instead of calling the reference's proxy, which would wait and then fail when it is missing.
 */
public final class JiraServiceAvailability {

    /** An optional service and the i18n key of the sentence saying what is off without it. */
    public record OptionalService(Class<?> type, String featureKey) {}

    /** Every optional reference of plugin-context.xml; its test checks the two lists agree. */
    public static final List<OptionalService> OPTIONAL = List.of(
            new OptionalService(TimeZoneManager.class, "promise-keeper.unavailable.site-time-zone"),
            new OptionalService(ClusterLockService.class, "promise-keeper.unavailable.cluster-lock"),
            new OptionalService(AvatarManager.class, "promise-keeper.unavailable.setup"),
            new OptionalService(IssueLinkTypeManager.class, "promise-keeper.unavailable.link-types"),
            new OptionalService(IssueLinkManager.class, "promise-keeper.unavailable.links"),
            new OptionalService(
                    TextFieldCharacterLengthValidator.class, "promise-keeper.unavailable.customer-field-length"),
            new OptionalService(MailQueue.class, "promise-keeper.unavailable.mail"),
            new OptionalService(MailServerManager.class, "promise-keeper.unavailable.mail"),
            new OptionalService(LocaleManager.class, "promise-keeper.unavailable.mail-language"));

    // The OSGi service property naming the interfaces a service is registered under (Constants.OBJECTCLASS).
    private static final String OBJECT_CLASS = "objectClass";

    private final Set<String> present = ConcurrentHashMap.newKeySet();

    /** Nothing present until Gemini reports a binding. */
    public JiraServiceAvailability() {}

    /** An availability with the given services present, as a test or the preview sets it up. */
    public static JiraServiceAvailability with(Class<?>... services) {
        JiraServiceAvailability availability = new JiraServiceAvailability();
        Arrays.stream(services).forEach(service -> availability.present.add(service.getName()));
        return availability;
    }

    /** An availability with every optional service present. */
    public static JiraServiceAvailability all() {
        return with(OPTIONAL.stream().map(OptionalService::type).toArray(Class<?>[]::new));
    }

    /** Gemini's bind callback: the service registered under these interfaces is now there. */
    public void bound(Object service, Map<String, ?> properties) {
        present.addAll(interfaces(properties));
    }

    /**
     * Gemini's unbind callback: the service is gone (and no replacement was found); also called with
     * {@code (null, null)} when an optional reference starts without a service (GeminiReferenceListenerTest).
     */
    public void unbound(Object service, Map<String, ?> properties) {
        interfaces(properties).forEach(present::remove);
    }

    /** Whether the service is there now. */
    public boolean has(Class<?> service) {
        return present.contains(service.getName());
    }

    /** The optional services missing now, in {@link #OPTIONAL}'s order. */
    public List<OptionalService> missing() {
        return OPTIONAL.stream().filter(optional -> !has(optional.type())).toList();
    }

    private static Collection<String> interfaces(Map<String, ?> properties) {
        Object names = properties == null ? null : properties.get(OBJECT_CLASS);
        if (names instanceof String[] array) {
            return List.of(array);
        }
        if (names instanceof String single) {
            return List.of(single);
        }
        return List.of();
    }
}
