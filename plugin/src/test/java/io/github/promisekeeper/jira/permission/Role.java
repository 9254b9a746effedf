package io.github.promisekeeper.jira.permission;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;

import java.util.Set;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.when;

/** The kinds of caller the permission tests play, each a Jira user set up through SAL's UserManager. */
public enum Role {
    ANONYMOUS(null, false, false, Set.of()),
    UNLICENSED("una", false, false, Set.of()),
    USER("ursula", true, false, Set.of("jira-software-users")),
    FINANCE("fiona", true, false, Set.of("jira-software-users", Role.FINANCE_GROUP)),
    EDITOR("eddie", true, false, Set.of("jira-software-users", Role.EDITOR_GROUP)),
    ADMIN("ada", true, true, Set.of("jira-software-users", AccessGroups.JIRA_ADMINISTRATORS));

    public static final String FINANCE_GROUP = "finance";
    public static final String EDITOR_GROUP = "promise-keeper-editors";

    /** The groups the tests configure: everyone licensed reads, finance and jira-administrators see money. */
    public static final AccessGroups GROUPS =
            new AccessGroups(Set.of(), Set.of(FINANCE_GROUP, AccessGroups.JIRA_ADMINISTRATORS), Set.of(EDITOR_GROUP));

    private final String user;
    private final boolean licensed;
    private final boolean admin;
    private final Set<String> groups;

    Role(String user, boolean licensed, boolean admin, Set<String> groups) {
        this.user = user;
        this.licensed = licensed;
        this.admin = admin;
        this.groups = groups;
    }

    /** Makes {@code userManager} (a Mockito mock) answer as this role's user making the request. */
    public void actOn(UserManager userManager) {
        reset(userManager);
        UserKey key = user == null ? null : new UserKey(user);
        when(userManager.getRemoteUserKey()).thenReturn(key);
        when(userManager.isLicensed(any())).thenReturn(false);
        when(userManager.isAdmin(any())).thenReturn(false);
        when(userManager.isSystemAdmin(any())).thenReturn(false);
        when(userManager.isUserInGroup(any(), anyString())).thenReturn(false);
        if (key != null) {
            when(userManager.isLicensed(key)).thenReturn(licensed);
            when(userManager.isAdmin(key)).thenReturn(admin);
            for (String group : groups) {
                when(userManager.isUserInGroup(key, group)).thenReturn(true);
            }
        }
    }
}
