package io.github.promisekeeper.jira.webhook;

import io.github.promisekeeper.core.webhook.OutcomeKind;
import io.github.promisekeeper.core.webhook.TargetPolicy;
import io.github.promisekeeper.core.webhook.TransportResult;
import io.github.promisekeeper.core.webhook.WebhookEndpoint;
import io.github.promisekeeper.core.webhook.WebhookSignature;
import io.github.promisekeeper.core.webhook.WebhookTransport;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What administrators do with webhooks, for the REST API and the admin page alike: validate and save endpoints
 * (the URL against the SSRF {@link TargetPolicy} at once, so a refused target is said when it is entered), send a
 * signed test request, read the delivery log and redeliver. Validation answers every problem at once, each as an
 * i18n key with its arguments.
 */
public final class WebhookAdministration {

    public static final int MAX_URL_LENGTH = 450;
    public static final int MIN_SECRET_LENGTH = 16;
    public static final int MAX_SECRET_LENGTH = 255;

    /** One problem with an endpoint's settings: the field, the message's i18n key and its arguments. */
    public record Problem(String field, String key, List<Serializable> arguments) {
        public Problem {
            arguments = List.copyOf(arguments);
        }
    }

    /** An endpoint as an administrator sends it; any part may be missing. {@link #toString()} leaves the secret out. */
    public record Input(
            String url,
            String secret,
            List<String> events,
            Boolean active,
            Boolean moneyAllowed,
            Boolean privateTargetsAllowed) {

        @Override
        public String toString() {
            return "Input[url=" + url + ", secret=" + (secret == null ? "none" : "given") + ", events=" + events
                    + ", active=" + active + ", moneyAllowed=" + moneyAllowed + ", privateTargetsAllowed="
                    + privateTargetsAllowed + "]";
        }
    }

