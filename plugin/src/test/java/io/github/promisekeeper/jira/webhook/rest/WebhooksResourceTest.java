package io.github.promisekeeper.jira.webhook.rest;

import com.atlassian.sal.api.user.UserManager;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.promisekeeper.ao.embedded.EntityManagerActiveObjects;
import io.github.promisekeeper.core.webhook.OutcomeEvent;
import io.github.promisekeeper.core.webhook.OutcomeKind;
import io.github.promisekeeper.core.webhook.TargetPolicy;
import io.github.promisekeeper.core.webhook.TransportResult;
import io.github.promisekeeper.core.webhook.WebhookSignature;
import io.github.promisekeeper.jira.ao.upgrade.DataModel;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Role;
import io.github.promisekeeper.jira.testing.InProcessJaxRs;
import io.github.promisekeeper.jira.testing.PropertiesI18nResolver;
import io.github.promisekeeper.jira.testing.ao.TestDatabase;
import io.github.promisekeeper.jira.web.Json;
import io.github.promisekeeper.jira.web.JsonResponses;
import io.github.promisekeeper.jira.web.rest.AccessDeniedMapper;
import io.github.promisekeeper.jira.web.rest.BadInputMapper;
import io.github.promisekeeper.jira.webhook.WebhookAdministration;
import io.github.promisekeeper.jira.webhook.WebhookBodies;
import io.github.promisekeeper.jira.webhook.ao.AoWebhookEndpoints;
import io.github.promisekeeper.jira.webhook.ao.AoWebhookOutbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** {@code /webhooks} in process, over Active Objects on H2, with a transport that records what it was asked to send. */
class WebhooksResourceTest {

    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    private static final String SECRET = "a-secret-long-enough-abcd";

    private final UserManager userManager = mock(UserManager.class);
    private final List<Map<String, String>> sent = new ArrayList<>();
    private InProcessJaxRs rest;
    private AoWebhookOutbox outbox;

