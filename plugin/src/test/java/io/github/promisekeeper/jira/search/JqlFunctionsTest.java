package io.github.promisekeeper.jira.search;

import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.query.operand.Operand;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.Commitments;
import io.github.promisekeeper.core.commitment.EpicDeliveries;
import io.github.promisekeeper.core.commitment.EpicDelivery;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.jira.commitment.ReadsAsSearcher;
import io.github.promisekeeper.jira.commitment.jql.CommitmentsAtRiskFunction;
import io.github.promisekeeper.jira.renewal.jql.CustomersRenewingWithinFunction;
import io.github.promisekeeper.jira.settings.PromiseKeeperSettings;
import io.github.promisekeeper.jira.settings.SettingsStore;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class JqlFunctionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 1);

    private final Clock clock = Clock.fixed(Instant.parse("2026-02-01T08:00:00Z"), ZoneOffset.UTC);
    private final Customers customers = mock(Customers.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final JqlValues values = mock(JqlValues.class);
    private final Set<String> errors = new LinkedHashSet<>();
    private final List<String> literals = new ArrayList<>();
    private final CustomersRenewingWithinFunction renewing =
            new CustomersRenewingWithinFunction(customers, clock, i18n, values);
    /** The ports as the thread's user; the function must ask {@link #reads} for the searcher's instead. */
    private final Commitments commitments = mock(Commitments.class);

    private final EpicDeliveries epics = mock(EpicDeliveries.class);
    private final ReadsAsSearcher reads = mock(ReadsAsSearcher.class);
    private final SettingsStore settings = mock(SettingsStore.class);
    private final CommitmentsAtRiskFunction atRisk =
            new CommitmentsAtRiskFunction(reads, customers, settings, clock, i18n, values);

    JqlFunctionsTest() {
        when(reads.commitments(any())).thenReturn(commitments);
        when(reads.epics(any())).thenReturn(epics);
        when(settings.current()).thenReturn(PromiseKeeperSettings.defaults());
        when(i18n.getText(anyString(), any(Serializable[].class)))
                .thenAnswer(call -> call.getArgument(0)
                        + Arrays.toString(Arrays.copyOfRange(call.getArguments(), 1, call.getArguments().length)));
        when(values.messages())
                .thenAnswer(call -> mock(
                        MessageSet.class, message -> switch (message.getMethod().getName()) {
                            case "addErrorMessage" -> {
                                errors.add(message.getArgument(0));
                                yield null;
                            }
                            case "hasAnyErrors" -> !errors.isEmpty();
                            case "getErrorMessages" -> errors;
                            default -> null;
                        }));
        when(values.literal(any(Operand.class), anyString())).thenAnswer(call -> {
            literals.add(call.getArgument(1));
            return mock(QueryLiteral.class);
        });
    }

    @Test
    void acceptsADayWindowWithOrWithoutNoticeBasis() {
        assertThat(renewing.validate(null, operand("90d"), null).hasAnyErrors()).isFalse();
        assertThat(renewing.validate(null, operand("30", "notice"), null).hasAnyErrors())
                .isFalse();
        assertThat(renewing.validate(null, operand("3650d", "renewal"), null).hasAnyErrors())
                .isFalse();
    }

    @Test
    void rejectsBadArgumentsWithTranslatedMessages() {
        assertThat(renewing.validate(null, operand(), null).getErrorMessages())
                .containsExactly("promise-keeper.jql.renewing.arguments[customersRenewingWithin]");
        errors.clear();
        assertThat(renewing.validate(null, operand("0d"), null).getErrorMessages())
                .containsExactly("promise-keeper.jql.renewing.days[0d, 3650]");
        errors.clear();
        assertThat(renewing.validate(null, operand("90d\") OR (x", "soon"), null)
                        .getErrorMessages())
                .containsExactly(
                        "promise-keeper.jql.renewing.days[90d\") OR (x, 3650]",
                        "promise-keeper.jql.renewing.basis[soon]");
        errors.clear();
        assertThat(renewing.validate(null, operand("1", "notice", "extra"), null)
                        .hasAnyErrors())
                .isTrue();
    }

    @Test
    void valuesAreTheKeysOfCustomersRenewingInsideTheWindow() {
        when(customers.renewingBetween(eq(TODAY), any(), anyInt()))
                .thenReturn(
                        List.of(customer("ACME", TODAY.plusDays(30), 0), customer("LATER", TODAY.plusDays(120), 0)));

        renewing.getValues(mock(QueryCreationContext.class), operand("90d"), null);

        assertThat(literals).containsExactly("ACME");
    }

    @Test
    void noticeBasisCountsTheNoticeDeadlineAgainstTheWindow() {
        when(customers.renewingBetween(eq(TODAY), any(), anyInt()))
                .thenReturn(List.of(
                        customer("NOTICE_SOON", TODAY.plusDays(100), 90),
                        customer("NOTICE_LATE", TODAY.plusDays(100), 30)));

        renewing.getValues(mock(QueryCreationContext.class), operand("30d", "notice"), null);

        assertThat(literals).containsExactly("NOTICE_SOON");
    }

    @Test
    void invalidWindowYieldsNoValuesRatherThanAnError() {
        assertThat(renewing.getValues(mock(QueryCreationContext.class), operand("soon"), null))
                .isEmpty();
    }

    @Test
    void commitmentsAtRiskAreThoseOverdueAtRiskOrBreachingTheRenewal() {
        IssueKey lateEpic = IssueKey.of("SSO-1");
        IssueKey doneEpic = IssueKey.of("AUD-1");
        when(commitments.findOpen())
                .thenReturn(List.of(
                        commitment("SC-1", "ACME", TODAY.minusDays(3), lateEpic),
                        commitment("SC-2", "ACME", TODAY.plusDays(60), doneEpic)));
        when(epics.findByKeys(Set.of(lateEpic, doneEpic)))
                .thenReturn(Map.of(
                        lateEpic, EpicDelivery.open(lateEpic, "SSO", 10, List.of(TODAY.minusDays(20)), null),
                        doneEpic, EpicDelivery.done(doneEpic, "Audit", TODAY.minusDays(1))));
        when(customers.findAllByKey(Set.of(CustomerKey.of("ACME"))))
                .thenReturn(Map.of(CustomerKey.of("ACME"), customer("ACME", TODAY.plusDays(200), 30)));

        atRisk.getValues(mock(QueryCreationContext.class), operand(), null);

        assertThat(literals).containsExactly("SC-1");
        verify(customers).findAllByKey(Set.of(CustomerKey.of("ACME")));
    }

    @Test
    void commitmentsAtRiskAnswersForTheSearcherJiraNamesNotTheThreadsLoggedInUser() {
        ApplicationUser searcher = mock(ApplicationUser.class);
        QueryCreationContext context = mock(QueryCreationContext.class);
        when(context.getApplicationUser()).thenReturn(searcher);
        IssueKey epic = IssueKey.of("SSO-1");
        Commitments searchersCommitments = mock(Commitments.class);
        EpicDeliveries searchersEpics = mock(EpicDeliveries.class);
        when(reads.commitments(searcher)).thenReturn(searchersCommitments);
        when(reads.epics(searcher)).thenReturn(searchersEpics);
        when(searchersCommitments.findOpen()).thenReturn(List.of(commitment("SC-1", "ACME", TODAY.minusDays(3), epic)));
        when(searchersEpics.findByKeys(Set.of(epic)))
                .thenReturn(Map.of(epic, EpicDelivery.open(epic, "SSO", 10, List.of(TODAY.minusDays(20)), null)));
        when(customers.findAllByKey(Set.of(CustomerKey.of("ACME"))))
                .thenReturn(Map.of(CustomerKey.of("ACME"), customer("ACME", TODAY.plusDays(200), 30)));

        atRisk.getValues(context, operand(), null);

        assertThat(literals).containsExactly("SC-1");
        verify(commitments, never()).findOpen();
        verify(epics, never()).findByKeys(any());
    }

    @Test
    void commitmentsAtRiskTakesNoArguments() {
        assertThat(atRisk.validate(null, operand(), null).hasAnyErrors()).isFalse();
        assertThat(atRisk.validate(null, operand("x"), null).getErrorMessages())
                .containsExactly("promise-keeper.jql.atrisk.arguments[commitmentsAtRisk]");
    }

    private static FunctionOperand operand(String... args) {
        FunctionOperand operand = mock(FunctionOperand.class);
        when(operand.getArgs()).thenReturn(List.of(args));
        return operand;
    }

    private static Customer customer(String key, LocalDate renewal, int noticeDays) {
        return new Customer(
                CustomerKey.of(key),
                key,
                null,
                Set.of(),
                null,
                null,
                List.of(new Contract(
                        "K-" + key, null, renewal, Money.of("1000", "EUR"), noticeDays, false, ContractStatus.ACTIVE)));
    }

    private static Commitment commitment(String key, String customer, LocalDate promised, IssueKey epic) {
        return new Commitment(
                IssueKey.of(key),
                CustomerKey.of(customer),
                "",
                promised,
                "",
                Optional.empty(),
                Optional.empty(),
                List.of(epic));
    }
}
