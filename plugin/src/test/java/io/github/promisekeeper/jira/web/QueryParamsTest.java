package io.github.promisekeeper.jira.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryParamsTest {

    @Test
    void listsTheCommaSeparatedItemsStrippedWithoutBlanks() {
        assertThat(QueryParams.list(" ACME, GLOBEX ,,")).containsExactly("ACME", "GLOBEX");
        assertThat(QueryParams.list("at-risk")).containsExactly("at-risk");
        assertThat(QueryParams.list(" ")).isEmpty();
        assertThat(QueryParams.list(null)).isEmpty();
    }

    @Test
    void readsAWholeNumberInRangeOrTheFallback() {
        assertThat(QueryParams.whole(null, 100, 1, 500)).contains(100);
        assertThat(QueryParams.whole(" 20 ", 100, 1, 500)).contains(20);
        assertThat(QueryParams.whole("501", 100, 1, 500)).isEmpty();
        assertThat(QueryParams.whole("ten", 100, 1, 500)).isEmpty();
    }
}
