package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.ReasonKey;
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
                .or(() -> facts.commitment().renewalWhenPromised().map(date -> new Deadline(date, false)));
        if (deadline.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = deadline.get().date();
        boolean notice = deadline.get().isNoticeDeadline();
        Reason label = facts.epic().labelReason();
        String customer = facts.commitment().customer().toString();
        if (facts.today().isAfter(date)) {
            return Optional.of(new HealthFinding(
                    Health.BREACHES_RENEWAL,
                    Reason.of(
                            notice ? ReasonKey.OPEN_AFTER_NOTICE_DEADLINE : ReasonKey.OPEN_AFTER_RENEWAL,
                            label,
                            customer,
                            date)));
        }
        Optional<LocalDate> expectedDone = Stream.of(
                        facts.forecast().completion(), facts.epic().dueDate())
                .flatMap(Optional::stream)
                .max(LocalDate::compareTo);
        return expectedDone
                .filter(done -> done.isAfter(date))
                .map(done -> new HealthFinding(
                        Health.BREACHES_RENEWAL,
                        Reason.of(
                                notice ? ReasonKey.EXPECTED_AFTER_NOTICE_DEADLINE : ReasonKey.EXPECTED_AFTER_RENEWAL,
                                label,
                                done,
                                customer,
                                date)));
    }

    private static Deadline decisionDeadline(NextRenewal renewal) {
        return new Deadline(renewal.decisionDeadline(), renewal.autoRenews());
    }

    /** The date a customer decides on: a notice deadline, or else a renewal date. */
    private record Deadline(LocalDate date, boolean isNoticeDeadline) {}
}
