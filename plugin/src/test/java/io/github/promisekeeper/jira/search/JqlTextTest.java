package io.github.promisekeeper.jira.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JqlTextTest {

    @Test
    void quotesAndEscapesEverythingThatCouldEndAString() {
        assertThat(JqlText.quote("ACME")).isEqualTo("\"ACME\"");
        assertThat(JqlText.quote("X\" OR project = \"Y")).isEqualTo("\"X\\\" OR project = \\\"Y\"");
        assertThat(JqlText.quote("a\\\"b")).isEqualTo("\"a\\\\\\\"b\"");
        assertThat(JqlText.quote("it's")).isEqualTo("\"it\\'s\"");
        assertThat(JqlText.quote("line\nbreak\u0000")).isEqualTo("\"line\\nbreak\\u0000\"");
    }

    @Test
    void aQuotedHostileValueStaysOneStringLiteral() {
        String quoted = JqlText.quote("\\\") OR 1=1 OR (\"");

        assertThat(JqlText.isSelfContained(quoted)).isTrue();
        assertThat(quoted).startsWith("\"").endsWith("\"");
        // Every quote inside is escaped: removing escaped pairs leaves only the two delimiters.
        assertThat(quoted.replace("\\\\", "")
                        .replace("\\\"", "")
                        .chars()
                        .filter(c -> c == '"')
                        .count())
                .isEqualTo(2);
    }

    @Test
    void listsQuoteEachValue() {
        assertThat(JqlText.list(List.of("ACME", "GLOBEX"))).isEqualTo("(\"ACME\", \"GLOBEX\")");
        assertThatThrownBy(() -> JqlText.list(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clauseThatClosesMoreThanItOpensIsNotSelfContained() {
        assertThat(JqlText.isSelfContained("project = A) OR (project = B")).isFalse();
        assertThat(JqlText.isSelfContained("(project = A")).isFalse();
        assertThat(JqlText.isSelfContained("summary ~ \"unclosed")).isFalse();
        assertThat(JqlText.isSelfContained("(project = A OR summary ~ \")(\") AND labels = x"))
                .isTrue();
        assertThat(JqlText.isSelfContained("summary ~ 'it\\'s )'")).isTrue();
    }
}
