package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.ReasonKey;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How far an epic is: done or not (and when), its children done out of total (and story points when
 * the team estimates), the resolution dates of its done children and its due date.
 */
public record EpicDelivery(
        IssueKey epic,
        String summary,
        Optional<LocalDate> doneOn,
        int childrenTotal,
        int childrenDone,
        Optional<StoryPoints> storyPoints,
        List<LocalDate> childResolutions,
        Optional<LocalDate> dueDate) {

    /** Story points done out of total, both non-negative, done never above total. */
    public record StoryPoints(BigDecimal done, BigDecimal total) {
        public StoryPoints {
            if (done.signum() < 0 || total.signum() < 0 || done.compareTo(total) > 0) {
                throw new IllegalArgumentException(
                        "Story points done " + done + " of " + total + " are not 0 ≤ done ≤ total.");
            }
        }
    }

    public EpicDelivery {
        Objects.requireNonNull(epic, "epic");
        summary = summary == null ? "" : summary;
        doneOn = doneOn == null ? Optional.empty() : doneOn;
        storyPoints = storyPoints == null ? Optional.empty() : storyPoints;
        dueDate = dueDate == null ? Optional.empty() : dueDate;
        childResolutions = List.copyOf(childResolutions == null ? List.of() : childResolutions);
        if (childrenDone < 0 || childrenTotal < 0 || childrenDone > childrenTotal) {
            throw new IllegalArgumentException("Epic " + epic + " has " + childrenDone + " of " + childrenTotal
                    + " children done: needs 0 ≤ done ≤ total.");
        }
        if (childResolutions.size() > childrenDone) {
            throw new IllegalArgumentException("Epic " + epic + " lists " + childResolutions.size()
                    + " resolution dates for " + childrenDone + " done children.");
        }
    }

    /** An open epic: not done, with {@code childrenDone} of {@code childrenTotal} children resolved on the given dates. */
    public static EpicDelivery open(
            IssueKey epic, String summary, int childrenTotal, List<LocalDate> childResolutions, LocalDate dueDate) {
        return new EpicDelivery(
                epic,
                summary,
                Optional.empty(),
                childrenTotal,
                childResolutions.size(),
                Optional.empty(),
                childResolutions,
                Optional.ofNullable(dueDate));
    }

    /** An epic done on {@code doneOn}. */
    public static EpicDelivery done(IssueKey epic, String summary, LocalDate doneOn) {
        return new EpicDelivery(
                epic, summary, Optional.of(doneOn), 0, 0, Optional.empty(), List.of(), Optional.empty());
    }

    public boolean isDone() {
        return doneOn.isPresent();
    }

    public int childrenRemaining() {
        return childrenTotal - childrenDone;
    }

    /** "SSO-1 'SSO integration'", or just the key when there is no summary. */
    public String label() {
        return labelReason().english();
    }

    /** The label as a reason, for reasons about this epic to name it in the viewer's language. */
    public Reason labelReason() {
        return summary.isBlank()
                ? Reason.text(epic.toString())
                : Reason.of(ReasonKey.EPIC_LABEL, epic.toString(), summary);
    }
}
