package io.github.promisekeeper.preview;

import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPortfolioTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void isTheSameForTheSameSeedAndDayAndDiffersForAnotherSeed() {
        assertThat(DemoPortfolio.customers(7, TODAY)).isEqualTo(DemoPortfolio.customers(7, TODAY));
        assertThat(DemoPortfolio.customers(8, TODAY)).isNotEqualTo(DemoPortfolio.customers(7, TODAY));
    }

    @Test
    void spreadsRenewalsOverTheComingYearInSeveralCurrencies() {
        List<Customer> customers = DemoPortfolio.customers(7, TODAY);

        assertThat(customers).hasSizeGreaterThanOrEqualTo(20);
        assertThat(customers)
                .allSatisfy(customer -> assertThat(customer.nextRenewal())
                        .hasValueSatisfying(
                                date -> assertThat(date).isAfter(TODAY).isBefore(TODAY.plusYears(1))));
        assertThat(customers.stream()
                        .flatMap(customer -> customer.contracts().stream())
                        .flatMap(contract -> contract.value().stream())
                        .map(Money::currencyCode)
                        .distinct())
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(customers.stream().map(Customer::tier).distinct()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(customers)
                .allSatisfy(customer -> assertThat(customer.emailDomains()).isNotEmpty());
    }

    @Test
    void holdsNamesWithHtmlAndScriptRenewingInsideTheDefaultWindow() {
        assertThat(DemoPortfolio.customers(7, TODAY))
                .filteredOn(customer -> customer.name().contains("<"))
                .extracting(Customer::name)
                .containsExactlyInAnyOrder(DemoPortfolio.SCRIPT_NAME, DemoPortfolio.IMAGE_NAME);
        assertThat(DemoPortfolio.customers(7, TODAY))
                .filteredOn(customer -> customer.name().contains("<"))
                .allSatisfy(customer ->
                        assertThat(customer.nextRenewal().orElseThrow()).isBefore(TODAY.plusDays(90)));
    }
}
