package io.github.promisekeeper.jira.panel;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.CommitmentHealth;
import io.github.promisekeeper.core.commitment.CommitmentHealthCheck;
import io.github.promisekeeper.core.commitment.CommitmentHealthReport;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.radar.EpicPromises;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.settings.PromiseKeeperSettings;
import io.github.promisekeeper.jira.settings.SettingsStore;
import io.github.promisekeeper.jira.web.ReasonTexts;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The panel on an epic that delivers Sales Commitments: the customers it was promised to, their total
 * value in the site's reporting currency (for viewers allowed to see money), the earliest promised date
 * and notice deadline, and each commitment with its health. Hidden on issues that deliver no commitment.
 */
public class EpicPanelContextProvider extends IssuePanelProvider {

    private final CommitmentHealthCheck healthCheck;
    private final SettingsStore settings;
    private final Permissions permissions;
    private final I18nResolver i18n;

    @Inject
    public EpicPanelContextProvider(
            CommitmentHealthCheck healthCheck, SettingsStore settings, Permissions permissions, I18nResolver i18n) {
        this.healthCheck = Objects.requireNonNull(healthCheck, "healthCheck");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    @Override
    protected IssuePanelView view(Map<String, Object> context) {
        Optional<IssueKey> epic = PanelFormat.key(context);
        if (epic.isEmpty()) {
            return IssuePanelView.hidden();
        }
        PromiseKeeperSettings site = settings.current();
        // A commitment's health follows its worst epic, so every epic these commitments name is read, in one call.
        CommitmentHealthReport delivered =
                healthCheck.deliveredBy(epic.get(), site.radarSettings().forecasting());
        if (delivered.commitments().isEmpty()) {
            return IssuePanelView.hidden();
        }
        Map<IssueKey, CommitmentHealth> healthByKey = new HashMap<>();
        delivered
                .commitments()
                .forEach(health -> healthByKey.put(health.commitment().key(), health));
        boolean money = permissions.viewer().maySeeMoney();
        EpicPromises promises = EpicPromises.of(
                epic.get(),
                delivered.commitments().stream()
                        .map(CommitmentHealth::commitment)
                        .toList(),
                delivered.customers(),
                site.exchangeRates(),
                money);

        String none = i18n.getText("promise-keeper.panel.unknown");
        PanelRows rows = new PanelRows()
                .add(
                        i18n.getText("promise-keeper.panel.promised-to"),
                        promises.customers().stream().map(CustomerKey::value).collect(Collectors.joining(", ")))
                .add(
                        i18n.getText("promise-keeper.panel.earliest-promised"),
                        promises.earliestPromisedDate().map(PanelFormat::date).orElse(none))
                .add(
                        i18n.getText("promise-keeper.panel.earliest-notice"),
                        promises.earliestNoticeDeadline().map(PanelFormat::date).orElse(none));
        promises.totalValue()
                .ifPresent(total -> rows.add(
                        i18n.getText("promise-keeper.panel.total-value"),
                        PanelFormat.money(total, new ReasonTexts(i18n))));
        StringBuilder list = new StringBuilder();
        for (Commitment commitment : promises.commitments()) {
            CommitmentHealth health = healthByKey.get(commitment.key());
            list.append(PanelFormat.commitmentLine(i18n, commitment, health.health()));
        }
        return new IssuePanelView(true, rows.html(), list.toString(), "");
    }
}
