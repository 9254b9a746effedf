package io.github.promisekeeper.jira.permission;

import io.github.promisekeeper.jira.web.InvalidInputException;
import io.github.promisekeeper.jira.web.LocalizedText;

import java.util.Objects;
import java.util.Set;

/**
 * Which Jira groups hold which of the app's rights. An empty reader set means every licensed user may
 * read; finance groups see contract money; editor groups may change customers, import and settings, and read
 * the customer and settings histories (Jira administrators always may).
 */
public record AccessGroups(Set<String> readerGroups, Set<String> financeGroups, Set<String> editorGroups) {

    /** The group whose members see money when nothing else is configured. */
    public static final String JIRA_ADMINISTRATORS = "jira-administrators";

    public AccessGroups {
        readerGroups = clean(readerGroups);
        financeGroups = clean(financeGroups);
        editorGroups = clean(editorGroups);
    }

    /** All licensed users read; jira-administrators see money; only Jira administrators edit. */
    public static AccessGroups defaults() {
        return new AccessGroups(Set.of(), Set.of(JIRA_ADMINISTRATORS), Set.of());
    }

    private static Set<String> clean(Set<String> groups) {
        Objects.requireNonNull(groups, "groups");
        for (String group : groups) {
            if (group == null || group.isBlank()) {
                throw new InvalidInputException(
                        LocalizedText.of("promise-keeper.settings.error.group.blank", "A group name cannot be blank."));
            }
        }
        return Set.copyOf(groups);
    }
}
