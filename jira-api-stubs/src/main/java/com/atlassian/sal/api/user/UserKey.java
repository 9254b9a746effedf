package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/**
 * Stand-in for {@code com.atlassian.sal.api.user.UserKey} from {@code com.atlassian.sal:sal-api}
 * (Jira 11.3 / Data Center platform 8): the final value class identifying a user for the whole of its
 * existence (unlike the username, it never changes).
 *
 * <p>Unlike the other stand-ins this one really works: it is a plain value wrapper around a non-null
 * string, with equality, hash code and {@code toString} defined by that string exactly as Atlassian's
 * class does, because tests use it as a map key. Only the constructor, {@link #getStringValue()} and the
 * {@code Object} methods are declared (the real class also has static factory methods).
 *
 * @see <a href="https://docs.atlassian.com/sal-parent/3.0.4/xref/com/atlassian/sal/api/user/UserKey.html">sal-api 3.0.4 xref of UserKey.java (older than Jira 11's)</a>
 */
public final class UserKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String userkey;

    /**
     * Builds a user key from its string form.
     *
     * @param userkey the string form of the key; must not be {@code null}
     * @throws NullPointerException if {@code userkey} is {@code null}
     */
    public UserKey(String userkey) {
        this.userkey = Objects.requireNonNull(userkey, "userkey");
    }

    /**
     * Returns the string form of this key.
     *
     * @return the string form, never {@code null}
     */
    public String getStringValue() {
        return userkey;
    }

    @Override
    public String toString() {
        return getStringValue();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        return userkey.equals(((UserKey) other).userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }
}
