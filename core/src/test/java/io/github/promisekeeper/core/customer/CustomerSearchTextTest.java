package io.github.promisekeeper.core.customer;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerSearchTextTest {

    @Test
    void searchesKeyNameAndCrmIdInLowerCaseOnePerLine() {
        Customer acme =
                new Customer(CustomerKey.of("ACME"), "Acme Inc", "SF-42", Set.of("acme.com"), "gold", "Bob", List.of());

        assertThat(CustomerSearchText.of(acme)).isEqualTo("acme\nacme inc\nsf-42");
    }

    @Test
    void customerWithoutCrmIdEndsWithAnEmptyLine() {
        Customer idle = new Customer(CustomerKey.of("IDLE"), "Idle", null, Set.of(), null, null, List.of());

        assertThat(CustomerSearchText.of(idle)).isEqualTo("idle\nidle\n");
    }

    @Test
    void queryIsTrimmedAndLowerCasedAndNoneMeansEveryCustomer() {
        assertThat(CustomerSearchText.normalizeQuery("  Acme INC ")).isEqualTo("acme inc");
        assertThat(CustomerSearchText.normalizeQuery("   ")).isEmpty();
        assertThat(CustomerSearchText.normalizeQuery(null)).isEmpty();
    }
}
