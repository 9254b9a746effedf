package io.github.promisekeeper.jira.customer.rest;

import com.atlassian.sal.api.user.UserManager;
import com.google.gson.JsonParser;
import io.github.promisekeeper.core.customer.Change;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.InMemoryCustomers;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Role;
import io.github.promisekeeper.jira.testing.InProcessJaxRs;
import io.github.promisekeeper.jira.testing.TranslatedI18nResolver;
import io.github.promisekeeper.jira.web.Json;
import io.github.promisekeeper.jira.web.JsonResponses;
import io.github.promisekeeper.jira.web.rest.AccessDeniedMapper;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** {@code GET /customers/{key}/history} in the viewer's language: the same entries, their words translated. */
class CustomerHistoryInGermanTest {

    private static final Instant MONDAY = Instant.parse("2027-01-04T10:00:00Z");

    private static final TranslatedI18nResolver GERMAN = TranslatedI18nResolver.german(Map.of(
            "promise-keeper.reason.history.created", "{0} ({1}) mit {2,number,#} Vertrag/Verträgen angelegt",
            "promise-keeper.reason.history.customer.name", "Name {0} \u2192 {1}",
            "promise-keeper.reason.history.contract.changed", "Vertrag {0} geändert ({1})",
            "promise-keeper.reason.history.contract.value", "Wert {0} \u2192 {1}",
            "promise-keeper.reason.history.contract.auto-renew", "automatische Verlängerung {0} \u2192 {1}",
            "promise-keeper.reason.history.true", "ja",
            "promise-keeper.reason.history.false", "nein",
            "promise-keeper.reason.history.amount.hidden", "(Betrag verborgen)"));

    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final UserManager userManager = mock(UserManager.class);
    private final InProcessJaxRs rest = rest();

    private InProcessJaxRs rest() {
        Json json = new Json();
        JsonResponses responses = new JsonResponses(json);
        return new InProcessJaxRs(
                new CustomersResource(
                        customers,
                        new Permissions(userManager, () -> Role.GROUPS),
                        json,
                        responses,
                        GERMAN,
                        Clock.fixed(MONDAY, ZoneOffset.UTC)),
                new AccessDeniedMapper(GERMAN, responses));
    }

    private static Customer acme(String name, String value, boolean autoRenew) {
        return new Customer(
                CustomerKey.of("ACME"),
                name,
                null,
                Set.of(),
                null,
                null,
                List.of(new Contract(
                        "C-1",
                        null,
                        LocalDate.parse("2027-03-01"),
                        Money.of(value, "USD"),
                        30,
                        autoRenew,
                        ContractStatus.ACTIVE)));
    }

    private List<String> descriptions() {
        return JsonParser.parseString(rest.get("customers/ACME/history").body())
                .getAsJsonObject()
                .getAsJsonArray("changes")
                .asList()
                .stream()
                .map(entry -> entry.getAsJsonObject().get("description").getAsString())
                .toList();
    }

    @Test
    void writesEachChangeInTheViewersLanguageWithAmountsForTheMoneyRight() {
        customers.upsert(acme("Acme", "100000.00", true), Change.onAdminPage("ada", MONDAY));
        customers.upsert(acme("Acme Corp", "120000.00", false), Change.throughRest("ada", MONDAY.plusSeconds(60)));
        Role.ADMIN.actOn(userManager);

        assertThat(descriptions())
                .containsExactly(
                        "Name Acme \u2192 Acme Corp; Vertrag C-1 geändert (Wert 100000.00 USD \u2192 120000.00 USD, "
                                + "automatische Verlängerung ja \u2192 nein)",
                        "ACME (Acme) mit 1 Vertrag/Verträgen angelegt");
    }

    @Test
    void leavesAmountsOutForAViewerWithoutTheMoneyRightByTheirKeyNotTheirLook() {
        // A name that looks like an amount stays: only the contract's values are amounts.
        customers.upsert(acme("Plan 5 USD", "100000.00", true), Change.onAdminPage("ada", MONDAY));
        customers.upsert(acme("Plan 6 USD", "120000.00", true), Change.throughRest("ada", MONDAY.plusSeconds(60)));
        Role.EDITOR.actOn(userManager);

        assertThat(descriptions())
                .first()
                .isEqualTo("Name Plan 5 USD \u2192 Plan 6 USD; Vertrag C-1 geändert "
                        + "(Wert (Betrag verborgen) \u2192 (Betrag verborgen))");
    }
}
