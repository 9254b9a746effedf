package io.github.promisekeeper.jira.permission;

/** Where the configured {@link AccessGroups} are read from on every request (the app's settings). */
@FunctionalInterface
public interface AccessGroupsSource {

    AccessGroups accessGroups();
}
