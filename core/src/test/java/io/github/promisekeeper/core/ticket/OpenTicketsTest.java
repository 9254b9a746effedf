package io.github.promisekeeper.core.ticket;

import io.github.promisekeeper.core.customer.CustomerKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenTicketsTest {

    private static final CustomerKey ACME = CustomerKey.of("ACME");
    private static final CustomerKey GLOBEX = CustomerKey.of("GLOBEX");
    private static final CustomerKey INITECH = CustomerKey.of("INITECH");

    private static Ticket ticket(String key, CustomerKey customer, StatusCategory status) {
        Instant at = Instant.parse("2027-01-10T12:00:00Z");
        return new Ticket(IssueKey.of(key), customer, "Ticket " + key, TicketPriority.HIGH, status, "Bug", at, at);
    }

    @Test
    void groupsTicketsByCustomerKeepingTheOrderTheyArrivedIn() {
        Ticket first = ticket("SUP-3", ACME, StatusCategory.TO_DO);
        Ticket other = ticket("SUP-1", GLOBEX, StatusCategory.IN_PROGRESS);
        Ticket second = ticket("SUP-2", ACME, StatusCategory.IN_PROGRESS);

        OpenTickets open = OpenTickets.from(List.of(first, other, second));

        assertThat(open.of(ACME)).containsExactly(first, second);
        assertThat(open.of(GLOBEX)).containsExactly(other);
        assertThat(open.customers()).containsExactly(ACME, GLOBEX);
        assertThat(open.size()).isEqualTo(3);
        assertThat(open.all()).containsExactly(first, second, other);
    }

    @Test
    void aCustomerWithoutOpenTicketsHasAnEmptyGroup() {
        OpenTickets open = OpenTickets.from(List.of(ticket("SUP-1", ACME, StatusCategory.TO_DO)));

        assertThat(open.of(GLOBEX)).isEmpty();
        assertThat(open.customers()).doesNotContain(GLOBEX);
        assertThat(OpenTickets.none().of(ACME)).isEmpty();
        assertThat(OpenTickets.none().isEmpty()).isTrue();
    }

    @Test
    void leavesOutClosedTickets() {
        OpenTickets.Builder builder = OpenTickets.builder();

        assertThat(builder.add(ticket("SUP-1", ACME, StatusCategory.DONE))).isFalse();
        assertThat(builder.add(ticket("SUP-2", ACME, StatusCategory.TO_DO))).isTrue();

        OpenTickets open = builder.build();
        assertThat(open.of(ACME)).extracting(t -> t.key().toString()).containsExactly("SUP-2");
        assertThat(open.size()).isEqualTo(1);
    }

    @Test
    void aBuilderForSomeCustomersLeavesOutTicketsOfAnyOther() {
        OpenTickets.Builder builder = OpenTickets.builder(Set.of(ACME, GLOBEX));

        assertThat(builder.add(ticket("SUP-1", INITECH, StatusCategory.TO_DO))).isFalse();
        assertThat(builder.add(ticket("SUP-2", GLOBEX, StatusCategory.TO_DO))).isTrue();

        OpenTickets open = builder.build();
        assertThat(open.customers()).containsExactly(GLOBEX);
        assertThat(open.of(INITECH)).isEmpty();
        assertThat(open.of(ACME)).isEmpty();
    }

    @Test
    void groupsCannotBeChangedOnceBuilt() {
        OpenTickets.Builder builder = OpenTickets.builder();
        builder.add(ticket("SUP-1", ACME, StatusCategory.TO_DO));
        OpenTickets open = builder.build();

        assertThatThrownBy(() -> builder.add(ticket("SUP-2", ACME, StatusCategory.TO_DO)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("built already");
        assertThatThrownBy(() -> open.of(ACME).add(ticket("SUP-3", ACME, StatusCategory.TO_DO)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(open.of(ACME)).hasSize(1);
    }

    @Test
    void equalWhenEveryCustomerHasTheSameTicketsInTheSameOrder() {
        Ticket a = ticket("SUP-1", ACME, StatusCategory.TO_DO);
        Ticket b = ticket("SUP-2", ACME, StatusCategory.TO_DO);
        Ticket g = ticket("SUP-3", GLOBEX, StatusCategory.TO_DO);

        assertThat(OpenTickets.from(List.of(a, g, b))).isEqualTo(OpenTickets.from(List.of(g, a, b)));
        assertThat(OpenTickets.from(List.of(a, b))).isNotEqualTo(OpenTickets.from(List.of(b, a)));
    }
}
