package io.github.promisekeeper.jira.importer.rest;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserManager;
import io.github.promisekeeper.core.customer.InMemoryCustomers;
import io.github.promisekeeper.jira.importer.CustomerImport;
import io.github.promisekeeper.jira.importer.InMemoryClusterLocks;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Role;
import io.github.promisekeeper.jira.platform.JiraServiceAvailability;
import io.github.promisekeeper.jira.testing.InProcessJaxRs;
import io.github.promisekeeper.jira.testing.TranslatedI18nResolver;
import io.github.promisekeeper.jira.web.Json;
import io.github.promisekeeper.jira.web.JsonResponses;
import io.github.promisekeeper.jira.web.rest.AccessDeniedMapper;
import io.github.promisekeeper.jira.web.rest.HttpErrorMapper;
import io.github.promisekeeper.jira.web.rest.TooLargeMapper;
import io.github.promisekeeper.jira.web.rest.UnexpectedErrorMapper;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** The import's whole-file answers (400, 409, 413) speak the viewer's language, in the one error shape. */
class ImportRefusalsInGermanTest {

    private static final String CSV = "customer_name,contract_id,renewal_date\nHooli,HO-1,2027-05-01\n";

    /** German where it has a text, the plugin's English elsewhere, as Jira falls back to the default language. */
    private static final I18nResolver GERMAN = TranslatedI18nResolver.german(Map.of(
            "promise-keeper.import.error.layout", "Die Kopfzeile passt zu keinem bekannten Aufbau.",
            "promise-keeper.import.error.bytes", "Die Datei ist größer als {0} MB; teilen Sie sie auf.",
            "promise-keeper.import.error.no-cluster-lock", "Ein Import kann hier nicht angewendet werden."));

    private final UserManager userManager = mock(UserManager.class);

    private InProcessJaxRs rest(JiraServiceAvailability availability) {
        JsonResponses responses = new JsonResponses(new Json());
        CustomerImport customerImport = new CustomerImport(
                new InMemoryCustomers(),
                new InMemoryClusterLocks(),
                Clock.fixed(Instant.parse("2027-01-10T09:00:00Z"), ZoneOffset.UTC),
                new CustomerImport.Limits(3L * 1024 * 1024, 100, 1),
                availability);
        Role.ADMIN.actOn(userManager);
        return new InProcessJaxRs(
                new ImportResource(customerImport, new Permissions(userManager, () -> Role.GROUPS), responses, GERMAN),
                new AccessDeniedMapper(GERMAN, responses),
                new ImportRejectedMapper(GERMAN, responses),
                new ImportBusyMapper(GERMAN, responses),
                new TooLargeMapper(GERMAN, responses),
                new HttpErrorMapper(GERMAN, responses),
                new UnexpectedErrorMapper(GERMAN, responses));
    }

    @Test
    void aHeaderOfNoKnownLayoutIsRefusedInGerman() {
        InProcessJaxRs.Answer answer =
                rest(JiraServiceAvailability.all()).send("POST", "import", "text/csv", "a,b\n1,2\n");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body())
                .isEqualTo("{\"errors\":[{\"field\":\"format\","
                        + "\"message\":\"Die Kopfzeile passt zu keinem bekannten Aufbau.\"}]}");
    }

    @Test
    void aFileBeyondTheSizeLimitIsRefusedInGerman() {
        InProcessJaxRs.Answer answer = rest(JiraServiceAvailability.all())
                .send("POST", "import", "text/csv", CSV + "x".repeat(3 * 1024 * 1024));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("\"message\":\"Die Datei ist größer als 3 MB; teilen Sie sie auf.\"");
    }

    @Test
    void applyingWithoutAClusterLockIsRefusedInGerman() {
        InProcessJaxRs.Answer answer = rest(JiraServiceAvailability.with(TimeZoneManager.class))
                .send("POST", "import?dryRun=false", "text/csv", CSV);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body()).contains("\"message\":\"Ein Import kann hier nicht angewendet werden.\"");
    }
}
