package io.github.promisekeeper.jira.radar.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.commitment.CommitmentHealth;
import io.github.promisekeeper.core.customer.MoneyTotal;
import io.github.promisekeeper.core.radar.Flag;
import io.github.promisekeeper.core.radar.RadarEntry;
import io.github.promisekeeper.core.radar.RiskLevel;
import io.github.promisekeeper.jira.commitment.rest.CommitmentsCsv;
import io.github.promisekeeper.jira.web.CsvWriter;
import io.github.promisekeeper.jira.web.ReasonTexts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rows of {@code GET /radar.csv}: a header row in the viewer's language, then one row per customer in risk
 * order with its dates, open tickets, promises and every flag's reason. The value columns are there only for a
 * viewer with the money right: for anyone else they are left out, not blank.
 */
final class RadarCsv {

    private final I18nResolver i18n;
    private final ReasonTexts reasons;
    private final boolean money;

    RadarCsv(I18nResolver i18n, boolean money) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.reasons = new ReasonTexts(i18n);
        this.money = money;
    }

    void write(List<RadarEntry> customers, CsvWriter csv) throws IOException {
        csv.text(i18n.getText("promise-keeper.csv.radar.risk"))
                .text(i18n.getText("promise-keeper.csv.radar.score"))
                .text(i18n.getText("promise-keeper.csv.customer-key"))
                .text(i18n.getText("promise-keeper.csv.customer"))
                .text(i18n.getText("promise-keeper.csv.radar.renewal"))
                .text(i18n.getText("promise-keeper.csv.notice"))
                .text(i18n.getText("promise-keeper.csv.radar.days-left"));
        if (money) {
            csv.text(i18n.getText("promise-keeper.csv.radar.value")).text(i18n.getText("promise-keeper.csv.currency"));
        }
        csv.text(i18n.getText("promise-keeper.csv.radar.tickets"))
                .text(i18n.getText("promise-keeper.csv.radar.commitments"))
                .text(i18n.getText("promise-keeper.csv.reasons"))
                .endRow();
        for (RadarEntry entry : customers) {
            csv.text(riskText(entry.risk()))
                    .number(entry.score())
                    .text(entry.customer().value())
                    .text(entry.customerName())
                    .date(entry.renewal())
                    .date(entry.noticeDeadline())
                    .number(entry.daysLeft());
            if (money) {
                Optional<MoneyTotal> value = entry.annualValue();
                csv.number(value.map(total -> total.total().amount()).orElse(null))
                        .text(value.map(total -> total.total().currencyCode()).orElse(null));
            }
            csv.number(entry.tickets().openTotal())
                    .text(String.join(
                            CommitmentsCsv.LINE,
                            entry.commitments().stream().map(this::promise).toList()))
                    .text(String.join(CommitmentsCsv.LINE, reasonsOf(entry)))
                    .endRow();
        }
    }

    /**
     * Every flag's reason, most serious first; for a viewer of the value, then why the value leaves a currency
     * out (the JSON says so in {@code missingRates}, a spreadsheet cell only in words).
     */
    private List<String> reasonsOf(RadarEntry entry) {
        List<String> texts = new ArrayList<>(
                entry.flags().stream().map(Flag::why).map(reasons::of).toList());
        if (money) {
            entry.annualValue()
                    .flatMap(MoneyTotal::whyIncomplete)
                    .map(reasons::of)
                    .ifPresent(texts::add);
        }
        return texts;
    }

    /** "SC-1 (At risk)": a promise and its health. */
    private String promise(CommitmentHealth health) {
        return i18n.getText(
                "promise-keeper.csv.radar.commitment",
                health.commitment().key().toString(),
                CommitmentsCsv.healthText(health.health(), i18n));
    }

    private String riskText(RiskLevel risk) {
        return switch (risk) {
            case HIGH -> i18n.getText("promise-keeper.gadget.risk.high");
            case MEDIUM -> i18n.getText("promise-keeper.gadget.risk.medium");
            case LOW -> i18n.getText("promise-keeper.gadget.risk.low");
        };
    }
}
