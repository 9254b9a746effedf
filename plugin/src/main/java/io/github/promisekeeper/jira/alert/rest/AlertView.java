package io.github.promisekeeper.jira.alert.rest;

import io.github.promisekeeper.core.alert.Alert;
import io.github.promisekeeper.core.alert.AlertFacts;
import io.github.promisekeeper.core.alert.StoredAlert;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.radar.RiskLevel;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.jira.alert.AlertTexts;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** JSON of one alert: its facts, and its kind's label and its reason written in the viewer's language. */
record AlertView(
        long id,
        String kind,
        String kindText,
        String state,
        String customer,
        String customerName,
        String commitment,
        String summary,
        String epic,
        String raisedOn,
        String resolvedOn,
        String reason,
        String healthBefore,
        String healthAfter,
        String before,
        String after,
        String promisedDate,
        String renewal,
        String noticeDeadline,
        String contract,
        String risk,
        Integer count,
        boolean worsening) {

    static AlertView from(StoredAlert stored, AlertTexts texts) {
        Alert alert = stored.alert();
        AlertFacts facts = alert.facts();
        return new AlertView(
                stored.id(),
                AlertTexts.name(alert.kind()),
                texts.kind(alert.kind()),
                label(alert.state().name()),
                alert.customer().value(),
                facts.customerName(),
                alert.commitment().map(IssueKey::toString).orElse(null),
                facts.commitmentSummary().isEmpty() ? null : facts.commitmentSummary(),
                facts.epic().map(IssueKey::toString).orElse(null),
                alert.raisedOn().toString(),
                date(alert.resolvedOn()),
                texts.reason(stored),
                facts.healthBefore().map(Health::name).map(AlertView::label).orElse(null),
                facts.healthAfter().map(Health::name).map(AlertView::label).orElse(null),
                date(facts.before()),
                date(facts.after()),
                date(facts.promisedDate()),
                date(facts.renewal()),
                date(facts.noticeDeadline()),
                facts.contract().orElse(null),
                facts.risk().map(RiskLevel::name).map(AlertView::label).orElse(null),
                facts.count() == 0 ? null : facts.count(),
                alert.kind().isWorsening());
    }

    /** {@code HEALTH_WORSENED} → {@code health-worsened}, as the other JSON enums read. */
    static String label(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }
}
