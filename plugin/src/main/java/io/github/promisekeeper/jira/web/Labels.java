package io.github.promisekeeper.jira.web;

import java.util.Locale;

/** Enum constants as the JSON views write them: lower case, a dash for each underscore ({@code AT_RISK} is {@code at-risk}). */
public final class Labels {

    private Labels() {}

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
