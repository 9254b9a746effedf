package io.github.promisekeeper.jira.customer.autofill.rest;

import com.atlassian.sal.api.user.UserManager;
import com.atlassian.scheduler.SchedulerServiceException;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.promisekeeper.jira.customer.autofill.CustomerBackfill;
import io.github.promisekeeper.jira.customer.autofill.CustomerBackfillJob;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Role;
import io.github.promisekeeper.jira.testing.InProcessJaxRs;
import io.github.promisekeeper.jira.testing.PropertiesI18nResolver;
import io.github.promisekeeper.jira.web.Json;
import io.github.promisekeeper.jira.web.JsonResponses;
import io.github.promisekeeper.jira.web.rest.AccessDeniedMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class BackfillResourceTest {

    private final UserManager userManager = mock(UserManager.class);
    private final CustomerBackfillJob job = mock(CustomerBackfillJob.class);
    private InProcessJaxRs rest;

    @BeforeEach
    void start() {
        PropertiesI18nResolver i18n = new PropertiesI18nResolver();
        JsonResponses responses = new JsonResponses(new Json());
        rest = new InProcessJaxRs(
                new BackfillResource(job, new Permissions(userManager, () -> Role.GROUPS), responses, i18n),
                new AccessDeniedMapper(i18n, responses));
        Role.ADMIN.actOn(userManager);
    }

    private static JsonObject json(InProcessJaxRs.Answer answer) {
        return JsonParser.parseString(answer.body()).getAsJsonObject();
    }

    @Test
    void startsTheJobForTheCallingAdministratorAndAnswersItsProgress() throws SchedulerServiceException {
        when(job.start("ada")).thenReturn(true);
        when(job.progress()).thenReturn(new CustomerBackfill.Progress(CustomerBackfill.Status.SCHEDULED, 0, 0));

        InProcessJaxRs.Answer started = rest.send("POST", "backfill", null, null);

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(json(started).get("status").getAsString()).isEqualTo("scheduled");
        verify(job).start("ada");
    }

    @Test
    void showsHowFarTheRunningBackfillIs() {
        when(job.progress()).thenReturn(new CustomerBackfill.Progress(CustomerBackfill.Status.RUNNING, 1200, 37));

        JsonObject progress = json(rest.get("backfill"));

        assertThat(progress.get("status").getAsString()).isEqualTo("running");
        assertThat(progress.get("scanned").getAsLong()).isEqualTo(1200);
        assertThat(progress.get("changed").getAsLong()).isEqualTo(37);
    }

    @Test
    void refusesASecondRunWhileOneIsScheduledOrRunning() throws SchedulerServiceException {
        when(job.start(anyString())).thenReturn(false);
        when(job.progress()).thenReturn(new CustomerBackfill.Progress(CustomerBackfill.Status.RUNNING, 10, 1));

        InProcessJaxRs.Answer refused = rest.send("POST", "backfill", null, null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(json(refused)
                        .getAsJsonArray("errors")
                        .get(0)
                        .getAsJsonObject()
                        .get("message")
                        .getAsString())
                .isEqualTo("A customer backfill is already running; wait for it to finish.");
    }

    @Test
    void saysSoWhenJirasSchedulerRefusesTheJob() throws SchedulerServiceException {
        when(job.start(anyString())).thenThrow(new SchedulerServiceException("no runner registered"));

        InProcessJaxRs.Answer refused = rest.send("POST", "backfill", null, null);

        assertThat(refused.status()).isEqualTo(503);
        assertThat(json(refused)
                        .getAsJsonArray("errors")
                        .get(0)
                        .getAsJsonObject()
                        .get("message")
                        .getAsString())
                .isEqualTo("Jira's scheduler refused the backfill job: no runner registered");
    }

    @Test
    void anEditorWhoIsNotAJiraAdministratorMayNeitherStartNorWatchIt() throws SchedulerServiceException {
        Role.EDITOR.actOn(userManager);

        assertThat(rest.send("POST", "backfill", null, null).status()).isEqualTo(403);
        assertThat(rest.get("backfill").status()).isEqualTo(403);
        verify(job, never()).start(anyString());
    }
}
