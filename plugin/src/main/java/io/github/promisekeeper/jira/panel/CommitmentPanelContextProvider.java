package io.github.promisekeeper.jira.panel;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.CommitmentHealth;
import io.github.promisekeeper.core.commitment.CommitmentHealthRules;
import io.github.promisekeeper.core.commitment.EpicDeliveries;
import io.github.promisekeeper.core.commitment.EpicDelivery;
import io.github.promisekeeper.core.commitment.EpicHealth;
import io.github.promisekeeper.core.commitment.ThroughputForecast;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.renewal.NextRenewal;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.jira.commitment.jira.JiraCommitments;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.web.Html;
import io.github.promisekeeper.jira.web.ReasonTexts;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The panel on a Sales Commitment: promised date, customer, value and renewal when promised against now
 * (money only for viewers allowed to see it), each delivering epic with progress and forecast, and the
 * commitment's health with its reasons. Hidden on other issues.
 */
public class CommitmentPanelContextProvider extends IssuePanelProvider {

    private final JiraCommitments commitments;
    private final EpicDeliveries epics;
    private final Customers customers;
    private final Permissions permissions;
    private final I18nResolver i18n;
    private final Clock clock;

    @Inject
    public CommitmentPanelContextProvider(JiraCommitments commitments, EpicDeliveries epics, Customers customers,
                                          Permissions permissions, I18nResolver i18n, Clock siteClock) {
        this.commitments = Objects.requireNonNull(commitments, "commitments");
        this.epics = Objects.requireNonNull(epics, "epics");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.clock = Objects.requireNonNull(siteClock, "siteClock");
    }

    @Override
    protected IssuePanelView view(Map<String, Object> context) {
        Optional<Commitment> found = PanelFormat.issue(context).flatMap(commitments::of);
        if (found.isEmpty()) {
            return IssuePanelView.hidden();
        }
        boolean money = permissions.viewer().maySeeMoney();
        Commitment commitment = money ? found.get() : found.get().withoutValue();
        LocalDate today = LocalDate.now(clock);
        Optional<Customer> customer = customers.findByKey(commitment.customer());
        Optional<NextRenewal> renewal = customer.flatMap(c -> NextRenewal.of(c, today));
        Map<IssueKey, EpicDelivery> delivery = commitment.deliveringEpics().isEmpty()
                ? Map.of() : epics.of(new HashSet<>(commitment.deliveringEpics()));
        CommitmentHealth health = CommitmentHealthRules.standard(ThroughputForecast.DEFAULT)
                .assess(commitment, delivery, renewal, today);

        String none = i18n.getText("promise-keeper.panel.unknown");
        PanelRows rows = new PanelRows()
                .add(i18n.getText("promise-keeper.panel.promised"), PanelFormat.date(commitment.promisedDate()))
                .add(i18n.getText("promise-keeper.panel.customer"),
                        customer.map(c -> c.name() + " (" + c.key() + ")").orElse(commitment.customer().value()))
                .add(i18n.getText("promise-keeper.panel.renewal-then"),
                        commitment.renewalWhenPromised().map(PanelFormat::date).orElse(none))
                .add(i18n.getText("promise-keeper.panel.renewal-now"),
                        renewal.map(r -> PanelFormat.date(r.renewal())).orElse(none));
        if (money) {
            rows.add(i18n.getText("promise-keeper.panel.value-then"),
                            commitment.valueWhenPromised().map(PanelFormat::money).orElse(none))
                    .add(i18n.getText("promise-keeper.panel.value-now"),
                            renewal.flatMap(r -> r.contract().value()).map(PanelFormat::money).orElse(none));
        }
        ReasonTexts reasons = new ReasonTexts(i18n);
        StringBuilder list = new StringBuilder();
        for (EpicHealth epic : health.epics()) {
            EpicDelivery progress = delivery.get(epic.epic());
            String forecast = epic.forecast().completion().map(PanelFormat::date).orElseGet(() -> reasons.of(epic.forecast().why()));
            list.append("<li>").append(Html.escape(i18n.getText("promise-keeper.panel.epic-line",
                    progress == null ? epic.epic().toString() : progress.label(),
                    progress == null ? 0 : progress.childrenDone(), progress == null ? 0 : progress.childrenTotal(),
                    forecast, PanelFormat.health(epic.health())))).append("</li>");
        }
        String note = i18n.getText("promise-keeper.panel.health", PanelFormat.health(health.health()),
                String.join("; ", reasons.of(health.why())));
        return new IssuePanelView(true, rows.html(), list.toString(), Html.escape(note));
    }
}
