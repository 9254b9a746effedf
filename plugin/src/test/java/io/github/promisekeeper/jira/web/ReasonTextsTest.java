package io.github.promisekeeper.jira.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.ReasonKey;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.CommitmentHealth;
import io.github.promisekeeper.core.commitment.CommitmentHealthRules;
import io.github.promisekeeper.core.commitment.EpicDelivery;
import io.github.promisekeeper.core.commitment.ThroughputForecast;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.jira.commitment.rest.CommitmentView;
import io.github.promisekeeper.jira.testing.PropertiesI18nResolver;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class ReasonTextsTest {

    private static final LocalDate TODAY = LocalDate.parse("2027-02-01");
    private static final IssueKey SSO = IssueKey.of("SSO-1");

    /** A second language for the test: a few reason keys in German, as a translation file would give them. */
    private static final I18nResolver GERMAN = new I18nResolver() {
        private final Map<String, String> texts = Map.of(
                "promise-keeper.reason.health.overdue", "{0} noch offen, zugesagt für {1} ({2})",
                "promise-keeper.reason.epic.label", "{0} „{1}“",
                "promise-keeper.reason.date.1", "{0}. Jan. {1}",
                "promise-keeper.reason.days.ago", "vor {0,number,#} Tagen",
                "promise-keeper.reason.epics.hidden.one",
                        "{0,number,#} liefernder Epic, den Sie in Jira nicht öffnen dürfen, ausgelassen");

        @Override
        public String getText(Locale locale, String key, Serializable... arguments) {
            return getText(key, arguments);
        }

        @Override
        public String getText(String key) {
            return getText(key, new Serializable[0]);
        }

        @Override
        public String getText(String key, Serializable... arguments) {
            return new MessageFormat(texts.getOrDefault(key, key), Locale.GERMAN).format(arguments);
        }
    };

    @Test
    void everyReasonCoreWritesHasItsEnglishTextInThePluginsProperties() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ReasonTextsTest.class.getResourceAsStream("/i18n/promise-keeper.properties")) {
            texts.load(in);
        }

        assertThat(ReasonKey.values())
                .allSatisfy(key -> assertThat(texts.getProperty(key.key()))
                        .as("text of %s", key.key())
                        .isEqualTo(key.english()));
    }

    @Test
    void writesReasonsInTheViewersLanguageNestedReasonsAndDatesIncluded() {
        CommitmentHealth health = overdueWithAHiddenEpic();

        assertThat(new ReasonTexts(GERMAN).of(health.why()))
                .containsExactly(
                        "SSO-1 „Single sign-on“ noch offen, zugesagt für 27. Jan. 2027 (vor 5 Tagen)",
                        "1 liefernder Epic, den Sie in Jira nicht öffnen dürfen, ausgelassen");
    }

    @Test
    void writesTheSameEnglishAsCoreThroughThePluginsProperties() {
        CommitmentHealth health = overdueWithAHiddenEpic();

        assertThat(new ReasonTexts(new PropertiesI18nResolver()).of(health.why()))
                .isEqualTo(health.reasons())
                .containsExactly(
                        "SSO-1 'Single sign-on' still open, promised 27 Jan 2027 (5 days ago)",
                        "1 delivering epic you cannot open in Jira left out");
        assertThat(new ReasonTexts(new PropertiesI18nResolver())
                        .of(Reason.count(1234, ReasonKey.OPEN_TICKET, ReasonKey.OPEN_TICKETS)))
                .isEqualTo("1234 open tickets");
    }

    @Test
    void aCommitmentsJsonKeepsItsShapeWithReasonsInTheViewersLanguage() {
        CommitmentView view = CommitmentView.from(overdueWithAHiddenEpic(), new ReasonTexts(GERMAN));

        assertThat(view.reasons())
                .first()
                .isEqualTo("SSO-1 „Single sign-on“ noch offen, zugesagt für 27. Jan. 2027 (vor 5 Tagen)");
        assertThat(view.epics())
                .singleElement()
                .satisfies(epic -> assertThat(epic.reasons())
                        .containsExactly(
                                "SSO-1 „Single sign-on“ noch offen, zugesagt für 27. Jan. 2027 (vor 5 Tagen)"));
        assertThat(view.hiddenEpics()).isEqualTo(1);
    }

    private static CommitmentHealth overdueWithAHiddenEpic() {
        Commitment commitment = new Commitment(
                IssueKey.of("SC-7"),
                CustomerKey.of("ACME"),
                "SSO before renewal",
                LocalDate.parse("2027-01-27"),
                "jane",
                Optional.empty(),
                Optional.empty(),
                List.of(SSO),
                1);
        return CommitmentHealthRules.standard(ThroughputForecast.DEFAULT)
                .assess(
                        commitment,
                        Map.of(SSO, EpicDelivery.open(SSO, "Single sign-on", 4, List.of(), null)),
                        Optional.empty(),
                        TODAY);
    }
}
