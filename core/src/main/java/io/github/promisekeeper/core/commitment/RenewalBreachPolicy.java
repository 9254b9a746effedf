package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.HumanDates;
import io.github.promisekeeper.core.renewal.NextRenewal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An open epic breaches the renewal when it will still be open on the customer's decision date: the
 * notice deadline of an auto-renewing contract, the renewal date of one that needs a decision (or, with no
 * current contract, the renewal date snapshotted at promise time). "Will still be open" means the decision
 * date has passed already, or the later of forecast and due date falls after it.
 */
public final class RenewalBreachPolicy implements EpicHealthPolicy {

    @Override
    public Optional<HealthFinding> assess(EpicFacts facts) {
        if (facts.epic().isDone()) {
            return Optional.empty();
        }
        Optional<Deadline> deadline = facts.renewal()
                .map(RenewalBreachPolicy::decisionDeadline)
                .or(() -> facts.commitment().renewalWhenPromised().map(date -> new Deadline(date, "renewal")));
        if (deadline.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = deadline.get().date();
        String what = facts.commitment().customer() + "'s " + deadline.get().name() + " " + HumanDates.format(date);
        if (facts.today().isAfter(date)) {
            return Optional.of(new HealthFinding(Health.BREACHES_RENEWAL, facts.epic().label() + " still open after " + what));
        }
        Optional<LocalDate> expectedDone = Stream.of(facts.forecast().completion(), facts.epic().dueDate())
                .flatMap(Optional::stream).max(LocalDate::compareTo);
        return expectedDone.filter(done -> done.isAfter(date))
                .map(done -> new HealthFinding(Health.BREACHES_RENEWAL, facts.epic().label() + " expected "
                        + HumanDates.format(done) + ", after " + what));
    }

    private static Deadline decisionDeadline(NextRenewal renewal) {
        return new Deadline(renewal.decisionDeadline(), renewal.autoRenews() ? "notice deadline" : "renewal");
    }

    private record Deadline(LocalDate date, String name) {
    }
}
