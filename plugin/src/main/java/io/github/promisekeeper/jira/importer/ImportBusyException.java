package io.github.promisekeeper.jira.importer;

/** Another import held the cluster-wide import lock for longer than this one would wait; answered with 409. */
public final class ImportBusyException extends RuntimeException {

    public ImportBusyException(String message) {
        super(message);
    }
}
