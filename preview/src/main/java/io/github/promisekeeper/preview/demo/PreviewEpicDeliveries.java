package io.github.promisekeeper.preview.demo;

import io.github.promisekeeper.core.commitment.EpicDeliveries;
import io.github.promisekeeper.core.commitment.EpicDelivery;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The preview's {@link EpicDeliveries}: the delivery state of the demo Jira's epics; unknown keys are absent. */
public final class PreviewEpicDeliveries implements EpicDeliveries {

    private final DemoJira jira;

    public PreviewEpicDeliveries(DemoJira jira) {
        this.jira = Objects.requireNonNull(jira, "demo jira");
    }

    @Override
    public Map<IssueKey, EpicDelivery> findByKeys(Set<IssueKey> epics) {
        Map<IssueKey, EpicDelivery> found = new HashMap<>();
        for (IssueKey epic : epics) {
            EpicDelivery delivery = jira.epics().get(epic);
            if (delivery != null) {
                found.put(epic, delivery);
            }
        }
        return found;
    }
}