    @BeforeEach
    void start() {
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(TestDatabase.H2.freshEntityManager());
        ao.migrate(DataModel.entities());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        AoWebhookEndpoints endpoints = new AoWebhookEndpoints(ao);
        WebhookBodies bodies = new WebhookBodies(new Json());
        outbox = new AoWebhookOutbox(ao, endpoints, bodies, clock);
        // crm.example.com is public here; 10.0.0.8 and 127.0.0.1 are what they are.
        TargetPolicy targets = new TargetPolicy(host -> host.equals("crm.example.com")
                ? List.of(InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 216, 34}))
                : List.of(InetAddress.getByName(host)));
        WebhookAdministration administration = new WebhookAdministration(
                endpoints,
                outbox,
                (url, headers, body) -> {
                    sent.add(headers);
                    return TransportResult.answered(202);
                },
                targets,
                bodies,
                clock);
        PropertiesI18nResolver i18n = new PropertiesI18nResolver();
        Json json = new Json();
        JsonResponses responses = new JsonResponses(json);
        rest = new InProcessJaxRs(
                new WebhooksResource(
                        administration, new Permissions(userManager, () -> Role.GROUPS), json, responses, i18n),
                new AccessDeniedMapper(i18n, responses),
                new BadInputMapper(i18n, responses));
        Role.ADMIN.actOn(userManager);
    }

    private InProcessJaxRs.Answer create(String body) {
        return rest.send("POST", "webhooks", "application/json", body);
    }

    private static JsonObject json(InProcessJaxRs.Answer answer) {
        return JsonParser.parseString(answer.body()).getAsJsonObject();
    }

    private static List<String> messages(InProcessJaxRs.Answer answer) {
        List<String> messages = new ArrayList<>();
        for (var error : json(answer).getAsJsonArray("errors")) {
            messages.add(error.getAsJsonObject().get("field").getAsString() + ": "
                    + error.getAsJsonObject().get("message").getAsString());
        }
        return messages;
    }

    @Test
    void registersAnEndpointAndNeverAnswersItsSecret() {
        InProcessJaxRs.Answer created = create("{\"url\":\"https://crm.example.com/hooks\",\"secret\":\"" + SECRET
                + "\",\"events\":[\"commitment.kept\",\"customer.renewal_at_risk\"],\"moneyAllowed\":true}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject endpoint = json(created);
        assertThat(endpoint.get("url").getAsString()).isEqualTo("https://crm.example.com/hooks");
        assertThat(endpoint.get("secretHint").getAsString()).isEqualTo("…abcd");
        assertThat(endpoint.get("active").getAsBoolean()).isTrue();
        assertThat(endpoint.get("moneyAllowed").getAsBoolean()).isTrue();
        assertThat(endpoint.get("privateTargetsAllowed").getAsBoolean()).isFalse();
        assertThat(created.body()).doesNotContain(SECRET);
        InProcessJaxRs.Answer list = rest.get("webhooks");
        assertThat(list.body()).doesNotContain(SECRET);
        JsonArray events = json(list).getAsJsonArray("events");
        assertThat(events).hasSize(OutcomeKind.values().length);
    }

    @Test
    void answersEveryProblemAtOnceInWords() {
        InProcessJaxRs.Answer refused =
                create("{\"url\":\"http://10.0.0.8/hook\",\"secret\":\"short\",\"events\":[\"commitment.won\"]}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(messages(refused))
                .containsExactly(
                        "url: The URL leads to 10.0.0.8, a loopback, link-local, private or other non-public address."
                                + " Allow private network targets only if this endpoint really is inside your network.",
                        "secret: The secret must have at least 16 characters.",
                        "events: Unknown event 'commitment.won'; the events are commitment.kept, commitment.late,"
                                + " commitment.breached, commitment.health_changed, customer.renewal_at_risk.");
    }

    @Test
    void refusesOtherSchemesAndUserInfoAndAcceptsAPrivateTargetOnlyWhenAllowed() {
        assertThat(messages(create("{\"url\":\"ftp://crm.example.com/x\",\"secret\":\"" + SECRET
                        + "\",\"events\":[\"commitment.kept\"]}")))
                .containsExactly("url: Enter an absolute http:// or https:// URL.");
        assertThat(messages(create("{\"url\":\"https://me:pw@crm.example.com/x\",\"secret\":\"" + SECRET
                        + "\",\"events\":[\"commitment.kept\"]}")))
                .singleElement()
                .asString()
                .startsWith("url: Leave the user name and password out of the URL");
        assertThat(create("{\"url\":\"http://127.0.0.1:8080/x\",\"secret\":\"" + SECRET
                                + "\",\"events\":[\"commitment.kept\"],\"privateTargetsAllowed\":true}")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void updatesKeepingTheSecretDeletesAndSaysWhenThereIsNoSuchEndpoint() {
        long id = json(create("{\"url\":\"https://crm.example.com/a\",\"secret\":\"" + SECRET
                        + "\",\"events\":[\"commitment.kept\"]}"))
                .get("id")
                .getAsLong();

        InProcessJaxRs.Answer updated = rest.send(
                "PUT",
                "webhooks/" + id,
                "application/json",
                "{\"url\":\"https://crm.example.com/b\",\"events\":[\"commitment.late\"],\"active\":false}");

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(json(updated).get("secretHint").getAsString()).isEqualTo("…abcd");
        assertThat(json(updated).get("active").getAsBoolean()).isFalse();
        assertThat(rest.send("DELETE", "webhooks/" + id, null, null).status()).isEqualTo(204);
        InProcessJaxRs.Answer gone = rest.get("webhooks/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.body()).contains("There is no webhook endpoint " + id + ".");
    }

    @Test
    void sendsASignedTestRequestAndSaysWhatCameBack() {
        long id = json(create("{\"url\":\"https://crm.example.com/a\",\"secret\":\"" + SECRET
                        + "\",\"events\":[\"commitment.kept\"]}"))
                .get("id")
                .getAsLong();

        InProcessJaxRs.Answer tested = rest.send("POST", "webhooks/" + id + "/test", null, null);

        assertThat(tested.status()).isEqualTo(200);
        assertThat(json(tested).get("delivered").getAsBoolean()).isTrue();
        assertThat(json(tested).get("statusCode").getAsInt()).isEqualTo(202);
        assertThat(sent).singleElement().satisfies(headers -> {
            assertThat(headers.get(WebhookSignature.EVENT_HEADER)).isEqualTo("webhook.test");
            assertThat(headers.get(WebhookSignature.DELIVERY_HEADER))
                    .isEqualTo(json(tested).get("deliveryId").getAsString());
            assertThat(headers.get(WebhookSignature.SIGNATURE_HEADER)).startsWith("v1=");
        });
    }

    @Test
    void listsTheDeliveryLogAndRedelivers() {
        create("{\"url\":\"https://crm.example.com/a\",\"secret\":\"" + SECRET
                + "\",\"events\":[\"commitment.kept\"]}");
        outbox.enqueue(List.of(OutcomeEvent.forCommitment(OutcomeKind.COMMITMENT_KEPT, NOW, "ACME", "SC-1")));

        JsonObject delivery = json(rest.get("webhooks/deliveries"))
                .getAsJsonArray("deliveries")
                .get(0)
                .getAsJsonObject();

        assertThat(delivery.get("status").getAsString()).isEqualTo("pending");
        assertThat(delivery.get("event").getAsString()).isEqualTo("commitment.kept");
        assertThat(delivery.get("orderingKey").getAsString()).isEqualTo("SC-1");
        assertThat(delivery.get("attempts").getAsInt()).isZero();
        assertThat(rest.send("POST", "webhooks/deliveries/" + delivery.get("id").getAsLong() + "/redeliver", null, null)
                        .status())
                .isEqualTo(202);
        assertThat(rest.send("POST", "webhooks/deliveries/99999/redeliver", null, null)
                        .status())
                .isEqualTo(404);
        assertThat(rest.get("webhooks/deliveries?limit=0").status()).isEqualTo(400);
    }

    @Test
    void noAnswerAfterCreationAndNoTextOfTheInputCarriesTheSecret() {
        long id = json(create("{\"url\":\"https://crm.example.com/a\",\"secret\":\"" + SECRET
                        + "\",\"events\":[\"commitment.kept\"]}"))
                .get("id")
                .getAsLong();
        outbox.enqueue(List.of(OutcomeEvent.forCommitment(OutcomeKind.COMMITMENT_KEPT, NOW, "ACME", "SC-1")));
        String replaced = "another-secret-long-enough-wxyz";

        List<String> answers = List.of(
                rest.get("webhooks/" + id).body(),
                rest.send(
                                "PUT",
                                "webhooks/" + id,
                                "application/json",
                                "{\"url\":\"https://crm.example.com/a\"," + "\"secret\":\"" + replaced
                                        + "\",\"events\":[\"commitment.kept\"]}")
                        .body(),
                rest.send("POST", "webhooks/" + id + "/test", null, null).body(),
                rest.get("webhooks/deliveries").body(),
                rest.get("webhooks").body());

        assertThat(answers)
                .allSatisfy(answer -> assertThat(answer).doesNotContain(SECRET).doesNotContain(replaced));
        // Whatever logs or reports an input (a framework's error, a debug line) never prints its secret either.
        EndpointInput input =
                new EndpointInput("https://crm.example.com/a", SECRET, List.of("commitment.kept"), true, false, false);
        assertThat(input.toString()).doesNotContain(SECRET).contains("crm.example.com");
        assertThat(input.toInput().toString()).doesNotContain(SECRET).contains("crm.example.com");
    }

    @Test
    void isForJiraAdministratorsOnly() {
        Role.EDITOR.actOn(userManager);

        assertThat(rest.get("webhooks").status()).isEqualTo(403);
        assertThat(create("{\"url\":\"https://crm.example.com/a\",\"secret\":\"" + SECRET
                                + "\",\"events\":[\"commitment.kept\"]}")
                        .status())
                .isEqualTo(403);
        assertThat(rest.get("webhooks/deliveries").status()).isEqualTo(403);
    }
}
