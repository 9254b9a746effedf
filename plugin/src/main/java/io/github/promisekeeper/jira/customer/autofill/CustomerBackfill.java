package io.github.promisekeeper.jira.customer.autofill;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.github.promisekeeper.jira.search.JqlSearch;
import io.github.promisekeeper.jira.search.JqlText;
import io.github.promisekeeper.jira.setup.JiraSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Fills the Customer field of existing issues from their reporters' email domains, in batches, with its
 * progress in the cluster-wide plugin settings so that any node can show it and a run cut short resumes
 * where it stopped. Searches as the administrator who started it. Issues it cannot match stay behind in
 * the result order, so the next batch starts after them ({@code skipped} is the cursor); issues it fills
 * drop out of the query.
 */
public class CustomerBackfill {

    /** Issues read per search. */
    public static final int BATCH_SIZE = 200;

    static final String PREFIX = "io.github.promisekeeper.backfill.";
    static final String STATUS = PREFIX + "status";
    static final String USER = PREFIX + "user";
    static final String SCANNED = PREFIX + "scanned";
    static final String CHANGED = PREFIX + "changed";
    static final String SKIPPED = PREFIX + "skipped";

    private static final Logger LOG = LoggerFactory.getLogger(CustomerBackfill.class);

    /** Where a backfill stands. */
    public enum Status {
        IDLE,
        SCHEDULED,
        RUNNING,
        DONE,
        FAILED
    }

    /** A backfill's progress: issues looked at and issues whose customer it filled in. */
    public record Progress(Status status, long scanned, long changed) {}

    private final JqlSearch search;
    private final JiraSchema schema;
    private final CustomerAutoFill autoFill;
    private final PluginSettingsFactory settingsFactory;
    private final UserManager users;

    public CustomerBackfill(
            JqlSearch search,
            JiraSchema schema,
            CustomerAutoFill autoFill,
            PluginSettingsFactory settingsFactory,
            UserManager users) {
        this.search = Objects.requireNonNull(search, "search");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.autoFill = Objects.requireNonNull(autoFill, "autoFill");
        this.settingsFactory = Objects.requireNonNull(settingsFactory, "settingsFactory");
        this.users = Objects.requireNonNull(users, "users");
    }

    public Progress progress() {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        return new Progress(status(settings), number(settings, SCANNED), number(settings, CHANGED));
    }

    /**
     * Prepares a run for {@code userKey}; a run that was cut short keeps its counters and resumes.
     *
     * @return false when a run is already scheduled or running
     */
    public boolean prepare(String userKey) {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        Status status = status(settings);
        if (status == Status.SCHEDULED) {
            return false;
        }
        if (status != Status.RUNNING) {
            settings.put(SCANNED, "0");
            settings.put(CHANGED, "0");
            settings.put(SKIPPED, "0");
        }
        settings.put(USER, userKey);
        settings.put(STATUS, Status.SCHEDULED.name());
        return true;
    }

    /** Runs batches until no issue is left to look at; progress is saved after every batch. */
    public Progress runAll() {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        Optional<CustomField> field = schema.customerField();
        ApplicationUser user = settings.get(USER) instanceof String key ? users.getUserByKey(key) : null;
        if (field.isEmpty() || user == null) {
            settings.put(STATUS, Status.FAILED.name());
            LOG.warn(
                    "Customer backfill not run: {}.",
                    field.isEmpty() ? "no Customer field yet" : "the user who started it is gone");
            return progress();
        }
        settings.put(STATUS, Status.RUNNING.name());
        String jql = JqlText.customField(field.get().getIdAsLong())
                + " is EMPTY AND reporter is not EMPTY ORDER BY created ASC, key ASC";
        try {
            List<Issue> batch;
            do {
                long skipped = number(settings, SKIPPED);
                batch = search.searchAs(user, jql, Math.toIntExact(skipped), BATCH_SIZE);
                long changed = 0;
                for (Issue issue : batch) {
                    if (autoFill.fill(issue)) {
                        changed++;
                    }
                }
                settings.put(SCANNED, Long.toString(number(settings, SCANNED) + batch.size()));
                settings.put(CHANGED, Long.toString(number(settings, CHANGED) + changed));
                settings.put(SKIPPED, Long.toString(skipped + batch.size() - changed));
            } while (batch.size() == BATCH_SIZE);
            settings.put(STATUS, Status.DONE.name());
        } catch (RuntimeException e) {
            settings.put(STATUS, Status.FAILED.name());
            LOG.error("Customer backfill stopped; starting it again resumes.", e);
        }
        return progress();
    }

    private static Status status(PluginSettings settings) {
        Object value = settings.get(STATUS);
        try {
            return value instanceof String text ? Status.valueOf(text) : Status.IDLE;
        } catch (IllegalArgumentException e) {
            return Status.IDLE;
        }
    }

    private static long number(PluginSettings settings, String key) {
        try {
            return settings.get(key) instanceof String text ? Long.parseLong(text) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
