package io.github.promisekeeper.jira.mail;

import com.atlassian.jira.config.LocaleManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.watchers.WatcherManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.github.promisekeeper.core.customer.InMemoryCustomers;
import io.github.promisekeeper.core.mail.MailOut;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Viewer;
import io.github.promisekeeper.jira.platform.JiraServiceAvailability;
import io.github.promisekeeper.jira.settings.InMemoryPluginSettings;
import io.github.promisekeeper.jira.testing.PropertiesI18nResolver;
import io.github.promisekeeper.jira.testing.VelocityTemplates;

import java.io.Writer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A small Jira for mail tests: users (active or not, with or without an address, with or without the money
 * right), issues with their assignee, reporter and watchers, who may browse which issue, groups and their members,
 * and the mail classes wired over them with the real templates, texts and settings store.
 */
final class MailWorld {

    static final String BASE_URL = "https://jira.example.com";

    final UserManager users = mock(UserManager.class);
    final GroupManager groups = mock(GroupManager.class);
    final WatcherManager watchers = mock(WatcherManager.class);
    final PermissionManager permissionManager = mock(PermissionManager.class);
    final LocaleManager locales = mock(LocaleManager.class);
    final TimeZoneManager timeZones = mock(TimeZoneManager.class);
    final Permissions permissions = mock(Permissions.class);
    final CommitmentIssues issues = mock(CommitmentIssues.class);
    final InMemoryCustomers customers = new InMemoryCustomers();
    final InMemoryMailPreferences preferences = new InMemoryMailPreferences();
    final MailSettingsStore settings = new MailSettingsStore(new InMemoryPluginSettings().factory());
    final Map<IssueKey, Issue> issuesByKey = new HashMap<>();
    final Set<String> moneyRight = new HashSet<>();
    final Set<String> readers = new HashSet<>();
    final MailTexts texts;
    final MailRenderer renderer;
    final MailDirectory directory;

    MailWorld() {
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn(BASE_URL);
        texts = new MailTexts(new PropertiesI18nResolver(), application);
        TemplateRenderer templates = mock(TemplateRenderer.class);
        VelocityTemplates velocity = new VelocityTemplates();
        try {
            doAnswer(call -> {
                        call.<Writer>getArgument(2)
                                .write(velocity.render(call.getArgument(0), call.<Map<String, Object>>getArgument(1)));
                        return null;
                    })
                    .when(templates)
                    .render(anyString(), anyMap(), any(Writer.class));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        renderer = new MailRenderer(templates);
        when(locales.getLocaleFor(any())).thenReturn(Locale.ENGLISH);
        when(timeZones.getUserTimeZone(any(UserKey.class))).thenReturn(TimeZone.getTimeZone("UTC"));
        when(permissions.rightsOf(any())).thenAnswer(call -> {
            UserKey key = call.getArgument(0);
            boolean reads = readers.contains(key.getStringValue());
            return new Viewer(key, reads, reads, reads && moneyRight.contains(key.getStringValue()), false);
        });
        when(issues.find(any())).thenAnswer(call -> {
            Set<IssueKey> keys = call.getArgument(0);
            Map<IssueKey, Issue> found = new HashMap<>();
            keys.forEach(key -> {
                if (issuesByKey.containsKey(key)) {
                    found.put(key, issuesByKey.get(key));
                }
            });
            return found;
        });
        directory = new MailDirectory(
                users,
                groups,
                watchers,
                permissionManager,
                locales,
                timeZones,
                JiraServiceAvailability.all(),
                permissions,
                preferences,
                settings);
    }

    /** An active user who may read the app, with an address at example.com. */
    ApplicationUser user(String key) {
        return user(key, key + "@example.com", true);
    }

    ApplicationUser user(String key, String address, boolean active) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getDisplayName()).thenReturn(Character.toUpperCase(key.charAt(0)) + key.substring(1));
        when(user.getEmailAddress()).thenReturn(address);
        when(user.isActive()).thenReturn(active);
        when(users.getUserByKey(key)).thenReturn(user);
        readers.add(key);
        return user;
    }

    /** An issue with its assignee, reporter and watchers; nobody may browse it until {@link #mayBrowse} says so. */
    Issue issue(String key, ApplicationUser assignee, ApplicationUser reporter, ApplicationUser... watching) {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn(key);
        when(issue.getAssignee()).thenReturn(assignee);
        when(issue.getReporter()).thenReturn(reporter);
        when(watchers.getWatchersUnsorted(issue)).thenReturn(List.of(watching));
        issuesByKey.put(IssueKey.of(key), issue);
        return issue;
    }

    void mayBrowse(Issue issue, ApplicationUser... viewers) {
        for (ApplicationUser viewer : viewers) {
            when(permissionManager.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(issue), eq(viewer)))
                    .thenReturn(true);
        }
    }

    void group(String name, ApplicationUser... members) {
        when(groups.getUsersInGroup(name)).thenReturn(List.of(members));
    }

    AlertMailer mailer(MailOut out) {
        return new AlertMailer(out, directory, issues, customers, settings, texts, renderer);
    }
}
