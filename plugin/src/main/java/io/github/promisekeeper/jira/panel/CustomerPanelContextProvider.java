package io.github.promisekeeper.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.renewal.NextRenewal;
import io.github.promisekeeper.jira.jql.IssueValues;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.setup.JiraSchema;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The panel on a ticket with a customer: the customer's next renewal, notice deadline and days left, and
 * the renewing contract's annual value for viewers allowed to see money. Hidden without a known customer.
 */
public class CustomerPanelContextProvider extends IssuePanelProvider {

    private final JiraSchema schema;
    private final Customers customers;
    private final Permissions permissions;
    private final I18nResolver i18n;
    private final Clock clock;

    public CustomerPanelContextProvider(JiraSchema schema, Customers customers, Permissions permissions, I18nResolver i18n,
                                        Clock siteClock) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.clock = Objects.requireNonNull(siteClock, "siteClock");
    }

    @Override
    protected IssuePanelView view(Map<String, Object> context) {
        Optional<Issue> issue = PanelFormat.issue(context);
        Optional<CustomerKey> key = issue.flatMap(i -> schema.customerField().flatMap(f -> IssueValues.customer(i.getCustomFieldValue(f))));
        Optional<Customer> customer = key.flatMap(customers::findByKey);
        if (customer.isEmpty()) {
            return IssuePanelView.hidden();
        }
        LocalDate today = LocalDate.now(clock);
        PanelRows rows = new PanelRows().add(i18n.getText("promise-keeper.panel.customer"),
                customer.get().name() + " (" + customer.get().key() + ")");
        Optional<NextRenewal> renewal = NextRenewal.of(customer.get(), today);
        if (renewal.isEmpty()) {
            rows.add(i18n.getText("promise-keeper.panel.renewal"), i18n.getText("promise-keeper.panel.no-renewal"));
            return new IssuePanelView(true, rows.html(), "", "");
        }
        NextRenewal next = renewal.get();
        rows.add(i18n.getText("promise-keeper.panel.renewal"), PanelFormat.date(next.renewal()))
                .add(i18n.getText("promise-keeper.panel.notice"), PanelFormat.date(next.noticeDeadline()))
                .add(i18n.getText("promise-keeper.panel.days-left"), Long.toString(next.daysLeft()));
        if (permissions.viewer().maySeeMoney()) {
            next.contract().value().ifPresent(value ->
                    rows.add(i18n.getText("promise-keeper.panel.value"), PanelFormat.money(value)));
        }
        return new IssuePanelView(true, rows.html(), "", "");
    }
}
