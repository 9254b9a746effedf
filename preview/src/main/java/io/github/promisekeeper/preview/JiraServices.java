package io.github.promisekeeper.preview;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.lang.reflect.Proxy;
import java.time.ZoneId;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The services Jira gives the plugin (the OSGi references of its plugin-context.xml), as the preview
 * provides them: Active Objects on a real database, SAL's i18n, time zone and plugin settings (in memory), the
 * template renderer (real Velocity, as {@link VelocityViews} renders),
 * demo user the "Viewing as" switch chose, locks inside this JVM, no WebSudo (no passwords). Any other service (issue search, custom fields, ...) is a stand-in that fails with
 * a clear message when called, so that the parts of the app that need Jira itself are visibly out of the
 * preview while the rest runs.
 */
final class JiraServices {

    /** The id of the demo's Customer custom field, which the preview's plugin settings record as set up. */
    static final Long CUSTOMER_FIELD_ID = 10_100L;
    /** Where the plugin's Jira setup records the Customer field's id (JiraSchema's key). */
    static final String CUSTOMER_FIELD_SETTING = "io.github.promisekeeper.setup.customerFieldId";

    private final Map<Class<?>, Object> services;

    JiraServices(
            ActiveObjects activeObjects,
            I18nResolver i18n,
            ZoneId siteZone,
            ViewingAs viewingAs,
            TemplateRenderer templateRenderer) {
        this.services = Map.of(
                TemplateRenderer.class, templateRenderer,
                ActiveObjects.class, activeObjects,
                I18nResolver.class, i18n,
                TimeZoneManager.class, new SiteTimeZone(siteZone),
                UserManager.class, new DemoUserManager(viewingAs),
                PluginSettingsFactory.class, new MemoryPluginSettings(),
                CustomFieldManager.class, demoCustomFields(),
                ClusterLockService.class, new JvmLocks(),
                WebSudoManager.class, new NoWebSudo());
    }

    /** The preview's implementation of a service interface, or a stand-in that refuses every call. */
    Object serviceFor(Class<?> type) {
        Object service = services.get(type);
        if (service != null) {
            return service;
        }
        if (!type.isInterface()) {
            throw new IllegalStateException("The preview cannot stand in for the Jira service class " + type.getName());
        }
        return Proxy.newProxyInstance(
                type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> switch (method.getName()) {
                    case "toString" -> "unavailable " + type.getSimpleName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default ->
                        throw new UnsupportedOperationException(type.getName() + "." + method.getName()
                                + " needs Jira; the preview does not provide it yet.");
                });
    }

    /**
     * The preview has no passwords, so no secure administrator session to ask for: every request of a demo user
     * counts as inside one. The admin page's refusals for users without the edit right are unchanged.
     */
    private static final class NoWebSudo implements WebSudoManager {
        @Override
        public void willExecuteWebSudoRequest(HttpServletRequest request) {}

