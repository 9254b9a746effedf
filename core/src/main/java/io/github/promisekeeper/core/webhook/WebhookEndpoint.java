package io.github.promisekeeper.core.webhook;

import java.net.URI;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A registered receiver of outcome events: where to send, the shared secret that signs each request, which events
 * it wants, whether it is active, and the two explicit permissions an administrator gives it (money in payloads,
 * private network targets). {@link #toString()} leaves the secret out.
 */
public record WebhookEndpoint(
        long id,
        URI url,
        String secret,
        Set<OutcomeKind> events,
        boolean active,
        boolean moneyAllowed,
        boolean privateTargetsAllowed) {

    public WebhookEndpoint {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        events = events.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(events));
    }

    /** Whether this endpoint receives events of {@code kind} now. */
    public boolean wants(OutcomeKind kind) {
        return active && events.contains(kind);
    }

    @Override
    public String toString() {
        return "WebhookEndpoint[id=" + id + ", url=" + url + ", events=" + events + ", active=" + active
                + ", moneyAllowed=" + moneyAllowed + ", privateTargetsAllowed=" + privateTargetsAllowed + "]";
    }
}
