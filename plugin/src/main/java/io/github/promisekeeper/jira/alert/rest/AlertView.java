package io.github.promisekeeper.jira.alert.rest;

import io.github.promisekeeper.core.alert.Alert;
import io.github.promisekeeper.core.alert.StoredAlert;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.jira.alert.AlertTexts;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One alert as JSON: its id, kind (a name and its label in the viewer's language), whom it is about, the epic it
 * names, the reason written in the viewer's language, when it was raised and whether (and when) it was resolved.
 * Alerts keep no money, so there is none to leave out for viewers without the money right.
 */
record AlertView(
        long id,
        String kind,
        String kindText,
        boolean worsening,
        String customer,
        String customerName,
        String commitment,
        String summary,
        String epic,
        String reason,
        LocalDate raisedOn,
        String state,
        LocalDate resolvedOn) {

    static AlertView from(StoredAlert stored, AlertTexts texts) {
        Alert alert = stored.alert();
        return new AlertView(
                stored.id(),
                AlertTexts.name(alert.kind()),
                texts.kind(alert.kind()),
                alert.kind().isWorsening(),
                alert.customer().value(),
                alert.facts().customerName(),
                alert.commitment().map(IssueKey::toString).orElse(null),
                alert.commitment().isPresent() ? alert.facts().commitmentSummary() : null,
                alert.facts().epic().map(IssueKey::toString).orElse(null),
                texts.reason(stored),
                alert.raisedOn(),
                alert.state().name().toLowerCase(Locale.ROOT),
                alert.resolvedOn().orElse(null));
    }
}
