package io.github.promisekeeper.core.customer;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeDescriptionsTest {

    private static Customer acme(String name, Money value) {
        return new Customer(
                CustomerKey.of("ACME"),
                name,
                null,
                Set.of(),
                null,
                null,
                List.of(new Contract(
                        "C-1", null, LocalDate.parse("2027-03-01"), value, 30, false, ContractStatus.ACTIVE)));
    }

    @Test
    void hidesEveryAmountOfAValueChangeAndKeepsTheRest() {
        String description = ChangeDescriptions.between(
                acme("Acme", Money.of("120000.00", "USD")), acme("Acme Corp", Money.of("1500000", "JPY")));

        assertThat(description).contains("120000.00 USD", "1500000 JPY");
        assertThat(ChangeDescriptions.withoutAmounts(description))
                .isEqualTo("name Acme → Acme Corp; contract C-1 changed (value (amount hidden) → (amount hidden))");
    }

    @Test
    void hidesAnAmountSetWhereThereWasNone() {
        String description = ChangeDescriptions.between(acme("Acme", null), acme("Acme", Money.of("99.50", "EUR")));

        assertThat(ChangeDescriptions.withoutAmounts(description))
                .isEqualTo("contract C-1 changed (value (none) → (amount hidden))")
                .doesNotContain("99");
    }

    @Test
    void hidesWhatIsLeftOfAnAmountCutOffAtTheLengthLimit() {
        // A description that ran over MAX_LENGTH ends in "…", possibly in the middle of an amount.
        for (String cut : List.of("98765", "987654.3", "987654.32 U", "987654.32 ")) {
            String description = "domains [a.com] → [b.com]; contract C-1 changed (value 120000.00 USD → " + cut + "…";

            assertThat(ChangeDescriptions.withoutAmounts(description))
                    .as(cut)
                    .isEqualTo(
                            "domains [a.com] → [b.com]; contract C-1 changed (value (amount hidden) → (amount hidden)…");
        }
    }

    @Test
    void leavesADescriptionWithoutAmountsAsItIs() {
        String description = ChangeDescriptions.created(acme("Acme", Money.of("1.00", "USD")));

        assertThat(ChangeDescriptions.withoutAmounts(description)).isEqualTo(description);
    }
}
