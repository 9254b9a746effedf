package io.github.promisekeeper.jira.web;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Writes CSV that any spreadsheet opens safely, one field at a time: RFC 4180 (comma separated, CRLF between
 * records, a field holding a comma, quote, CR or LF in double quotes with its quotes doubled), and no text a
 * spreadsheet would run: a text field that starts with {@code =}, {@code +}, {@code -}, {@code @}, tab, CR or LF gets
 * a leading apostrophe ({@code '=1+1}), so Excel, LibreOffice and Google Sheets show it as text (OWASP's advice for
 * CSV injection). Numbers the app computed itself ({@link #number}) are written as they are, a negative one included
 * ({@code -250.00}): they come from typed values, never from anyone's text, so they cannot carry a formula and stay
 * numbers a spreadsheet can add up. The caller writes {@link #BOM} first, so Excel reads the file as UTF-8.
 */
public final class CsvWriter {

    /** The UTF-8 byte order mark, without which Excel reads a CSV file in the system's legacy code page. */
    public static final String BOM = "\uFEFF";

    private static final String RECORD_END = "\r\n";

    private final Writer out;
    private boolean firstField = true;

    public CsvWriter(Writer out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /** A text field, neutralised and quoted as needed; empty for null. */
    public CsvWriter text(String value) throws IOException {
        return field(value == null ? "" : quoted(neutralised(value)));
    }

    /** A whole number the app computed (a count, a score, days). */
    public CsvWriter number(long value) throws IOException {
        return field(Long.toString(value));
    }

    /** A decimal the app computed, such as an amount: plain digits, a point, a minus sign when negative. */
    public CsvWriter number(BigDecimal value) throws IOException {
        return field(value == null ? "" : value.toPlainString());
    }

    /** An ISO date ({@code 2027-03-01}), which every spreadsheet reads as a date; empty for null. */
    public CsvWriter date(LocalDate value) throws IOException {
        return field(value == null ? "" : value.toString());
    }

    /** Ends the record. */
    public CsvWriter endRow() throws IOException {
        out.write(RECORD_END);
        firstField = true;
        return this;
    }

    public void flush() throws IOException {
        out.flush();
    }

    /** {@code text} as a spreadsheet shows it as text: with a leading apostrophe when it starts like a formula. */
    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\n' -> "'" + text;
            default -> text;
        };
    }

    /** {@code text} as one RFC 4180 field: in double quotes, quotes doubled, when it holds a separator or quote. */
    static String quoted(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\r') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private CsvWriter field(String written) throws IOException {
        if (!firstField) {
            out.write(',');
        }
        out.write(written);
        firstField = false;
        return this;
    }
}
