package io.github.promisekeeper.stubs;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules EvidenceLedgerTest applies, each shown to reject what it should (so that test can fail). */
class EvidenceLedgerRulesTest {

    @Test
    void rendersTypesConstructorsMethodsFieldsAndEnumConstantsAsTheLedgerNamesThem() {
        assertThat(StandInMembers.of(Sample.class))
                .containsExactlyInAnyOrder(
                        Sample.class.getName(),
                        Sample.class.getName() + "#<init>(java.lang.String[],int)",
                        Sample.class.getName() + "#find(java.util.List,java.lang.Object[])",
                        Sample.class.getName()
                                + "#keep(io.github.promisekeeper.stubs.EvidenceLedgerRulesTest$Sample$Mode)",
                        Sample.class.getName() + "#LIMIT");
        assertThat(StandInMembers.of(Sample.Mode.class))
                .containsExactlyInAnyOrder(
                        Sample.Mode.class.getName(),
                        Sample.Mode.class.getName() + "#ON",
                        Sample.Mode.class.getName() + "#OFF");
        assertThat(StandInMembers.of(Hidden.class)).isEmpty();
    }

    @Test
    void acceptsUrlsAndRepositoryFilesAtACommitOnly() {
        assertThat(EvidenceLedger.wellFormedEvidence("https://docs.atlassian.com/x.html"))
                .isTrue();
        assertThat(EvidenceLedger.wellFormedEvidence("codescape/jira-scrum-poker@0123abcd:pom.xml"))
                .isTrue();
        assertThat(EvidenceLedger.wellFormedEvidence("codescape/jira-scrum-poker:pom.xml"))
                .isFalse();
        assertThat(EvidenceLedger.wellFormedEvidence("codescape/jira-scrum-poker@main:pom.xml"))
                .isFalse();
        assertThat(EvidenceLedger.wellFormedEvidence("Jira 11 javadoc")).isFalse();
    }

    @Test
    void reportsAWrongHeaderAndShortLinesAndSplitsEvidence() {
        EvidenceLedger ledger = EvidenceLedger.parse(List.of(
                "# comment",
                "member\tstatus",
                "a\tnone\t\t",
                "b\tconfirmed-11\thttps://a ; o/r@01234567:p\tnote",
                "c\tnone"));
        assertThat(ledger.malformed()).hasSize(2);
        assertThat(ledger.rows()).extracting(EvidenceLedger.Row::member).containsExactly("a", "b");
        assertThat(ledger.rows().get(1).evidenceEntries()).containsExactly("https://a", "o/r@01234567:p");
        assertThat(ledger.rows().get(0).evidenceEntries()).isEmpty();
    }

    /** A type shaped like a stand-in. */
    public static final class Sample {
        public static final int LIMIT = 1;
        private static final int HIDDEN = 2;

        public Sample(String[] names, int size) {}

        private Sample() {}

        public <T extends List<?>> T find(T list, Object... values) {
            return list;
        }

        public void keep(Mode mode) {}

        void packagePrivate() {}

        /** An enum: its constants count, values() and valueOf(String) do not. */
        public enum Mode {
            ON,
            OFF
        }
    }

    private static final class Hidden {
        public void method() {}
    }
}
