package io.github.promisekeeper.preview.demo;

import io.github.promisekeeper.core.commitment.EpicDeliveries;
import io.github.promisekeeper.core.commitment.EpicDelivery;
import io.github.promisekeeper.core.commitment.OpenEpics;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.core.ticket.Scope;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The preview's {@link EpicDeliveries}: the delivery state of the demo Jira's epics; unknown keys are absent. Scopes
 * are the project scopes the preview understands ({@link ProjectScope}).
 */
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

    @Override
    public Set<IssueKey> findInScope(Set<IssueKey> epics, Scope scope) {
        Predicate<String> projects = ProjectScope.of(scope);
        return epics.stream().filter(epic -> projects.test(epic.project())).collect(Collectors.toSet());
    }

    @Override
    public OpenEpics countOpen(Scope scope, Set<IssueKey> delivering) {
        Predicate<String> projects = ProjectScope.of(scope);
        List<IssueKey> open = jira.epics().values().stream()
                .filter(epic -> !epic.isDone() && projects.test(epic.epic().project()))
                .map(EpicDelivery::epic)
                .toList();
        return new OpenEpics(
                open.size(), open.stream().filter(delivering::contains).count());
    }
}
