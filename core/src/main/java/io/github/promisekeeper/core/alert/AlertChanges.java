package io.github.promisekeeper.core.alert;

import java.util.List;

/**
 * What one check stored: the alerts it raised (new; an outcome may be raised already resolved) and the open
 * alerts it resolved because their commitment or customer recovered. What the listeners hear, and what the
 * check answers.
 */
public record AlertChanges(List<StoredAlert> raised, List<StoredAlert> resolved) {

    public AlertChanges {
        raised = List.copyOf(raised);
        resolved = List.copyOf(resolved);
    }

    public static AlertChanges none() {
        return new AlertChanges(List.of(), List.of());
    }

    public boolean isEmpty() {
        return raised.isEmpty() && resolved.isEmpty();
    }
}
