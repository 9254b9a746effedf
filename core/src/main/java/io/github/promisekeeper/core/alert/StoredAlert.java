package io.github.promisekeeper.core.alert;

import java.util.Objects;

/** An alert as stored, with the id the store gave it (ascending in the order alerts were stored). */
public record StoredAlert(long id, Alert alert) {

    public StoredAlert {
        if (id <= 0) {
            throw new IllegalArgumentException("A stored alert's id is positive, not " + id + ".");
        }
        Objects.requireNonNull(alert, "alert");
    }
}
