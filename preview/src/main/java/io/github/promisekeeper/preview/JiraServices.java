package io.github.promisekeeper.preview;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;

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
 * provides them: Active Objects on a real database, SAL's i18n and time zone, one signed-in administrator,
 * locks inside this JVM. Any other service (issue search, custom fields, ...) is a stand-in that fails with
 * a clear message when called, so that the parts of the app that need Jira itself are visibly out of the
 * preview while the rest runs.
 */
final class JiraServices {

    /** The one user of the preview: signed in, licensed, administrator and system administrator. */
    static final UserKey PREVIEW_USER = new UserKey("preview-admin");

    private final Map<Class<?>, Object> services;

    JiraServices(ActiveObjects activeObjects, I18nResolver i18n, ZoneId siteZone) {
        this.services = Map.of(
                ActiveObjects.class, activeObjects,
                I18nResolver.class, i18n,
                TimeZoneManager.class, new SiteTimeZone(siteZone),
                UserManager.class, previewUserManager(),
                ClusterLockService.class, new JvmLocks());
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
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> switch (method.getName()) {
            case "toString" -> "unavailable " + type.getSimpleName();
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> throw new UnsupportedOperationException(type.getName() + "." + method.getName()
                    + " needs Jira; the preview does not provide it yet.");
        });
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
    }

    /**
     * SAL's user manager for one signed-in administrator. A proxy rather than a class, so that methods Jira's
     * interface gains later answer as the preview's single user would (any is* question: yes).
     */
    private static UserManager previewUserManager() {
        UserProfile profile = (UserProfile) Proxy.newProxyInstance(UserProfile.class.getClassLoader(),
                new Class<?>[] {UserProfile.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getUserKey" -> PREVIEW_USER;
                    case "getUsername" -> "admin";
                    case "getFullName" -> "Preview Administrator";
                    case "getEmail" -> "admin@preview.example";
                    case "toString" -> "admin";
                    case "hashCode" -> 1;
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException("UserProfile." + method.getName());
                });
        return (UserManager) Proxy.newProxyInstance(UserManager.class.getClassLoader(),
                new Class<?>[] {UserManager.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("getRemoteUserKey")) {
                        return PREVIEW_USER;
                    }
                    if (name.equals("getRemoteUser") || name.equals("getUserProfile")) {
                        return profile;
                    }
                    if (name.startsWith("is") && method.getReturnType() == boolean.class) {
                        return args != null && args.length > 0 && PREVIEW_USER.equals(args[0]);
                    }
                    return switch (name) {
                        case "toString" -> "preview user manager";
                        case "hashCode" -> 2;
                        case "equals" -> proxy == args[0];
                        default -> throw new UnsupportedOperationException("UserManager." + name + " is not in the preview yet.");
                    };
                });
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
