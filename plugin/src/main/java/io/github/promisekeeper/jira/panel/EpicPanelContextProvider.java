package io.github.promisekeeper.jira.panel;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.Commitments;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.customer.ExchangeRates;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.radar.EpicPromises;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.web.Html;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The panel on an epic that delivers Sales Commitments: the customers it was promised to, their total
 * value (for viewers allowed to see money), the earliest promised date and notice deadline, and each
 * commitment. Hidden on issues that deliver no commitment.
 */
public class EpicPanelContextProvider extends IssuePanelProvider {

    private static final String FALLBACK_CURRENCY = "USD";

    private final Commitments commitments;
    private final Customers customers;
    private final Permissions permissions;
    private final I18nResolver i18n;

    public EpicPanelContextProvider(Commitments commitments, Customers customers, Permissions permissions, I18nResolver i18n) {
        this.commitments = Objects.requireNonNull(commitments, "commitments");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    @Override
    protected IssuePanelView view(Map<String, Object> context) {
        Optional<IssueKey> epic = PanelFormat.key(context);
        List<Commitment> delivered = epic.map(commitments::deliveredBy).orElse(List.of());
        if (delivered.isEmpty()) {
            return IssuePanelView.hidden();
        }
        Map<CustomerKey, Customer> known = new HashMap<>();
        delivered.stream().map(Commitment::customer).distinct()
                .forEach(key -> customers.findByKey(key).ifPresent(customer -> known.put(key, customer)));
        boolean money = permissions.viewer().maySeeMoney();
        EpicPromises promises = EpicPromises.of(epic.get(), delivered, known, ExchangeRates.only(reportingCurrency(known)), money);

        String none = i18n.getText("promise-keeper.panel.unknown");
        PanelRows rows = new PanelRows()
                .add(i18n.getText("promise-keeper.panel.promised-to"),
                        promises.customers().stream().map(CustomerKey::value).collect(Collectors.joining(", ")))
                .add(i18n.getText("promise-keeper.panel.earliest-promised"),
                        promises.earliestPromisedDate().map(PanelFormat::date).orElse(none))
                .add(i18n.getText("promise-keeper.panel.earliest-notice"),
                        promises.earliestNoticeDeadline().map(PanelFormat::date).orElse(none));
        promises.totalValue().ifPresent(total -> rows.add(i18n.getText("promise-keeper.panel.total-value"), PanelFormat.money(total)));
        StringBuilder list = new StringBuilder();
        for (Commitment commitment : promises.commitments()) {
            list.append("<li>").append(Html.escape(i18n.getText("promise-keeper.panel.commitment-line",
                    commitment.key().toString(), commitment.summary(), commitment.customer().value(),
                    PanelFormat.date(commitment.promisedDate())))).append("</li>");
        }
        return new IssuePanelView(true, rows.html(), list.toString(), "");
    }

    /** Totals are shown in the currency of the first customer's renewing contract; other currencies say so. */
    private static String reportingCurrency(Map<CustomerKey, Customer> known) {
        return known.values().stream().sorted(java.util.Comparator.comparing(Customer::key))
                .flatMap(customer -> customer.nextRenewingContract().stream())
                .flatMap((Contract contract) -> contract.value().stream())
                .map(Money::currencyCode)
                .findFirst().orElse(FALLBACK_CURRENCY);
    }
}
