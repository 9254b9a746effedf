package io.github.promisekeeper.core.radar;

import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.CommitmentHealth;
import io.github.promisekeeper.core.commitment.CommitmentHealthCheck;
import io.github.promisekeeper.core.commitment.Commitments;
import io.github.promisekeeper.core.commitment.EpicDeliveries;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.renewal.NextRenewal;
import io.github.promisekeeper.core.renewal.RenewalWindow;
import io.github.promisekeeper.core.renewal.WindowBasis;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.core.ticket.OpenTickets;
import io.github.promisekeeper.core.ticket.Tickets;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Renewal Radar use case. One radar reads each port once, batched over all its customers: customers
 * renewing, their open tickets, their commitments, and the delivery state of every epic those name.
 */
public final class RenewalRadar {

    private final Customers customers;
    private final Tickets tickets;
    private final Commitments commitments;
    private final Clock clock;
    private final CommitmentHealthCheck healthCheck;

    public RenewalRadar(
            Customers customers, Tickets tickets, Commitments commitments, EpicDeliveries epics, Clock clock) {
        this.customers = Objects.requireNonNull(customers, "customers");
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.commitments = Objects.requireNonNull(commitments, "commitments");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.healthCheck = new CommitmentHealthCheck(commitments, epics, customers, clock);
    }

    /** The radar for {@code request}: four port calls whatever the number of customers. */
    public RadarReport look(RadarRequest request, RadarSettings settings) {
        return read(request, settings).draw(settings);
    }

    /**
     * What the radar for {@code request} is drawn from, read through the ports (the same four calls as {@link
     * #look}) but not yet drawn: a caller that must show each of several viewers only what they may see (the
     * weekly digest) reads once, cuts the input down per viewer and draws each viewer's radar from that.
     */
    public Reading read(RadarRequest request, RadarSettings settings) {
        RenewalWindow window = RenewalWindow.nextDays(request.days(), clock);
        LocalDate today = window.today();
        // A notice deadline inside the window can belong to a renewal up to the longest notice period later.
        LocalDate lastRenewal = request.basis() == WindowBasis.RENEWAL_DATE
                ? window.lastDay()
                : window.lastDay().plusDays(Contract.MAX_NOTICE_DAYS);
        List<Customer> renewing = customers.renewingBetween(
                today.minusDays(settings.lapsedLookbackDays()), lastRenewal, settings.maxCustomers());
        boolean truncated = renewing.size() >= settings.maxCustomers();
        List<Customer> inWindow = renewing.stream()
                .filter(customer -> NextRenewal.of(customer, today)
                        .filter(renewal -> renewal.fallsIn(window, request.basis()))
                        .isPresent())
                .toList();
        Set<CustomerKey> keys =
                inWindow.stream().map(Customer::key).collect(Collectors.toCollection(LinkedHashSet::new));

        OpenTickets open = keys.isEmpty() ? OpenTickets.none() : tickets.openFor(keys, request.scope());
        Map<CustomerKey, Customer> byKey = new LinkedHashMap<>();
        inWindow.forEach(customer -> byKey.put(customer.key(), customer));
        List<CommitmentHealth> health = healthCheck
                .assess(
                        keys.isEmpty() ? List.of() : commitments.findByCustomers(keys),
                        byKey,
                        settings.forecasting(),
                        today)
                .commitments();
        return new Reading(
                new RadarInput(window, request.basis(), inWindow, open, health, request.maySeeMoney()), truncated);
    }

    /**
     * A radar's input as read, and whether more customers renew than were read; {@link RiskRadar} draws it, so the
     * same reading cut down to what one viewer may see gives that viewer's risk.
     */
    public record Reading(RadarInput input, boolean truncated) {

        public Reading {
            Objects.requireNonNull(input, "input");
        }

        /** The radar drawn from this reading. */
        public RadarReport draw(RadarSettings settings) {
            return new RiskRadar(settings).draw(input, truncated);
        }
    }

    /** What rides on one epic: the commitments it delivers, then their customers, one call each. */
    public EpicPromises promisesOf(IssueKey epic, boolean maySeeMoney, RadarSettings settings) {
        List<Commitment> delivered = commitments.findByEpic(epic);
        Map<CustomerKey, Customer> byKey = delivered.isEmpty()
                ? Map.of()
                : customers.findAllByKey(
                        delivered.stream().map(Commitment::customer).collect(Collectors.toSet()));
        return EpicPromises.of(epic, delivered, byKey, settings.rates(), maySeeMoney);
    }
}
