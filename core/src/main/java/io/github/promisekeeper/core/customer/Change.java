package io.github.promisekeeper.core.customer;

import java.time.Instant;
import java.util.Objects;

/**
 * Who changes customer data, when, and through what: an import names its batch, other sources have none.
 */
public record Change(String author, Instant at, ChangeSource source, String importBatchId) {

    public static final int MAX_AUTHOR_LENGTH = 255;
    public static final int MAX_BATCH_ID_LENGTH = 64;

    public Change {
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("A change needs an author.");
        }
        if (author.length() > MAX_AUTHOR_LENGTH) {
            throw new IllegalArgumentException("Author is longer than " + MAX_AUTHOR_LENGTH + " characters.");
        }
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(source, "source");
        if (source == ChangeSource.IMPORT) {
            if (importBatchId == null || importBatchId.isBlank() || importBatchId.length() > MAX_BATCH_ID_LENGTH) {
                throw new IllegalArgumentException(
                        "An import change needs a batch id of 1 to " + MAX_BATCH_ID_LENGTH + " characters.");
            }
        } else if (importBatchId != null) {
            throw new IllegalArgumentException("Only an import change has a batch id.");
        }
    }

    public static Change onAdminPage(String author, Instant at) {
        return new Change(author, at, ChangeSource.ADMIN_PAGE, null);
    }

    public static Change throughRest(String author, Instant at) {
        return new Change(author, at, ChangeSource.REST, null);
    }

    public static Change byImport(String author, Instant at, String batchId) {
        return new Change(author, at, ChangeSource.IMPORT, batchId);
    }
}
