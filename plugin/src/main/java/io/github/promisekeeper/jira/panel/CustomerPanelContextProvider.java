package io.github.promisekeeper.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.CommitmentHealth;
import io.github.promisekeeper.core.commitment.CommitmentHealthCheck;
import io.github.promisekeeper.core.commitment.CommitmentHealthReport;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.renewal.NextRenewal;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.search.IssueValues;
import io.github.promisekeeper.jira.settings.SettingsStore;
import io.github.promisekeeper.jira.setup.JiraSchema;
import io.github.promisekeeper.jira.web.Html;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The panel on a ticket with a customer: the customer's next renewal, notice deadline and days left, the
 * renewing contract's annual value for viewers allowed to see money, and the customer's open commitments
 * the viewer can see with their health (at most {@value #COMMITMENTS_SHOWN}, soonest promise first; one
 * search for the commitments and one batched read of their epics). Hidden without a known customer.
 */
public class CustomerPanelContextProvider extends IssuePanelProvider {

    static final int COMMITMENTS_SHOWN = 10;

    private final JiraSchema schema;
    private final Customers customers;
    private final CommitmentHealthCheck healthCheck;
    private final SettingsStore settings;
    private final Permissions permissions;
    private final I18nResolver i18n;
    private final Clock clock;

    @Inject
    public CustomerPanelContextProvider(
            JiraSchema schema,
            Customers customers,
            CommitmentHealthCheck healthCheck,
            SettingsStore settings,
            Permissions permissions,
            I18nResolver i18n,
            Clock siteClock) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.healthCheck = Objects.requireNonNull(healthCheck, "healthCheck");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.clock = Objects.requireNonNull(siteClock, "siteClock");
    }

    @Override
    protected IssuePanelView view(Map<String, Object> context) {
        Optional<Issue> issue = PanelFormat.issue(context);
        Optional<CustomerKey> key =
                issue.flatMap(i -> schema.customerField().flatMap(f -> IssueValues.customer(i.getCustomFieldValue(f))));
        Optional<Customer> customer = key.flatMap(customers::findByKey);
        if (customer.isEmpty()) {
            return IssuePanelView.hidden();
        }
        LocalDate today = LocalDate.now(clock);
        PanelRows rows = new PanelRows()
                .add(
                        i18n.getText("promise-keeper.panel.customer"),
                        customer.get().name() + " (" + customer.get().key() + ")");
        Optional<NextRenewal> renewal = NextRenewal.of(customer.get(), today);
        if (renewal.isEmpty()) {
            rows.add(i18n.getText("promise-keeper.panel.renewal"), i18n.getText("promise-keeper.panel.no-renewal"));
        } else {
            NextRenewal next = renewal.get();
            rows.add(i18n.getText("promise-keeper.panel.renewal"), PanelFormat.date(next.renewal()))
                    .add(i18n.getText("promise-keeper.panel.notice"), PanelFormat.date(next.noticeDeadline()))
                    .add(i18n.getText("promise-keeper.panel.days-left"), Long.toString(next.daysLeft()));
            if (permissions.viewer().maySeeMoney()) {
                next.contract()
                        .value()
                        .ifPresent(value ->
                                rows.add(i18n.getText("promise-keeper.panel.value"), PanelFormat.money(value)));
            }
        }
        CommitmentHealthReport open = healthCheck.openOf(
                customer.get(),
                COMMITMENTS_SHOWN,
                settings.current().radarSettings().forecasting());
        if (open.total() == 0) {
            return new IssuePanelView(true, rows.html(), "", "");
        }
        rows.add(i18n.getText("promise-keeper.panel.open-commitments"), Integer.toString(open.total()));
        StringBuilder list = new StringBuilder();
        for (CommitmentHealth health : open.commitments()) {
            Commitment commitment = health.commitment();
            list.append(PanelFormat.commitmentLine(i18n, commitment, health.health()));
        }
        int hidden = open.total() - open.commitments().size();
        String more = hidden > 0 ? Html.escape(i18n.getText("promise-keeper.panel.more-commitments", hidden)) : "";
        return new IssuePanelView(true, rows.html(), list.toString(), more);
    }
}
