package io.github.promisekeeper.jira.panel;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.alert.AlertQuery;
import io.github.promisekeeper.core.alert.StoredAlert;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.CommitmentHealth;
import io.github.promisekeeper.core.commitment.CommitmentHealthCheck;
import io.github.promisekeeper.core.commitment.CommitmentHealthReport;
import io.github.promisekeeper.core.commitment.EpicDelivery;
import io.github.promisekeeper.core.commitment.EpicHealth;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.renewal.NextRenewal;
import io.github.promisekeeper.jira.alert.AlertFeed;
import io.github.promisekeeper.jira.alert.AlertTexts;
import io.github.promisekeeper.jira.commitment.IssueCommitments;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.settings.SettingsStore;
import io.github.promisekeeper.jira.web.Html;
import io.github.promisekeeper.jira.web.ReasonTexts;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The panel on a Sales Commitment: promised date, customer, value and renewal when promised against now
 * (money only for viewers allowed to see it), each delivering epic with progress and forecast, and the
 * commitment's health with its reasons, then "What changed": the commitment's alert history, newest first, open and
 * resolved, each with its dates (at most {@value #MAX_CHANGES}), or a line saying none is recorded. Hidden on other
 * issues.
 */
public class CommitmentPanelContextProvider extends IssuePanelProvider {

    /** Most alerts the panel lists: the newest, since the oldest matter least on a commitment's page. */
    static final int MAX_CHANGES = 20;

    private final IssueCommitments commitments;
    private final CommitmentHealthCheck healthCheck;
    private final SettingsStore settings;
    private final Permissions permissions;
    private final I18nResolver i18n;
    private final Clock clock;
    private final AlertFeed alerts;

    @Inject
    public CommitmentPanelContextProvider(
            IssueCommitments commitments,
            CommitmentHealthCheck healthCheck,
            SettingsStore settings,
            Permissions permissions,
            I18nResolver i18n,
            Clock siteClock,
            AlertFeed alerts) {
        this.commitments = Objects.requireNonNull(commitments, "commitments");
        this.healthCheck = Objects.requireNonNull(healthCheck, "healthCheck");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.clock = Objects.requireNonNull(siteClock, "siteClock");
        this.alerts = Objects.requireNonNull(alerts, "alerts");
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
        CommitmentHealthReport report =
                healthCheck.of(commitment, settings.current().radarSettings().forecasting());
        CommitmentHealth health = report.commitments().get(0);
        Optional<Customer> customer = Optional.ofNullable(report.customers().get(commitment.customer()));
        Optional<NextRenewal> renewal = customer.flatMap(c -> NextRenewal.of(c, today));

        String none = i18n.getText("promise-keeper.panel.unknown");
        PanelRows rows = new PanelRows()
                .add(i18n.getText("promise-keeper.panel.promised"), PanelFormat.date(commitment.promisedDate()))
                .add(
                        i18n.getText("promise-keeper.panel.customer"),
                        customer.map(c -> c.name() + " (" + c.key() + ")")
                                .orElse(commitment.customer().value()))
                .add(
                        i18n.getText("promise-keeper.panel.renewal-then"),
                        commitment.renewalWhenPromised().map(PanelFormat::date).orElse(none))
                .add(
                        i18n.getText("promise-keeper.panel.renewal-now"),
                        renewal.map(r -> PanelFormat.date(r.renewal())).orElse(none));
        if (money) {
            rows.add(
                            i18n.getText("promise-keeper.panel.value-then"),
                            commitment
                                    .valueWhenPromised()
                                    .map(PanelFormat::money)
                                    .orElse(none))
                    .add(
                            i18n.getText("promise-keeper.panel.value-now"),
                            renewal.flatMap(r -> r.contract().value())
                                    .map(PanelFormat::money)
                                    .orElse(none));
        }
        ReasonTexts reasons = new ReasonTexts(i18n);
        StringBuilder list = new StringBuilder();
        for (EpicHealth epic : health.epics()) {
            EpicDelivery progress = report.epics().get(epic.epic());
            String forecast = epic.forecast()
                    .completion()
                    .map(PanelFormat::date)
                    .orElseGet(() -> reasons.of(epic.forecast().why()));
            list.append("<li>")
                    .append(Html.escape(i18n.getText(
                            "promise-keeper.panel.epic-line",
                            progress == null ? epic.epic().toString() : reasons.of(progress.labelReason()),
                            progress == null ? 0 : progress.childrenDone(),
                            progress == null ? 0 : progress.childrenTotal(),
                            forecast,
                            PanelFormat.health(epic.health(), reasons))))
                    .append("</li>");
        }
        String note = i18n.getText(
                "promise-keeper.panel.health",
                PanelFormat.health(health.health(), reasons),
                String.join("; ", reasons.of(health.why())));
        return new IssuePanelView(true, rows.html(), list.toString(), Html.escape(note), changes(commitment));
    }

    /** The commitment's alert history as the viewer may see it: a heading and a list, or a line saying there is none. */
    private String changes(Commitment commitment) {
        List<StoredAlert> history = alerts.read(AlertQuery.all(MAX_CHANGES).of(commitment.key()), Set.of());
        StringBuilder html = new StringBuilder("<h3 class=\"pk-issue-panel-changes-title\">")
                .append(Html.escape(i18n.getText("promise-keeper.panel.changes")))
                .append("</h3>");
        if (history.isEmpty()) {
            return html.append("<p class=\"pk-issue-panel-no-changes\">")
                    .append(Html.escape(i18n.getText("promise-keeper.panel.no-changes")))
                    .append("</p>")
                    .toString();
        }
        AlertTexts texts = new AlertTexts(i18n);
        html.append("<ul class=\"pk-issue-panel-changes\">");
        for (StoredAlert stored : history) {
            String raised = PanelFormat.date(stored.alert().raisedOn());
            String kind = texts.kind(stored.alert().kind());
            String reason = texts.reason(stored);
            String line = stored.alert()
                    .resolvedOn()
                    .map(day -> i18n.getText(
                            "promise-keeper.panel.change.resolved", raised, kind, reason, PanelFormat.date(day)))
                    .orElseGet(() -> i18n.getText("promise-keeper.panel.change.open", raised, kind, reason));
            html.append("<li data-pk-alert-state=\"")
                    .append(Html.escape(stored.alert().state().name().toLowerCase(Locale.ROOT)))
                    .append("\">")
                    .append(Html.escape(line))
                    .append("</li>");
        }
        return html.append("</ul>").toString();
    }
}
