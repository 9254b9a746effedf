package io.github.promisekeeper.jira.commitment.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.CommitmentHealth;
import io.github.promisekeeper.core.commitment.EpicHealth;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.renewal.NextRenewal;
import io.github.promisekeeper.jira.web.CsvWriter;
import io.github.promisekeeper.jira.web.ReasonTexts;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rows of {@code GET /commitments.csv}: a header row in the viewer's language, then one row per commitment with
 * its customer, health, dates, delivering epics and reasons. The value columns are there only for a viewer with the
 * money right: for anyone else they are left out, not blank.
 */
public final class CommitmentsCsv {

    /** Separates several reasons (or epics) inside one cell: a spreadsheet shows them one per line. */
    public static final String LINE = "\n";

    private final I18nResolver i18n;
    private final ReasonTexts reasons;
    private final boolean money;

    public CommitmentsCsv(I18nResolver i18n, boolean money) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.reasons = new ReasonTexts(i18n);
        this.money = money;
    }

    /** Writes the header row, then a row for each of {@code commitments}, naming customers from {@code customers}. */
    public void write(
            List<CommitmentHealth> commitments, Map<CustomerKey, Customer> customers, LocalDate today, CsvWriter csv)
            throws IOException {
        csv.text(i18n.getText("promise-keeper.csv.commitments.key"))
                .text(i18n.getText("promise-keeper.csv.commitments.summary"))
                .text(i18n.getText("promise-keeper.csv.customer-key"))
                .text(i18n.getText("promise-keeper.csv.customer"))
                .text(i18n.getText("promise-keeper.csv.commitments.health"))
                .text(i18n.getText("promise-keeper.csv.commitments.promised"))
                .text(i18n.getText("promise-keeper.csv.commitments.promised-by"))
                .text(i18n.getText("promise-keeper.csv.commitments.forecast"))
                .text(i18n.getText("promise-keeper.csv.commitments.renewal"))
                .text(i18n.getText("promise-keeper.csv.notice"));
        if (money) {
            csv.text(i18n.getText("promise-keeper.csv.commitments.value"))
                    .text(i18n.getText("promise-keeper.csv.currency"));
        }
        csv.text(i18n.getText("promise-keeper.csv.commitments.renewal-when-promised"))
                .text(i18n.getText("promise-keeper.csv.commitments.epics"))
                .text(i18n.getText("promise-keeper.csv.commitments.hidden-epics"))
                .text(i18n.getText("promise-keeper.csv.reasons"))
                .endRow();
        for (CommitmentHealth health : commitments) {
            Commitment commitment = health.commitment();
            Optional<Customer> customer = Optional.ofNullable(customers.get(commitment.customer()));
            Optional<NextRenewal> next = customer.flatMap(promisedTo -> NextRenewal.of(promisedTo, today));
            csv.text(commitment.key().toString())
                    .text(commitment.summary())
                    .text(commitment.customer().value())
                    .text(customer.map(Customer::name).orElse(null))
                    .text(healthText(health.health(), i18n))
                    .date(commitment.promisedDate())
                    .text(commitment.promisedBy())
                    .date(forecast(health).orElse(null))
                    .date(next.map(NextRenewal::renewal).orElse(null))
                    .date(next.map(NextRenewal::noticeDeadline).orElse(null));
            if (money) {
                Optional<Money> value = commitment.valueWhenPromised();
                csv.number(value.map(Money::amount).orElse(null))
                        .text(value.map(Money::currencyCode).orElse(null));
            }
            csv.date(commitment.renewalWhenPromised().orElse(null))
                    .text(String.join(
                            LINE,
                            health.epics().stream()
                                    .map(epic -> epic.epic().toString())
                                    .toList()))
                    .number(commitment.hiddenEpics())
                    .text(String.join(LINE, reasons.of(health.why())))
                    .endRow();
        }
    }

    /**
     * When the commitment is expected to be delivered: the latest forecast of its delivering epics, none when one
     * of them has none or no epic is linked (as the dashboard items show it, {@code gadgets.forecastOf}).
     */
    static Optional<LocalDate> forecast(CommitmentHealth health) {
        if (health.epics().isEmpty()) {
            return Optional.empty();
        }
        LocalDate latest = null;
        for (EpicHealth epic : health.epics()) {
            Optional<LocalDate> completion = epic.forecast().completion();
            if (completion.isEmpty()) {
                return Optional.empty();
            }
            latest = latest == null || completion.get().isAfter(latest) ? completion.get() : latest;
        }
        return Optional.of(latest);
    }

    /** A health in the viewer's language, as the dashboard items name it. */
    public static String healthText(Health health, I18nResolver i18n) {
        return switch (health) {
            case BREACHES_RENEWAL -> i18n.getText("promise-keeper.gadget.health.breaches-renewal");
            case OVERDUE -> i18n.getText("promise-keeper.gadget.health.overdue");
            case AT_RISK -> i18n.getText("promise-keeper.gadget.health.at-risk");
            case NO_DELIVERY_PLAN -> i18n.getText("promise-keeper.gadget.health.no-delivery-plan");
            case ON_TRACK -> i18n.getText("promise-keeper.gadget.health.on-track");
            case DELIVERED_LATE -> i18n.getText("promise-keeper.gadget.health.delivered-late");
            case DELIVERED -> i18n.getText("promise-keeper.gadget.health.delivered");
        };
    }
}
