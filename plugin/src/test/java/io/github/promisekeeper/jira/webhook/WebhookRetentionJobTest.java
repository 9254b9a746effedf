package io.github.promisekeeper.jira.webhook;

import com.atlassian.scheduler.JobRunnerRequest;
import io.github.promisekeeper.core.webhook.DeliveryRetention;
import io.github.promisekeeper.core.webhook.FinishedDeliveries;
import io.github.promisekeeper.jira.testing.RecordedScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** The retention job: one daily cron job once per cluster, and a run that prunes and says what it did. */
class WebhookRetentionJobTest {

    private static final Instant NOW = Instant.parse("2026-12-01T03:40:00Z");

    private final RecordedScheduler recorded = new RecordedScheduler();
    private final List<Instant> cutoffs = new ArrayList<>();

    @AfterEach
    void closeStubs() {
        recorded.close();
    }

    private WebhookRetentionJob job(int finishedLeft) {
        int[] left = {finishedLeft};
        FinishedDeliveries deliveries = (cutoff, limit) -> {
            cutoffs.add(cutoff);
            int deleted = Math.min(left[0], limit);
            left[0] -= deleted;
            return deleted;
        };
        return new WebhookRetentionJob(
                recorded.scheduler(),
                new DeliveryRetention(deliveries, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofDays(30), 500, 2));
    }

    @Test
    void startSchedulesOneDailyJobOncePerCluster() {
        job(0).onStart();
        job(0).onStart();

        // Every node schedules the same id at start, which replaces the schedule: still one job.
        assertThat(recorded.scheduled())
                .containsOnly(WebhookRetentionJob.JOB_ID + " RUN_ONCE_PER_CLUSTER cron 0 40 3 * * ?")
                .hasSize(2);
    }

    @Test
    void aRunDeletesFinishedDeliveriesOlderThanThirtyDaysUpToItsBound() {
        String first = recorded.text(job(1_200).runJob(mock(JobRunnerRequest.class)));
        String second = recorded.text(job(300).runJob(mock(JobRunnerRequest.class)));

        assertThat(first)
                .isEqualTo("success Webhook deliveries: 1000 finished ones deleted; more are left for the next run.");
        assertThat(second).isEqualTo("success Webhook deliveries: 300 finished ones deleted.");
        assertThat(cutoffs).containsOnly(NOW.minus(Duration.ofDays(30)));
    }
}
