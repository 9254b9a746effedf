package io.github.promisekeeper.core.customer;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExchangeRatesTest {

    private final ExchangeRates toUsd =
            ExchangeRates.only("USD").with("EUR", "1.10").with("JPY", "0.0067");

    @Test
    void convertsIntoTheReportingCurrencyRoundingHalfEvenToItsMinorUnit() {
        assertThat(toUsd.convert(Money.of("100.00", "EUR"))).contains(Money.of("110.00", "USD"));
        assertThat(toUsd.convert(Money.of("1000", "JPY"))).contains(Money.of("6.70", "USD"));
        assertThat(toUsd.convert(Money.of("0.05", "EUR"))).contains(Money.of("0.06", "USD"));
    }

    @Test
    void reportsACurrencyWithoutRateInsteadOfCountingItAsZero() {
        MoneyTotal total =
                toUsd.total(List.of(Money.of("10.00", "USD"), Money.of("50.00", "GBP"), Money.of("10.00", "EUR")));

        assertThat(total.total()).isEqualTo(Money.of("21.00", "USD"));
        assertThat(total.isComplete()).isFalse();
        assertThat(total.missingRatesReason()).isEqualTo("no rate for GBP → USD; not counted");
    }

    @Test
    void customerValueAddsOnlyActiveContracts() {
        Customer acme = new Customer(
                CustomerKey.of("ACME"),
                "Acme",
                null,
                Set.of(),
                null,
                null,
                List.of(
                        new Contract(
                                "A",
                                null,
                                LocalDate.parse("2027-01-01"),
                                Money.of("100", "EUR"),
                                0,
                                true,
                                ContractStatus.ACTIVE),
                        new Contract(
                                "B",
                                null,
                                LocalDate.parse("2027-01-01"),
                                Money.of("900", "USD"),
                                0,
                                true,
                                ContractStatus.EXPIRED)));

        assertThat(acme.annualValue(toUsd).total()).isEqualTo(Money.of("110.00", "USD"));
    }

    @Test
    void rejectsNonPositiveRates() {
        assertThatThrownBy(() -> toUsd.with("GBP", "0")).hasMessageContaining("must be positive");
    }
}
