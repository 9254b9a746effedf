package io.github.promisekeeper.jira.epic;

import io.github.promisekeeper.jira.web.InvalidInputException;
import io.github.promisekeeper.jira.web.LocalizedText;

import java.util.Objects;

/**
 * How to find an epic's children: a JQL template in which {@value #PLACEHOLDER} stands for the epic's
 * quoted key, and the field whose value on a child names its epic. Jira Software Data Center's
 * {@code "Epic Link" = {epic}} by default; sites using another hierarchy change both in the settings.
 */
public record EpicChildrenQuery(String template, String epicFieldName) {

    public static final String PLACEHOLDER = "{epic}";

    public EpicChildrenQuery {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(epicFieldName, "epic field name");
        if (!template.contains(PLACEHOLDER)) {
            throw new InvalidInputException(LocalizedText.of(
                    "promise-keeper.settings.error.epic-children.placeholder",
                    "The epic children query must contain " + PLACEHOLDER + ".",
                    PLACEHOLDER));
        }
        if (epicFieldName.isBlank()) {
            throw new InvalidInputException(LocalizedText.of(
                    "promise-keeper.settings.error.epic-children.field", "The epic field name must not be blank."));
        }
    }

    public static EpicChildrenQuery jiraSoftware() {
        return new EpicChildrenQuery("\"Epic Link\" = " + PLACEHOLDER, "Epic Link");
    }

    /** The clause for one epic, its key quoted. */
    public String forEpic(String quotedKey) {
        return template.replace(PLACEHOLDER, quotedKey);
    }
}
