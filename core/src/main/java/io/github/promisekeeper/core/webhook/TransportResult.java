package io.github.promisekeeper.core.webhook;

/**
 * What one request got: the HTTP status code (0 when no answer came: refused connection, timeout, TLS failure)
 * and, when it was not a success, a short error text for the delivery log.
 */
public record TransportResult(int statusCode, String error) {

    /** Longest error text kept, so that a receiver's error page does not fill the log. */
    public static final int MAX_ERROR_LENGTH = 400;

    public TransportResult {
        if (error != null && error.length() > MAX_ERROR_LENGTH) {
            error = error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
        }
    }

    public static TransportResult answered(int statusCode) {
        return new TransportResult(
                statusCode,
                statusCode >= 200 && statusCode < 300
                        ? null
                        : statusCode >= 300 && statusCode < 400
                                ? "HTTP " + statusCode + ": redirect not followed"
                                : "HTTP " + statusCode);
    }

    public static TransportResult noAnswer(String error) {
        return new TransportResult(0, error == null || error.isBlank() ? "no answer" : error);
    }

    /** A 2xx answer: the receiver has the event. */
    public boolean delivered() {
        return statusCode >= 200 && statusCode < 300;
    }
}
