package io.github.promisekeeper.jira.mail;

import com.atlassian.jira.config.LocaleManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.watchers.WatcherManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import io.github.promisekeeper.core.mail.MailPreferences;
import io.github.promisekeeper.core.mail.MailPreferencesStore;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Viewer;
import io.github.promisekeeper.jira.platform.JiraServiceAvailability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;

/**
 * The people side of the app's mail, read from Jira: who an issue's watchers and a group's members are, who a
 * customer's owner is, and for each person whether they can be mailed at all (active, with an address, allowed to
 * read the app, not having turned the mail off) and how (language, time zone, money right, body format). The one
 * class that calls Jira's user, group, watcher, locale and time-zone APIs for mail.
 */
public class MailDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(MailDirectory.class);

    /** Which of the two mails a recipient is wanted for: each can be turned off on its own. */
    public enum Kind {
        IMMEDIATE,
        DIGEST
    }

    private final UserManager users;
    private final GroupManager groups;
    private final WatcherManager watchers;
    private final PermissionManager permissionManager;
    private final LocaleManager locales;
    private final TimeZoneManager timeZones;
    private final JiraServiceAvailability availability;
    private final Permissions permissions;
    private final MailPreferencesStore preferences;
    private final MailSettingsStore settings;

    public MailDirectory(
            UserManager users,
            GroupManager groups,
            WatcherManager watchers,
            PermissionManager permissionManager,
            LocaleManager locales,
            TimeZoneManager timeZones,
            JiraServiceAvailability availability,
            Permissions permissions,
            MailPreferencesStore preferences,
            MailSettingsStore settings) {
        this.users = Objects.requireNonNull(users, "users");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.watchers = Objects.requireNonNull(watchers, "watchers");
        this.permissionManager = Objects.requireNonNull(permissionManager, "permission manager");
        this.locales = Objects.requireNonNull(locales, "locales");
        this.timeZones = Objects.requireNonNull(timeZones, "time zones");
        this.availability = Objects.requireNonNull(availability, "availability");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The assignee, reporter and watchers of {@code issue}, in that order, leaving out those that are not set. */
    public List<ApplicationUser> peopleOf(Issue issue) {
        List<ApplicationUser> people = new ArrayList<>();
        addIfSet(people, issue.getAssignee());
        addIfSet(people, issue.getReporter());
        Collection<ApplicationUser> watching = watchers.getWatchersUnsorted(issue);
        if (watching != null) {
            watching.forEach(watcher -> addIfSet(people, watcher));
        }
        return people;
    }

    /** The customer's owner, as stored on the customer: a user key, or else a user name; empty when unknown. */
    public Optional<ApplicationUser> owner(String owner) {
        if (owner == null || owner.isBlank()) {
            return Optional.empty();
        }
        ApplicationUser byKey = users.getUserByKey(owner.strip());
        return Optional.ofNullable(byKey != null ? byKey : users.getUserByName(owner.strip()));
    }

    /** The members of the groups, each once; an unknown group adds nobody and is logged. */
    public List<ApplicationUser> membersOf(Set<String> groupNames) {
        Map<String, ApplicationUser> members = new LinkedHashMap<>();
        for (String group : groupNames) {
            Collection<ApplicationUser> inGroup = groups.getUsersInGroup(group);
            if (inGroup == null || inGroup.isEmpty()) {
                LOG.info("The mail group '{}' has no members (or does not exist).", group);
                continue;
            }
            inGroup.forEach(user -> {
                if (user != null) {
                    members.putIfAbsent(user.getKey(), user);
                }
            });
        }
        return List.copyOf(members.values());
    }

    /** Whether {@code user} may browse {@code issue} (project permission and issue security). */
    public boolean mayBrowse(Issue issue, ApplicationUser user) {
        return permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user);
    }

    /**
     * Those of {@code people} who get mail of {@code kind}, each once, in the order given: active, with an address,
     * allowed to read the app, and wanting that mail (their own choice, else the site's default).
     */
    public List<MailRecipient> recipients(Collection<ApplicationUser> people, Kind kind) {
        Map<String, ApplicationUser> distinct = new LinkedHashMap<>();
        for (ApplicationUser person : people) {
            if (person != null && person.isActive()) {
                distinct.putIfAbsent(person.getKey(), person);
            }
        }
        MailPreferences defaults = settings.current().defaultPreferences();
        Map<String, MailPreferences> chosen = new LinkedHashMap<>();
        List<String> keys = List.copyOf(distinct.keySet());
        for (int from = 0; from < keys.size(); from += MailPreferencesStore.MAX_KEYS) {
            chosen.putAll(preferences.findByUsers(
                    Set.copyOf(keys.subList(from, Math.min(keys.size(), from + MailPreferencesStore.MAX_KEYS)))));
        }
        List<MailRecipient> recipients = new ArrayList<>();
        for (ApplicationUser person : distinct.values()) {
            String address = person.getEmailAddress();
            MailPreferences wants = chosen.getOrDefault(person.getKey(), defaults);
            boolean wanted = kind == Kind.IMMEDIATE ? wants.immediate() : wants.digest();
            if (address == null || address.isBlank() || !wanted) {
                continue;
            }
            Viewer rights = permissions.rightsOf(new UserKey(person.getKey()));
            if (!rights.mayRead()) {
                continue;
            }
            recipients.add(new MailRecipient(
                    person, address.strip(), localeOf(person), zoneOf(person), rights.maySeeMoney(), wants));
        }
        return recipients;
    }

    private Locale localeOf(ApplicationUser user) {
        if (!availability.has(LocaleManager.class)) {
            return Locale.getDefault();
        }
        Locale locale = locales.getLocaleFor(user);
        return locale == null ? Locale.getDefault() : locale;
    }

    private ZoneId zoneOf(ApplicationUser user) {
        if (!availability.has(TimeZoneManager.class)) {
            return ZoneId.systemDefault();
        }
        TimeZone zone = timeZones.getUserTimeZone(new UserKey(user.getKey()));
        if (zone == null) {
            zone = timeZones.getDefaultTimeZone();
        }
        return zone == null ? ZoneId.systemDefault() : zone.toZoneId();
    }

    private static void addIfSet(List<ApplicationUser> people, ApplicationUser user) {
        if (user != null) {
            people.add(user);
        }
    }
}
