package io.github.promisekeeper.jira.renewal.jql;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.AbstractJqlFunction;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.renewal.NextRenewal;
import io.github.promisekeeper.core.renewal.RenewalWindow;
import io.github.promisekeeper.core.renewal.WindowBasis;
import io.github.promisekeeper.jira.search.JqlValues;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Customer in customersRenewingWithin("90d")}: the keys of the customers whose next renewal falls
 * in the next 90 days; with a second argument {@code "notice"}, whose notice deadline does.
 */
public class CustomersRenewingWithinFunction extends AbstractJqlFunction {

    /** The name used in JQL: the module's {@code <fname>} in atlassian-plugin.xml, from which Jira takes it. */
    public static final String NAME = "customersRenewingWithin";

    private static final Pattern DAYS = Pattern.compile("([0-9]{1,4})\\s*d?", Pattern.CASE_INSENSITIVE);

    private final Customers customers;
    private final Clock clock;
    private final I18nResolver i18n;
    private final JqlValues values;

    @Inject
    public CustomersRenewingWithinFunction(Customers customers, Clock siteClock, I18nResolver i18n, JqlValues values) {
        this.customers = Objects.requireNonNull(customers, "customers");
        this.clock = Objects.requireNonNull(siteClock, "siteClock");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.values = Objects.requireNonNull(values, "values");
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        MessageSet messages = values.messages();
        List<String> args = operand.getArgs();
        if (args.isEmpty() || args.size() > 2) {
            messages.addErrorMessage(i18n.getText("promise-keeper.jql.renewing.arguments", NAME));
            return messages;
        }
        if (days(args.get(0)).isEmpty()) {
            messages.addErrorMessage(
                    i18n.getText("promise-keeper.jql.renewing.days", args.get(0), RenewalWindow.MAX_DAYS));
        }
        if (args.size() == 2 && basis(args.get(1)).isEmpty()) {
            messages.addErrorMessage(i18n.getText("promise-keeper.jql.renewing.basis", args.get(1)));
        }
        return messages;
    }

    @Override
    public List<QueryLiteral> getValues(
            QueryCreationContext queryCreationContext, FunctionOperand operand, TerminalClause terminalClause) {
        List<String> args = operand.getArgs();
        Optional<Integer> days = args.isEmpty() ? Optional.empty() : days(args.get(0));
        Optional<WindowBasis> basis = args.size() < 2 ? Optional.of(WindowBasis.RENEWAL_DATE) : basis(args.get(1));
        if (days.isEmpty() || basis.isEmpty()) {
            return List.of();
        }
        RenewalWindow window = RenewalWindow.nextDays(days.get(), clock);
        LocalDate today = window.today();
        LocalDate lastRenewal = basis.get() == WindowBasis.RENEWAL_DATE
                ? window.lastDay()
                : window.lastDay().plusDays(Contract.MAX_NOTICE_DAYS);
        return customers.renewingBetween(today, lastRenewal, Customers.MAX_LIMIT).stream()
                .filter(customer -> NextRenewal.of(customer, today)
                        .filter(r -> r.fallsIn(window, basis.get()))
                        .isPresent())
                .map(Customer::key)
                .map(key -> values.literal(operand, key.value()))
                .toList();
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 1;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.TEXT;
    }

    static Optional<Integer> days(String arg) {
        Matcher matcher = DAYS.matcher(arg == null ? "" : arg.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int days = Integer.parseInt(matcher.group(1));
        return days >= 1 && days <= RenewalWindow.MAX_DAYS ? Optional.of(days) : Optional.empty();
    }

    static Optional<WindowBasis> basis(String arg) {
        return WindowBasis.fromWord(arg);
    }
}
