package io.github.promisekeeper.core.webhook;

import java.util.List;
import java.util.Optional;

/** The registered webhook endpoints (port; Active Objects in Jira). */
public interface WebhookEndpoints {

    /** Every endpoint, active or not, oldest first. */
    List<WebhookEndpoint> all();

    Optional<WebhookEndpoint> findById(long id);
}
