package io.github.promisekeeper.jira.commitment.rest;

import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.CommitmentHealth;
import io.github.promisekeeper.core.commitment.EpicHealth;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.jira.web.Labels;
import io.github.promisekeeper.jira.web.ReasonTexts;
import io.github.promisekeeper.jira.web.ValueView;

import java.time.LocalDate;
import java.util.List;

/**
 * JSON of one commitment: what was promised to whom and when, its health with every reason (in the viewer's
 * language), its delivering epics with theirs, and the value at stake when promised (absent without the money right).
 * {@code epics} lists only the delivering epics the viewer may open; {@code hiddenEpics} counts the others.
 */
public record CommitmentView(
        String key,
        String customer,
        String summary,
        LocalDate promisedDate,
        String promisedBy,
        String health,
        List<String> reasons,
        ValueView valueWhenPromised,
        LocalDate renewalWhenPromised,
        List<Epic> epics,
        int hiddenEpics) {

    /** One delivering epic with its own health and forecast date. */
    public record Epic(String key, String health, List<String> reasons, LocalDate forecast) {
        static Epic from(EpicHealth epic, ReasonTexts texts) {
            return new Epic(epic.epic().toString(), Labels.of(epic.health()), texts.of(epic.why()), forecastOf(epic));
        }

        private static LocalDate forecastOf(EpicHealth epic) {
            return epic.forecast() == null ? null : epic.forecast().completion().orElse(null);
        }
    }

    public static CommitmentView from(CommitmentHealth health, ReasonTexts texts) {
        Commitment commitment = health.commitment();
        return new CommitmentView(
                commitment.key().toString(),
                commitment.customer().value(),
                commitment.summary(),
                commitment.promisedDate(),
                commitment.promisedBy(),
                Labels.of(health.health()),
                texts.of(health.why()),
                commitment.valueWhenPromised().map(ValueView::from).orElse(null),
                commitment.renewalWhenPromised().orElse(null),
                health.epics().stream().map(epic -> Epic.from(epic, texts)).toList(),
                commitment.hiddenEpics());
    }

    /** A commitment without assessed health (the epic roll-up lists them as promised). */
    public static CommitmentView promised(Commitment commitment) {
        return new CommitmentView(
                commitment.key().toString(),
                commitment.customer().value(),
                commitment.summary(),
                commitment.promisedDate(),
                commitment.promisedBy(),
                null,
                null,
                commitment.valueWhenPromised().map(ValueView::from).orElse(null),
                commitment.renewalWhenPromised().orElse(null),
                commitment.deliveringEpics().stream()
                        .map(IssueKey::toString)
                        .map(key -> new Epic(key, null, null, null))
                        .toList(),
                commitment.hiddenEpics());
    }
}
