package io.github.promisekeeper.jira.platform;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerServiceException;
import io.github.promisekeeper.jira.testing.RecordedScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** The app's cron jobs: the runner on every node, one schedule per cluster, a refusal that leaves the app enabled. */
class ClusterCronJobTest {

    private final RecordedScheduler recorded = new RecordedScheduler();
    private final JobRunner runner = mock(JobRunner.class);
    private final ClusterCronJob job = new ClusterCronJob(recorded.scheduler(), "pk.runner", "pk.job", "0 0 * * * ?");

    @AfterEach
    void closeStubs() {
        recorded.close();
    }

    @Test
    void startRegistersTheRunnerOnThisNodeAndSchedulesTheJobOncePerCluster() {
        job.start(runner);

        verify(recorded.scheduler()).registerJobRunner(any(), same(runner));
        assertThat(recorded.scheduled()).containsExactly("pk.job RUN_ONCE_PER_CLUSTER cron 0 0 * * * ?");
    }

    @Test
    void aSchedulerThatRefusesIsLoggedAndTheRunnerStaysRegistered() throws SchedulerServiceException {
        doThrow(new SchedulerServiceException("no")).when(recorded.scheduler()).scheduleJob(any(), any());

        assertThatCode(() -> job.start(runner)).doesNotThrowAnyException();
        verify(recorded.scheduler()).registerJobRunner(any(), same(runner));
    }

    @Test
    void stopUnregistersTheRunnerAndLeavesTheScheduleToTheOtherNodes() {
        job.start(runner);
        job.stop();

        verify(recorded.scheduler()).unregisterJobRunner(any());
        assertThat(recorded.unscheduled()).isEmpty();
    }
}
