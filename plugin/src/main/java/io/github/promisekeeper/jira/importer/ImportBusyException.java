package io.github.promisekeeper.jira.importer;

/** Another import held the cluster-wide lock too long, or a conflicting change stopped the writes (all undone); answered with 409. */
public final class ImportBusyException extends RuntimeException {

    public ImportBusyException(String message) {
        super(message);
    }
}
