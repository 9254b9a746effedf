package io.github.promisekeeper.preview;

import com.atlassian.scheduler.SchedulerService;
import io.github.promisekeeper.jira.alert.AlertSettingsStore;
import io.github.promisekeeper.jira.alert.SlipCheckJob;
import io.github.promisekeeper.jira.alert.SlipChecks;

import java.time.Clock;
import java.time.ZonedDateTime;

/**
 * The slip check's daily job in the preview, which has no Jira scheduler (its job ids and schedules are stand-ins
 * that need Jira): the preview runs the check at start-up for its {@code --today} instead, so nothing polls and the
 * next run the admin page shows is the next time the check is set to, today's if still ahead, else tomorrow's.
 */
final class PreviewSlipCheckJob extends SlipCheckJob {

    private final AlertSettingsStore settings;
    private final Clock clock;

    PreviewSlipCheckJob(SchedulerService scheduler, SlipChecks checks, AlertSettingsStore settings, Clock clock) {
        super(scheduler, checks, settings, clock);
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void onStart() {
        // Nothing to schedule: Preview runs the check once at start-up.
    }

    @Override
    public ZonedDateTime nextRun() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime today =
                now.toLocalDate().atTime(settings.current().checkAt()).atZone(clock.getZone());
        return today.isAfter(now)
                ? today
                : now.toLocalDate()
                        .plusDays(1)
                        .atTime(settings.current().checkAt())
                        .atZone(clock.getZone());
    }
}
