package io.github.promisekeeper.jira.commitment.jql;

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
import io.github.promisekeeper.core.commitment.CommitmentHealthCheck;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.jira.commitment.ReadsAsSearcher;
import io.github.promisekeeper.jira.search.JqlValues;
import io.github.promisekeeper.jira.settings.SettingsStore;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@code issue in commitmentsAtRisk()}: the open Sales Commitments the searcher can see whose health is
 * at risk, overdue or breaching the customer's renewal, assessed by the same rules as the radar from the
 * delivering epics the searcher may open. The searcher is the user Jira names in the query context (the one
 * whose permissions a JQL function must apply), not whoever the thread happens to be logged in as.
 */
public class CommitmentsAtRiskFunction extends AbstractJqlFunction {

    /** The name used in JQL: the module's {@code <fname>} in atlassian-plugin.xml, from which Jira takes it. */
    public static final String NAME = "commitmentsAtRisk";

    static final Set<Health> AT_RISK = EnumSet.of(Health.AT_RISK, Health.OVERDUE, Health.BREACHES_RENEWAL);

    private final ReadsAsSearcher reads;
    private final Customers customers;
    private final SettingsStore settings;
    private final Clock clock;
    private final I18nResolver i18n;
    private final JqlValues values;

    @Inject
    public CommitmentsAtRiskFunction(
            ReadsAsSearcher reads,
            Customers customers,
            SettingsStore settings,
            Clock siteClock,
            I18nResolver i18n,
            JqlValues values) {
        this.reads = Objects.requireNonNull(reads, "reads");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(siteClock, "siteClock");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.values = Objects.requireNonNull(values, "values");
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        MessageSet messages = values.messages();
        if (!operand.getArgs().isEmpty()) {
            messages.addErrorMessage(i18n.getText("promise-keeper.jql.atrisk.arguments", NAME));
        }
        return messages;
    }

    @Override
    public List<QueryLiteral> getValues(
            QueryCreationContext queryCreationContext, FunctionOperand operand, TerminalClause terminalClause) {
        // Jira names the user performing the search; its permissions apply, whoever the thread is logged in as.
        ApplicationUser searcher = queryCreationContext.getApplicationUser();
        CommitmentHealthCheck asSearcher =
                new CommitmentHealthCheck(reads.commitments(searcher), reads.epics(searcher), customers, clock);
        return asSearcher.open(settings.current().radarSettings().forecasting()).commitments().stream()
                .filter(health -> AT_RISK.contains(health.health()))
                .map(health -> values.literal(operand, health.commitment().key().toString()))
                .toList();
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 0;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }
}
