package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.renewal.NextRenewal;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Builders shared by the commitment tests; today is 1 Feb 2027 throughout. */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.parse("2027-02-01");
    static final IssueKey SSO = IssueKey.of("SSO-1");

    private Fixtures() {}

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static Commitment promise(String promised, IssueKey... epics) {
        return new Commitment(
                IssueKey.of("SC-7"),
                CustomerKey.of("ACME"),
                "SSO before renewal",
                date(promised),
                "jane",
                Optional.empty(),
                Optional.empty(),
                List.of(epics));
    }

    /** A promise delivered by {@code epics} the viewer may open and {@code hidden} more they may not. */
    static Commitment promiseWithHiddenEpics(String promised, int hidden, IssueKey... epics) {
        return new Commitment(
                IssueKey.of("SC-7"),
                CustomerKey.of("ACME"),
                "SSO before renewal",
                date(promised),
                "jane",
                Optional.empty(),
                Optional.empty(),
                List.of(epics),
                hidden);
    }

    static Optional<NextRenewal> renewal(String renewal, int noticeDays, boolean autoRenew) {
        return Optional.of(new NextRenewal(
                CustomerKey.of("ACME"),
                new Contract("C-1", null, date(renewal), null, noticeDays, autoRenew, ContractStatus.ACTIVE),
                TODAY));
    }

    static EpicFacts facts(Commitment commitment, EpicDelivery epic, Optional<NextRenewal> renewal) {
        return new EpicFacts(commitment, epic, ThroughputForecast.DEFAULT.forecast(epic, TODAY), TODAY, renewal);
    }

    /** An open epic with {@code total} children, one resolved on each of {@code resolutions}. */
    static EpicDelivery openEpic(int total, String due, String... resolutions) {
        return EpicDelivery.open(
                SSO,
                "SSO",
                total,
                List.of(resolutions).stream().map(LocalDate::parse).toList(),
                due == null ? null : date(due));
    }
}
