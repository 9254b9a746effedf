package io.github.promisekeeper.jira.permission;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.Mockito;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

class PermissionsTest {

    private final UserManager userManager = mock(UserManager.class);

    @ParameterizedTest(name = "{0}: read {1}, money {2}, edit {3}")
    @CsvSource({
        "ANONYMOUS,  false, false, false",
        "UNLICENSED, false, false, false",
        "USER,       true,  false, false",
        "FINANCE,    true,  true,  false",
        "EDITOR,     true,  false, true",
        "ADMIN,      true,  true,  true"
    })
    void grantsEachRoleExactlyItsRights(Role role, boolean read, boolean money, boolean edit) {
        role.actOn(userManager);

        Viewer viewer = new Permissions(userManager, () -> Role.GROUPS).viewer();

        assertThat(viewer.mayRead()).isEqualTo(read);
        assertThat(viewer.maySeeMoney()).isEqualTo(money);
        assertThat(viewer.mayEdit()).isEqualTo(edit);
    }

    @Test
    void byDefaultOnlyJiraAdministratorsSeeMoneyAndEdit() {
        Permissions permissions = new Permissions(userManager, AccessGroups::defaults);
        Role.FINANCE.actOn(userManager);
        assertThat(permissions.viewer().maySeeMoney()).isFalse();
        Role.EDITOR.actOn(userManager);
        assertThat(permissions.viewer().mayEdit()).isFalse();
        Role.ADMIN.actOn(userManager);
        assertThat(permissions.viewer().maySeeMoney()).isTrue();
        assertThat(permissions.viewer().mayEdit()).isTrue();
    }

    @Test
    void readerGroupsNarrowReadingToTheirMembersButKeepAdminsFinanceAndEditors() {
        Permissions permissions = new Permissions(
                userManager,
                () -> new AccessGroups(
                        Set.of("customer-success"), Set.of(Role.FINANCE_GROUP), Set.of(Role.EDITOR_GROUP)));
        Role.USER.actOn(userManager);
        assertThat(permissions.viewer().mayRead()).isFalse();
        Role.FINANCE.actOn(userManager);
        assertThat(permissions.viewer().mayRead()).isTrue();
        Role.EDITOR.actOn(userManager);
        assertThat(permissions.viewer().mayRead()).isTrue();
        Role.ADMIN.actOn(userManager);
        assertThat(permissions.viewer().mayRead()).isTrue();
    }

    @Test
    void anUnlicensedMemberOfTheFinanceGroupStillGetsNothing() {
        Role.UNLICENSED.actOn(userManager);
        Mockito.when(userManager.isUserInGroup(new UserKey("una"), Role.FINANCE_GROUP))
                .thenReturn(true);

        Viewer viewer = new Permissions(userManager, () -> Role.GROUPS).viewer();

        assertThat(viewer.mayRead()).isFalse();
        assertThat(viewer.maySeeMoney()).isFalse();
    }

    @Test
    void refusesAnonymousAndUnauthorisedCallersSayingWhichRightWasMissing() {
        Permissions permissions = new Permissions(userManager, () -> Role.GROUPS);
        Role.ANONYMOUS.actOn(userManager);
        assertThatThrownBy(permissions::requireRead)
                .isInstanceOfSatisfying(
                        AccessDeniedException.class,
                        denied -> assertThat(denied.anonymous()).isTrue());
        Role.FINANCE.actOn(userManager);
        assertThatThrownBy(permissions::requireEdit).isInstanceOfSatisfying(AccessDeniedException.class, denied -> {
            assertThat(denied.anonymous()).isFalse();
            assertThat(denied.right()).isEqualTo(AccessDeniedException.Right.EDIT);
        });
    }
}
