package io.github.promisekeeper.core.renewal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WindowBasisTest {

    @Test
    void readsTheWordThatNamesEachBasisIgnoringCaseAndBlanks() {
        assertThat(WindowBasis.fromWord("renewal")).contains(WindowBasis.RENEWAL_DATE);
        assertThat(WindowBasis.fromWord(" Notice ")).contains(WindowBasis.NOTICE_DEADLINE);
        for (WindowBasis basis : WindowBasis.values()) {
            assertThat(WindowBasis.fromWord(basis.word())).contains(basis);
        }
    }

    @Test
    void namesNoBasisForAnyOtherText() {
        assertThat(WindowBasis.fromWord("RENEWAL_DATE")).isEmpty();
        assertThat(WindowBasis.fromWord("")).isEmpty();
        assertThat(WindowBasis.fromWord(null)).isEmpty();
    }
}
