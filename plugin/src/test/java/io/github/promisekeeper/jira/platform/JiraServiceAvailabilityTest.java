package io.github.promisekeeper.jira.platform;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.LocaleManager;
import com.atlassian.jira.issue.fields.TextFieldCharacterLengthValidator;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Map;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class JiraServiceAvailabilityTest {

    private final JiraServiceAvailability availability = new JiraServiceAvailability();

    @Test
    void everyOptionalServiceIsMissingUntilGeminiReportsItBound() {
        assertThat(availability.missing())
                .extracting(JiraServiceAvailability.OptionalService::type)
                .containsExactly(
                        TimeZoneManager.class,
                        ClusterLockService.class,
                        AvatarManager.class,
                        IssueLinkTypeManager.class,
                        IssueLinkManager.class,
                        TextFieldCharacterLengthValidator.class,
                        MailQueue.class,
                        MailServerManager.class,
                        LocaleManager.class);
    }

    @Test
    void followsTheBindAndUnbindCallbacksByTheServicesObjectClass() {
        Map<String, Object> linkManager =
                Map.of("objectClass", new String[] {IssueLinkManager.class.getName()}, "service.id", 42L);

        availability.bound(new Object(), linkManager);
        assertThat(availability.has(IssueLinkManager.class)).isTrue();
        assertThat(availability.has(IssueLinkTypeManager.class)).isFalse();
        assertThat(availability.missing())
                .extracting(JiraServiceAvailability.OptionalService::type)
                .doesNotContain(IssueLinkManager.class);

        availability.unbound(new Object(), linkManager);
        assertThat(availability.has(IssueLinkManager.class)).isFalse();
    }

    @Test
    void ignoresCallbacksWithoutAnObjectClass() {
        availability.bound(new Object(), Map.of());
        availability.bound(new Object(), null);

        assertThat(availability.missing()).hasSize(JiraServiceAvailability.OPTIONAL.size());
    }

    @Test
    void theSiteClockUsesTheSiteZoneWhileTimeZoneManagerIsThereAndTheServerZoneOtherwise() {
        TimeZoneManager timeZones = mock(TimeZoneManager.class);
        when(timeZones.getDefaultTimeZone()).thenReturn(TimeZone.getTimeZone("Pacific/Kiritimati"));

        assertThat(new SiteClock(timeZones, JiraServiceAvailability.with(TimeZoneManager.class)).getZone())
                .isEqualTo(ZoneId.of("Pacific/Kiritimati"));

        TimeZoneManager absent = mock(TimeZoneManager.class);
        assertThat(new SiteClock(absent, availability).getZone()).isEqualTo(ZoneId.systemDefault());
        verifyNoInteractions(absent);
    }
}
