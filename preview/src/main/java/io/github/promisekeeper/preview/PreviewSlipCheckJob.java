package io.github.promisekeeper.preview;

import com.atlassian.scheduler.SchedulerService;
import io.github.promisekeeper.jira.alert.AlertSettingsStore;
import io.github.promisekeeper.jira.alert.SlipCheckJob;
import io.github.promisekeeper.jira.alert.SlipChecks;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The slip check's daily job in the preview, which has no Jira scheduler (its job ids and schedules are stand-ins
 * that need Jira): the preview runs the check at start-up for its {@code --today} instead, so a saved check time
 * only moves the next run the admin page shows, and nothing is scheduled.
 */
final class PreviewSlipCheckJob extends SlipCheckJob {

    PreviewSlipCheckJob(SchedulerService scheduler, SlipChecks checks, AlertSettingsStore settings, Clock clock) {
        super(scheduler, checks, settings, clock);
    }

    @Override
    public void onStart() {
        // Nothing to schedule: Preview runs the check once at start-up.
    }

    @Override
    public Optional<ZonedDateTime> scheduleNext() {
        return Optional.of(nextRun());
    }
}
