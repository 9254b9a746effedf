package io.github.promisekeeper.jira.testing;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import org.mockito.MockedStatic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

/**
 * A mocked {@link SchedulerService} that records, as text, what a job asks of it. The scheduler's value types
 * ({@link JobId}, {@link JobConfig}, {@link Schedule}, …) are stand-ins that need Jira, so their factories are
 * stubbed while this is open: tests assert on the job's calls, never on the stand-ins' behaviour. A scheduled job
 * reads {@code "<job id> <run mode> cron <expression>"} (or {@code once <date>}); an unscheduled one its id.
 */
public final class RecordedScheduler implements AutoCloseable {

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final List<String> scheduled = new ArrayList<>();
    private final List<String> unscheduled = new ArrayList<>();
    private final Map<Object, String> names = new ConcurrentHashMap<>();
    private final List<MockedStatic<?>> stubs = new ArrayList<>();

    public RecordedScheduler() {
        try {
            MockedStatic<JobId> jobIds = stub(JobId.class);
            jobIds.when(() -> JobId.of(anyString())).thenAnswer(call -> named(JobId.class, call.getArgument(0)));
            MockedStatic<JobRunnerKey> keys = stub(JobRunnerKey.class);
            keys.when(() -> JobRunnerKey.of(anyString()))
                    .thenAnswer(call -> named(JobRunnerKey.class, call.getArgument(0)));
            MockedStatic<Schedule> schedules = stub(Schedule.class);
            schedules
                    .when(() -> Schedule.forCronExpression(anyString()))
                    .thenAnswer(call -> named(Schedule.class, "cron " + call.getArgument(0)));
            schedules
                    .when(() -> Schedule.runOnce(any()))
                    .thenAnswer(call -> named(Schedule.class, "once " + call.getArgument(0)));
            MockedStatic<JobConfig> configs = stub(JobConfig.class);
            configs.when(() -> JobConfig.forJobRunnerKey(any())).thenAnswer(call -> config());
            MockedStatic<JobRunnerResponse> responses = stub(JobRunnerResponse.class);
            responses
                    .when(() -> JobRunnerResponse.success(anyString()))
                    .thenAnswer(call -> named(JobRunnerResponse.class, "success " + call.getArgument(0)));
            responses
                    .when(() -> JobRunnerResponse.failed(anyString()))
                    .thenAnswer(call -> named(JobRunnerResponse.class, "failed " + call.getArgument(0)));
            doAnswer(call -> scheduled.add(names.get(call.getArgument(0)) + " " + names.get(call.getArgument(1))))
                    .when(scheduler)
                    .scheduleJob(any(), any());
            doAnswer(call -> unscheduled.add(names.get(call.getArgument(0))))
                    .when(scheduler)
                    .unscheduleJob(any());
        } catch (Exception | Error e) {
            close();
            throw new IllegalStateException("Could not stub the scheduler's stand-ins", e);
        }
    }

    public SchedulerService scheduler() {
        return scheduler;
    }

    /** The jobs scheduled, in order: {@code "<job id> <run mode> cron <expression>"}. */
    public List<String> scheduled() {
        return scheduled;
    }

    /** The job ids unscheduled, in order. */
    public List<String> unscheduled() {
        return unscheduled;
    }

    /** The text of a response a job answered: {@code "success <message>"} or {@code "failed <message>"}. */
    public String text(JobRunnerResponse response) {
        return names.get(response);
    }

    private <T> MockedStatic<T> stub(Class<T> type) {
        MockedStatic<T> stub = mockStatic(type);
        stubs.add(stub);
        return stub;
    }

    private <T> T named(Class<T> type, String name) {
        T value = mock(type);
        names.put(value, name);
        return value;
    }

    private JobConfig config() {
        JobConfig config = mock(JobConfig.class, RETURNS_SELF);
        names.put(config, "");
        when(config.withRunMode(any())).thenAnswer(call -> {
            names.merge(config, String.valueOf(call.<RunMode>getArgument(0)), RecordedScheduler::join);
            return config;
        });
        when(config.withSchedule(any())).thenAnswer(call -> {
            names.merge(config, names.get(call.<Schedule>getArgument(0)), RecordedScheduler::join);
            return config;
        });
        return config;
    }

    private static String join(String before, String part) {
        return before.isEmpty() ? part : before + " " + part;
    }

    @Override
    public void close() {
        for (int i = stubs.size() - 1; i >= 0; i--) {
            stubs.get(i).close();
        }
        stubs.clear();
    }
}
