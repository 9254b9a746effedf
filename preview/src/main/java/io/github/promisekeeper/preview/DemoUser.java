package io.github.promisekeeper.preview;

import com.atlassian.sal.api.user.UserKey;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The preview's demo users, whom the "Viewing as" switch chooses between: a Jira administrator (sees money,
 * edits), a member of the finance group (sees money) and an ordinary licensed user (reads only).
 */
enum DemoUser {
    ADMIN("admin", "Ada Admin", true, Set.of("jira-administrators", "jira-software-users")),
    FINANCE("finance", "Fin Finance", false, Set.of(DemoUser.FINANCE_GROUP, "jira-software-users")),
    USER("user", "Uma User", false, Set.of("jira-software-users"));

    /** The group the preview's settings name as a finance group, besides Jira's administrators. */
    static final String FINANCE_GROUP = "finance";

    private final String username;
    private final String fullName;
    private final boolean administrator;
    private final Set<String> groups;

    DemoUser(String username, String fullName, boolean administrator, Set<String> groups) {
        this.username = username;
        this.fullName = fullName;
        this.administrator = administrator;
        this.groups = groups;
    }

    String username() {
        return username;
    }

    String fullName() {
        return fullName;
    }

    UserKey key() {
        return new UserKey("preview-" + username);
    }

    boolean isAdministrator() {
        return administrator;
    }

    boolean isIn(String group) {
        return groups.contains(group);
    }

    static Optional<DemoUser> named(String username) {
        return Arrays.stream(values())
                .filter(user -> user.username.equals(
                        username == null ? "" : username.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    static Optional<DemoUser> withKey(UserKey key) {
        return Arrays.stream(values()).filter(user -> user.key().equals(key)).findFirst();
    }
}
