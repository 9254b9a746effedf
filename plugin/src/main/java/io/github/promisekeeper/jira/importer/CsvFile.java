package io.github.promisekeeper.jira.importer;

import io.github.promisekeeper.jira.web.LocalizedText;
import io.github.promisekeeper.jira.web.RequestTooLargeException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A CSV upload read as a stream, one record at a time: UTF-8 with or without a byte-order mark, comma or
 * semicolon separated (whichever the header uses), quoted fields holding separators, quotes and line
 * breaks, CRLF or LF. Reading stops with {@link RequestTooLargeException} beyond {@code maxBytes} or
 * {@code maxRows}, and with {@link Unreadable} for text that is not UTF-8 CSV.
 *
 * <p>Before it refuses a file as too large, it reads and discards what the client is still sending, up to
 * {@value #DRAIN_FACTOR} times {@code maxBytes} in all: a server that answers while the body is still
 * arriving closes the connection, and the client sees a broken pipe instead of the 413 (Tomcat, under
 * Jira, swallows only 2 MB by default). A body larger still is cut off as before.
 */
final class CsvFile implements Iterable<CsvFile.Line>, AutoCloseable {

    /** One record and the file line it starts on (the header is line 1). */
    record Line(int line, List<String> values) {}

    /** Thrown for a file that is not readable CSV at all (bad encoding, unbalanced quotes). */
    static final class Unreadable extends RuntimeException {
        private final transient LocalizedText text;

        Unreadable(LocalizedText text, Throwable cause) {
            super(text.english(), cause);
            this.text = text;
        }

        LocalizedText text() {
            return text;
        }
    }

    /** How many times the size limit a refused upload is read to its end, for a clean answer. */
    static final int DRAIN_FACTOR = 4;

    private static final String NOT_UTF8 =
            "The file is not UTF-8 text; save it from the CRM or spreadsheet as CSV UTF-8.";

    private final CSVParser parser;
    private final Limited body;
    private final Iterator<CSVRecord> records;
    private final int maxRows;
    private final List<String> header;
    private long endOfPrevious;
    private int rows;

    private CsvFile(CSVParser parser, Limited body, int maxRows) {
        this.parser = parser;
        this.body = body;
        this.records = parser.iterator();
        this.maxRows = maxRows;
        this.header = next().map(CSVRecord::toList).orElse(List.of());
    }

    /** Opens {@code body} and reads its header line; the records follow as the file is iterated. */
    static CsvFile open(InputStream body, long maxBytes, int maxRows) {
        try {
            Limited limited = new Limited(body, maxBytes);
            BufferedReader reader = new BufferedReader(new InputStreamReader(
                    BOMInputStream.builder().setInputStream(limited).get(),
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)));
            char delimiter = delimiterOf(reader);
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(true)
                    .setTrim(true)
                    .get();
            return new CsvFile(
                    CSVParser.builder().setReader(reader).setFormat(format).get(), limited, maxRows);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw unreadable(e);
        }
    }

    /** The header's names; empty for an empty file. */
    List<String> header() {
        return header;
    }

    /** The records after the header, read as they are asked for; iterate once. */
    @Override
    public Iterator<Line> iterator() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw unreadable(e);
                }
            }

            @Override
            public Line next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int start = (int) endOfPrevious + 1;
                CSVRecord record = CsvFile.this.next().orElseThrow();
                if (++rows > maxRows) {
                    throw body.refuse(new RequestTooLargeException(LocalizedText.of(
                            "promise-keeper.import.error.rows",
                            "The file has more than " + maxRows + " rows; split it into smaller files.",
                            maxRows)));
                }
                return new Line(start, record.toList());
            }
        };
    }

    /** Reads and discards the rest of the upload (up to the drain limit), for an answer given after the header alone. */
    void discardRest() {
        body.drain();
    }

    /** {@link #discardRest()}, then {@code refusal} to throw. */
    <E extends RuntimeException> E discardRestFor(E refusal) {
        discardRest();
        return refusal;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // the request's stream; the container closes it anyway
        }
    }

    private Optional<CSVRecord> next() {
        try {
            if (!records.hasNext()) {
                return Optional.empty();
            }
            CSVRecord record = records.next();
            endOfPrevious = parser.getCurrentLineNumber();
            return Optional.of(record);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw unreadable(e);
        }
    }

    private static Unreadable unreadable(Exception e) {
        if (e instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException) {
            return new Unreadable(LocalizedText.of("promise-keeper.import.error.not-utf8", NOT_UTF8), e);
        }
        return new Unreadable(
                LocalizedText.of(
                        "promise-keeper.import.error.not-csv",
                        "The file is not valid CSV: " + e.getMessage(),
                        e.getMessage()),
                e);
    }

    /** Semicolon when the header line has more semicolons than commas outside quotes, else comma. */
    private static char delimiterOf(BufferedReader reader) throws IOException {
        reader.mark(64 * 1024);
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0, c = reader.read(); c >= 0 && i < 64 * 1024 - 1; i++, c = reader.read()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        reader.reset();
        return semicolons > commas ? ';' : ',';
    }

    /** Counts bytes and stops the upload past the limit, before it is all in memory. */
    private static final class Limited extends FilterInputStream {
        private final long maxBytes;
        private long read;

        Limited(InputStream in, long maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > maxBytes) {
                long megabytes = maxBytes / (1024 * 1024);
                throw refuse(new RequestTooLargeException(LocalizedText.of(
                        "promise-keeper.import.error.bytes",
                        "The file is larger than " + megabytes + " MB; split it into smaller files.",
                        megabytes)));
            }
        }

        /** Reads what is left of the upload (up to the drain limit) so the refusal reaches the client. */
        RequestTooLargeException refuse(RequestTooLargeException tooLarge) {
            drain();
            return tooLarge;
        }

        void drain() {
            byte[] discard = new byte[64 * 1024];
            long budget = Math.max(0, maxBytes * DRAIN_FACTOR - read);
            try {
                for (int n = 0; budget > 0 && n >= 0; budget -= n) {
                    n = in.read(discard, 0, (int) Math.min(discard.length, budget));
                }
            } catch (IOException e) {
                // the client gave up; the answer is the same
            }
        }
    }
}
