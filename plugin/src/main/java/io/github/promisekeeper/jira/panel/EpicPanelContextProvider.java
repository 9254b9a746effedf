package io.github.promisekeeper.jira.panel;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.CommitmentHealth;
import io.github.promisekeeper.core.commitment.CommitmentHealthRules;
import io.github.promisekeeper.core.commitment.Commitments;
import io.github.promisekeeper.core.commitment.EpicDeliveries;
import io.github.promisekeeper.core.commitment.EpicDelivery;
import io.github.promisekeeper.core.commitment.ThroughputForecast;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.radar.EpicPromises;
import io.github.promisekeeper.core.renewal.NextRenewal;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.settings.SettingsStore;
import io.github.promisekeeper.jira.web.Html;
import io.github.promisekeeper.jira.web.ReasonTexts;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The panel on an epic that delivers Sales Commitments: the customers it was promised to, their total
 * value in the site's reporting currency (for viewers allowed to see money), the earliest promised date
 * and notice deadline, and each commitment with its health. Hidden on issues that deliver no commitment.
 */
public class EpicPanelContextProvider extends IssuePanelProvider {

    private final Commitments commitments;
    private final EpicDeliveries epics;
    private final Customers customers;
    private final SettingsStore settings;
    private final Permissions permissions;
    private final I18nResolver i18n;
    private final Clock clock;

    @Inject
    public EpicPanelContextProvider(Commitments commitments, EpicDeliveries epics, Customers customers, SettingsStore settings,
                                    Permissions permissions, I18nResolver i18n, Clock siteClock) {
        this.commitments = Objects.requireNonNull(commitments, "commitments");
        this.epics = Objects.requireNonNull(epics, "epics");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.clock = Objects.requireNonNull(siteClock, "siteClock");
    }

    @Override
    protected IssuePanelView view(Map<String, Object> context) {
        Optional<IssueKey> epic = PanelFormat.key(context);
        List<Commitment> delivered = epic.map(commitments::deliveredBy).orElse(List.of());
        if (delivered.isEmpty()) {
            return IssuePanelView.hidden();
        }
        LocalDate today = LocalDate.now(clock);
        Map<CustomerKey, Customer> known = new HashMap<>();
        delivered.stream().map(Commitment::customer).distinct()
                .forEach(key -> customers.findByKey(key).ifPresent(customer -> known.put(key, customer)));
        boolean money = permissions.viewer().maySeeMoney();
        EpicPromises promises = EpicPromises.of(epic.get(), delivered, known, settings.current().exchangeRates(), money);
        // One batched read of every epic these commitments need: a commitment's health follows its worst epic.
        Set<IssueKey> allEpics = delivered.stream().flatMap(commitment -> commitment.deliveringEpics().stream())
                .collect(Collectors.toSet());
        Map<IssueKey, EpicDelivery> delivery = epics.of(allEpics);
        CommitmentHealthRules rules = CommitmentHealthRules.standard(ThroughputForecast.DEFAULT);

        String none = i18n.getText("promise-keeper.panel.unknown");
        PanelRows rows = new PanelRows()
                .add(i18n.getText("promise-keeper.panel.promised-to"),
                        promises.customers().stream().map(CustomerKey::value).collect(Collectors.joining(", ")))
                .add(i18n.getText("promise-keeper.panel.earliest-promised"),
                        promises.earliestPromisedDate().map(PanelFormat::date).orElse(none))
                .add(i18n.getText("promise-keeper.panel.earliest-notice"),
                        promises.earliestNoticeDeadline().map(PanelFormat::date).orElse(none));
        promises.totalValue().ifPresent(total -> rows.add(i18n.getText("promise-keeper.panel.total-value"), PanelFormat.money(total, new ReasonTexts(i18n))));
        StringBuilder list = new StringBuilder();
        for (Commitment commitment : promises.commitments()) {
            Optional<NextRenewal> renewal = Optional.ofNullable(known.get(commitment.customer()))
                    .flatMap(customer -> NextRenewal.of(customer, today));
            CommitmentHealth health = rules.assess(commitment, delivery, renewal, today);
            list.append("<li>").append(Html.escape(i18n.getText("promise-keeper.panel.commitment-line",
                    commitment.key().toString(), commitment.summary(), commitment.customer().value(),
                    PanelFormat.date(commitment.promisedDate()), PanelFormat.health(health.health())))).append("</li>");
        }
        return new IssuePanelView(true, rows.html(), list.toString(), "");
    }
}
