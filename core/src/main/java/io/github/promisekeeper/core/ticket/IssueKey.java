package io.github.promisekeeper.core.ticket;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Jira issue key such as {@code SSO-12}: a project key and a positive number; ordered by project, then number. */
public record IssueKey(String project, long number) implements Comparable<IssueKey> {

    private static final Pattern PROJECT = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern KEY = Pattern.compile("([A-Z][A-Z0-9_]*)-([1-9][0-9]{0,17})");

    public IssueKey {
        Objects.requireNonNull(project, "project key");
        if (!PROJECT.matcher(project).matches()) {
            throw new IllegalArgumentException(
                    "Project key '" + project + "' must be upper-case letters, digits or '_', starting with a letter.");
        }
        if (number < 1) {
            throw new IllegalArgumentException("Issue number must be positive, not " + number + ".");
        }
    }

    public static IssueKey of(String key) {
        Matcher matcher = KEY.matcher(key == null ? "" : key);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + key + "' is not an issue key such as SSO-12.");
        }
        return new IssueKey(matcher.group(1), Long.parseLong(matcher.group(2)));
    }

    @Override
    public int compareTo(IssueKey other) {
        int byProject = project.compareTo(other.project);
        return byProject != 0 ? byProject : Long.compare(number, other.number);
    }

    @Override
    public String toString() {
        return project + "-" + number;
    }
}
