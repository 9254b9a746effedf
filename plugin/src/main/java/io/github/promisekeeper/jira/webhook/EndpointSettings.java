package io.github.promisekeeper.jira.webhook;

import io.github.promisekeeper.core.webhook.OutcomeKind;

import java.net.URI;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An endpoint's settings as an administrator saves them, already validated ({@link WebhookAdministration}):
 * {@code secret} is null on an update that keeps the stored secret.
 */
public record EndpointSettings(
        URI url,
        String secret,
        Set<OutcomeKind> events,
        boolean active,
        boolean moneyAllowed,
        boolean privateTargetsAllowed) {

    public EndpointSettings {
        Objects.requireNonNull(url, "url");
        events = events.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(events));
    }

    @Override
    public String toString() {
        return "EndpointSettings[url=" + url + ", events=" + events + ", active=" + active + "]";
    }
}
