package io.github.promisekeeper.jira.permission;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;

import java.util.Objects;
import java.util.Set;

/**
 * The one place that decides who may do what in Promise Keeper, on the server, for every request:
 * <ul>
 *     <li><b>read</b> customers, the radar and commitments: licensed users, narrowed to the reader
 *     groups when any are configured; Jira administrators always;</li>
 *     <li><b>see money</b> (contract values): members of the finance groups (default jira-administrators);</li>
 *     <li><b>edit</b> customers, import and change settings: Jira administrators and members of the
 *     editor groups.</li>
 * </ul>
 * Anonymous and unlicensed users get nothing. REST v2's access annotations are a first gate kept by
 * Jira; these checks are the app's own and are what its tests prove.
 */
public final class Permissions {

    private final UserManager userManager;
    private final AccessGroupsSource groups;

    public Permissions(UserManager userManager, AccessGroupsSource groups) {
        this.userManager = Objects.requireNonNull(userManager, "user manager");
        this.groups = Objects.requireNonNull(groups, "access groups");
    }

    /** The rights of the user making the current request. */
    public Viewer viewer() {
        return rightsOf(userManager.getRemoteUserKey());
    }

    /**
     * The rights of {@code user} (anonymous when {@code null}), decided as for a request of theirs: for work done
     * for someone who is not the one logged in, such as deciding what a mail's recipient may read.
     */
    public Viewer rightsOf(UserKey user) {
        if (user == null) {
            return Viewer.anonymous();
        }
        boolean admin = userManager.isAdmin(user) || userManager.isSystemAdmin(user);
        boolean licensed = userManager.isLicensed(user);
        if (!licensed && !admin) {
            return new Viewer(user, false, false, false, false);
        }
        AccessGroups configured = groups.accessGroups();
        boolean editor = admin || inAny(user, configured.editorGroups());
        boolean finance = inAny(user, configured.financeGroups());
        boolean reader = admin
                || editor
                || finance
                || configured.readerGroups().isEmpty()
                || inAny(user, configured.readerGroups());
        return new Viewer(user, licensed, reader, reader && finance, editor);
    }

    /** The viewer, provided they may read. @throws AccessDeniedException otherwise */
    public Viewer requireRead() {
        Viewer viewer = viewer();
        if (!viewer.mayRead()) {
            throw new AccessDeniedException(AccessDeniedException.Right.READ, viewer.isAnonymous());
        }
        return viewer;
    }

    /** The viewer, provided they may edit customers, import, change settings and read the histories. @throws AccessDeniedException otherwise */
    public Viewer requireEdit() {
        Viewer viewer = viewer();
        if (!viewer.mayEdit()) {
            throw new AccessDeniedException(AccessDeniedException.Right.EDIT, viewer.isAnonymous());
        }
        return viewer;
    }

    /**
     * The viewer, provided they are a Jira administrator: for work that changes Jira issues across
     * projects, such as the customer backfill. @throws AccessDeniedException otherwise
     */
    public Viewer requireJiraAdministrator() {
        Viewer viewer = viewer();
        if (viewer.isAnonymous() || !(userManager.isAdmin(viewer.user()) || userManager.isSystemAdmin(viewer.user()))) {
            throw new AccessDeniedException(AccessDeniedException.Right.ADMINISTER, viewer.isAnonymous());
        }
        return viewer;
    }

    private boolean inAny(UserKey user, Set<String> groupNames) {
        for (String group : groupNames) {
            if (userManager.isUserInGroup(user, group)) {
                return true;
            }
        }
        return false;
    }
}