    /** The settings when the input is valid, else the problems. */
    public record Validated(EndpointSettings settings, List<Problem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** What a test request got: the delivery id sent, the status code (0 when no answer) and the error. */
    public record TestResult(String deliveryId, int statusCode, String error) {
        public boolean delivered() {
            return statusCode >= 200 && statusCode < 300;
        }
    }

    private final WebhookEndpointStore endpoints;
    private final DeliveryLog log;
    private final WebhookTransport transport;
    private final TargetPolicy targets;
    private final WebhookBodies bodies;
    private final Clock clock;

    public WebhookAdministration(
            WebhookEndpointStore endpoints,
            DeliveryLog log,
            WebhookTransport transport,
            TargetPolicy targets,
            WebhookBodies bodies,
            Clock clock) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.log = Objects.requireNonNull(log, "log");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.targets = Objects.requireNonNull(targets, "targets");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public List<WebhookEndpoint> endpoints() {
        return endpoints.all();
    }

    public Optional<WebhookEndpoint> endpoint(long id) {
        return endpoints.findById(id);
    }

    /**
     * Checks {@code input}: a new endpoint needs a secret, an update may leave it out to keep the stored one.
     * Missing flags mean active, no money, no private targets.
     */
    public Validated validate(Input input, boolean creating) {
        List<Problem> problems = new ArrayList<>();
        boolean privateAllowed = Boolean.TRUE.equals(input.privateTargetsAllowed());
        URI url = url(input.url(), privateAllowed, problems);
        String secret = input.secret();
        if (secret == null || secret.isEmpty()) {
            if (creating) {
                problems.add(new Problem("secret", "promise-keeper.webhooks.error.secret.required", List.of()));
            }
            secret = null;
        } else if (secret.length() < MIN_SECRET_LENGTH) {
            problems.add(
                    new Problem("secret", "promise-keeper.webhooks.error.secret.short", List.of(MIN_SECRET_LENGTH)));
        } else if (secret.length() > MAX_SECRET_LENGTH) {
            problems.add(
                    new Problem("secret", "promise-keeper.webhooks.error.secret.long", List.of(MAX_SECRET_LENGTH)));
        }
        Set<OutcomeKind> events = EnumSet.noneOf(OutcomeKind.class);
        if (input.events() == null || input.events().isEmpty()) {
            problems.add(new Problem("events", "promise-keeper.webhooks.error.events.required", List.of()));
        } else {
            for (String name : input.events()) {
                Optional<OutcomeKind> kind = OutcomeKind.ofWireName(name);
                if (kind.isPresent()) {
                    events.add(kind.get());
                } else {
                    problems.add(new Problem(
                            "events",
                            "promise-keeper.webhooks.error.events.unknown",
                            List.of(String.valueOf(name), eventNames())));
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Validated(null, problems);
        }
        return new Validated(
                new EndpointSettings(
                        url,
                        secret,
                        events,
                        !Boolean.FALSE.equals(input.active()),
                        Boolean.TRUE.equals(input.moneyAllowed()),
                        privateAllowed),
                List.of());
    }

    private URI url(String text, boolean privateAllowed, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new Problem("url", "promise-keeper.webhooks.error.url.required", List.of()));
            return null;
        }
        if (text.length() > MAX_URL_LENGTH) {
            problems.add(new Problem("url", "promise-keeper.webhooks.error.url.long", List.of(MAX_URL_LENGTH)));
            return null;
        }
        URI url;
        try {
            url = new URI(text.strip());
        } catch (URISyntaxException e) {
            problems.add(new Problem("url", "promise-keeper.webhooks.error.url.invalid", List.of()));
            return null;
        }
        TargetPolicy.Verdict verdict = targets.check(url, privateAllowed);
        if (!verdict.allowed()) {
            String key = switch (verdict.refusal()) {
                case NOT_ABSOLUTE_HTTP -> "promise-keeper.webhooks.error.url.invalid";
                case USER_INFO -> "promise-keeper.webhooks.error.url.userinfo";
                case NO_HOST -> "promise-keeper.webhooks.error.url.nohost";
                case UNRESOLVABLE -> "promise-keeper.webhooks.error.url.unresolvable";
                case NOT_PUBLIC -> "promise-keeper.webhooks.error.url.private";
            };
            problems.add(new Problem("url", key, List.of(Objects.toString(verdict.detail(), ""))));
            return null;
        }
        return url;
    }

    private static String eventNames() {
        return Arrays.stream(OutcomeKind.values()).map(OutcomeKind::wireName).collect(Collectors.joining(", "));
    }

    public WebhookEndpoint create(EndpointSettings settings) {
        return endpoints.create(settings, clock.instant());
    }

    public Optional<WebhookEndpoint> update(long id, EndpointSettings settings) {
        return endpoints.update(id, settings);
    }

    public boolean delete(long id) {
        return endpoints.delete(id);
    }

    /**
     * Sends a signed {@code webhook.test} request to endpoint {@code id} now, through the same target check and
     * transport as deliveries; nothing is stored. Empty when there is no such endpoint.
     */
    public Optional<TestResult> test(long id) {
        return endpoints.findById(id).map(endpoint -> {
            String deliveryId = UUID.randomUUID().toString();
            Instant now = clock.instant();
            TargetPolicy.Verdict verdict = targets.check(endpoint.url(), endpoint.privateTargetsAllowed());
            if (!verdict.allowed()) {
                return new TestResult(
                        deliveryId, 0, "Target refused (" + verdict.refusal() + " " + verdict.detail() + ")");
            }
            String body = bodies.testBody(deliveryId, now.toString());
            TransportResult result = transport.post(
                    endpoint.url(),
                    WebhookSignature.headers(endpoint.secret(), now, deliveryId, "webhook.test", body),
                    body);
            return new TestResult(deliveryId, result.statusCode(), result.error());
        });
    }

    public List<DeliveryLogEntry> deliveries(int limit) {
        return log.recent(limit);
    }

    public boolean redeliver(long deliveryId) {
        return log.redeliver(deliveryId, clock.instant());
    }
}
