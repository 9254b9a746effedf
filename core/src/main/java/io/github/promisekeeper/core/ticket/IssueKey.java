package io.github.promisekeeper.core.ticket;

import io.github.promisekeeper.core.InvalidValueException;
import io.github.promisekeeper.core.ReasonKey;

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
            throw new InvalidValueException(ReasonKey.PROJECT_KEY_MALFORMED, project);
        }
        if (number < 1) {
            throw new InvalidValueException(ReasonKey.ISSUE_NUMBER_NOT_POSITIVE, Long.toString(number));
        }
    }

    public static IssueKey of(String key) {
        Matcher matcher = KEY.matcher(key == null ? "" : key);
        if (!matcher.matches()) {
            throw new InvalidValueException(ReasonKey.ISSUE_KEY_MALFORMED, String.valueOf(key));
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
