package io.github.promisekeeper.jira.permission;

import com.atlassian.sal.api.user.UserKey;

/**
 * The rights of the user making the current request, decided once by {@link Permissions}. Rights are
 * nested: whoever sees money or edits may also read.
 */
public record Viewer(UserKey user, boolean licensed, boolean mayRead, boolean maySeeMoney, boolean mayEdit) {

    public static Viewer anonymous() {
        return new Viewer(null, false, false, false, false);
    }

    public boolean isAnonymous() {
        return user == null;
    }

    /** The name recorded in customer history for changes this viewer makes. */
    public String author() {
        return user == null ? "anonymous" : user.getStringValue();
    }
}