        @Override
        public void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response) {
            throw new IllegalStateException("The preview never asks for a WebSudo session");
        }
    }

    private record SiteTimeZone(ZoneId zone) implements TimeZoneManager {
        @Override
        public TimeZone getUserTimeZone() {
            return TimeZone.getTimeZone(zone);
        }

        @Override
        public TimeZone getDefaultTimeZone() {
            return TimeZone.getTimeZone(zone);
        }

        @Override
        public TimeZone getUserTimeZone(UserKey user) {
            return TimeZone.getTimeZone(zone);
        }
    }

    /**
     * SAL's user manager for the demo users: the one signed in is the one the "Viewing as" switch chose for this
     * request; every demo user is licensed, only the administrator is a (system) administrator, and group
     * membership is the demo user's.
     */
    private record DemoUserManager(ViewingAs viewingAs) implements UserManager {
        @Override
        public UserKey getRemoteUserKey() {
            return viewingAs.current().key();
        }

        @Override
        public UserProfile getRemoteUser() {
            return profile(viewingAs.current());
        }

        @Override
        public boolean isSystemAdmin(UserKey userKey) {
            return DemoUser.withKey(userKey).filter(DemoUser::isAdministrator).isPresent();
        }

        @Override
        public boolean isAdmin(UserKey userKey) {
            return isSystemAdmin(userKey);
        }

        @Override
        public boolean isUserInGroup(UserKey userKey, String group) {
            return DemoUser.withKey(userKey).filter(user -> user.isIn(group)).isPresent();
        }

        @Override
        public boolean isLicensed(UserKey userKey) {
            return DemoUser.withKey(userKey).isPresent();
        }

        private static UserProfile profile(DemoUser user) {
            return (UserProfile) Proxy.newProxyInstance(
                    UserProfile.class.getClassLoader(),
                    new Class<?>[] {UserProfile.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getUserKey" -> user.key();
                        case "getUsername", "toString" -> user.username();
                        case "getFullName" -> user.fullName();
                        case "getEmail" -> user.username() + "@preview.example";
                        case "hashCode" -> user.hashCode();
                        case "equals" -> proxy == args[0];
                        default -> throw new UnsupportedOperationException("UserProfile." + method.getName());
                    });
        }
    }

    /**
     * Jira's custom fields as far as the demo has them: the Customer field, which the issue pages' issues answer
     * for. Every other call needs Jira.
     */
    private static CustomFieldManager demoCustomFields() {
        CustomField customer = (CustomField) Proxy.newProxyInstance(
                CustomField.class.getClassLoader(),
                new Class<?>[] {CustomField.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getId" -> "customfield_" + CUSTOMER_FIELD_ID;
                    case "getIdAsLong" -> CUSTOMER_FIELD_ID;
                    case "getName", "toString" -> "Customer";
                    case "hashCode" -> CUSTOMER_FIELD_ID.hashCode();
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException("CustomField." + method.getName());
                });
        return (CustomFieldManager) Proxy.newProxyInstance(
                CustomFieldManager.class.getClassLoader(),
                new Class<?>[] {CustomFieldManager.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getCustomFieldObject" -> CUSTOMER_FIELD_ID.equals(args[0]) ? customer : null;
                    case "toString" -> "demo custom fields";
                    case "hashCode" -> 3;
                    case "equals" -> proxy == args[0];
                    default ->
                        throw new UnsupportedOperationException("CustomFieldManager." + method.getName()
                                + " needs Jira; the preview does not provide it yet.");
                });
    }

    /** SAL's global plugin settings, kept in memory for as long as the preview runs. */
    private static final class MemoryPluginSettings implements PluginSettingsFactory {
        private final Map<String, Object> values = new ConcurrentHashMap<>();
        private final PluginSettings settings = new PluginSettings() {
            @Override
            public Object get(String key) {
                return values.get(key);
            }

            @Override
            public Object put(String key, Object value) {
                return value == null ? values.remove(key) : values.put(key, value);
            }
        };

        @Override
        public PluginSettings createGlobalSettings() {
            return settings;
        }
    }

    /** A single node's cluster: one reentrant lock per name. */
    private static final class JvmLocks implements ClusterLockService {
        private final Map<String, ClusterLock> locks = new ConcurrentHashMap<>();

        @Override
        public ClusterLock getLockForName(String lockName) {
            return locks.computeIfAbsent(lockName, name -> new JvmLock());
        }
    }

    private static final class JvmLock implements ClusterLock {
        private final ReentrantLock lock = new ReentrantLock();

        @Override
        public void lock() {
            lock.lock();
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            lock.lockInterruptibly();
        }

        @Override
        public boolean tryLock() {
            return lock.tryLock();
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            return lock.tryLock(time, unit);
        }

        @Override
        public void unlock() {
            lock.unlock();
        }

        @Override
        public Condition newCondition() {
            return lock.newCondition();
        }
    }
}
