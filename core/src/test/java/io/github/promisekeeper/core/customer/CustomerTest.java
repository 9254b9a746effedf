package io.github.promisekeeper.core.customer;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerTest {

    private static Contract contract(String id, String renewal, int noticeDays, ContractStatus status) {
        return new Contract(id, null, LocalDate.parse(renewal), Money.of("1000.00", "USD"), noticeDays, false, status);
    }

    @Test
    void nextRenewalIsTheEarliestRenewalAmongActiveContracts() {
        Customer acme = new Customer(
                CustomerKey.of("ACME"),
                "Acme",
                null,
                Set.of(),
                null,
                null,
                List.of(
                        contract("C-3", "2027-01-10", 30, ContractStatus.CANCELLED),
                        contract("C-1", "2027-03-01", 30, ContractStatus.ACTIVE),
                        contract("C-2", "2027-02-01", 45, ContractStatus.ACTIVE)));

        assertThat(acme.nextRenewal()).contains(LocalDate.parse("2027-02-01"));
        assertThat(acme.noticeDeadline()).contains(LocalDate.parse("2026-12-18"));
    }

    @Test
    void customerWithoutActiveContractHasNoNextRenewal() {
        Customer expired = new Customer(
                CustomerKey.of("GONE"),
                "Gone Ltd",
                null,
                Set.of(),
                null,
                null,
                List.of(contract("C-9", "2026-01-01", 0, ContractStatus.EXPIRED)));

        assertThat(expired.nextRenewal()).isEmpty();
        assertThat(expired.noticeDeadline()).isEmpty();
    }

    @Test
    void refusesACrmIdTierOrOwnerLongerThanTheStoreHolds() {
        String fits = "x".repeat(Customer.MAX_FIELD_LENGTH);
        String tooLong = fits + "x";
        CustomerKey key = CustomerKey.of("ACME");

        assertThat(new Customer(key, "Acme", fits, Set.of(), fits, fits, List.of()).tier())
                .hasSize(255);
        assertThatThrownBy(() -> new Customer(key, "Acme", tooLong, Set.of(), null, null, List.of()))
                .hasMessage("CRM id is longer than 255 characters.");
        assertThatThrownBy(() -> new Customer(key, "Acme", null, Set.of(), tooLong, null, List.of()))
                .hasMessage("Tier is longer than 255 characters.");
        assertThatThrownBy(() -> new Customer(key, "Acme", null, Set.of(), null, tooLong, List.of()))
                .hasMessage("Owner is longer than 255 characters.");
    }

    @Test
    void rejectsMalformedKeys() {
        assertThatThrownBy(() -> CustomerKey.of("acme")).hasMessageContaining("upper-case");
        assertThatThrownBy(() -> CustomerKey.of("A")).hasMessageContaining("2 to 20");
        assertThatThrownBy(() -> CustomerKey.of("1ACME")).isInstanceOf(IllegalArgumentException.class);
        assertThat(CustomerKey.of("GLOBEX_EU").value()).isEqualTo("GLOBEX_EU");
    }

    @Test
    void moneyKeepsMinorUnitsAndRejectsExtraDecimals() {
        assertThat(Money.of("120000.50", "USD").minorUnits()).isEqualTo(12_000_050L);
        assertThat(Money.of("5000", "JPY").minorUnits()).isEqualTo(5000L);
        assertThatThrownBy(() -> Money.of("10.5", "JPY")).hasMessageContaining("more decimals");
        assertThatThrownBy(() -> Money.of("10", "usd")).hasMessageContaining("ISO 4217");
        assertThatThrownBy(() -> Money.of("10", "XYZ")).hasMessageContaining("ISO 4217");
    }
}
