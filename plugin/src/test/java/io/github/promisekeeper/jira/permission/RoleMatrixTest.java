package io.github.promisekeeper.jira.permission;

import com.atlassian.sal.api.user.UserManager;
import io.github.promisekeeper.jira.testing.InProcessJaxRs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Who gets what: every endpoint called by every role, against the app's own permission checks (Jira's
 * REST v2 gate in front of them is asserted by {@link RestAccessAnnotationsTest}). Each cell runs on a
 * fresh site holding customer ACME with a 120000.00 USD contract.
 */
class RoleMatrixTest {

    /** Expected status per role, in the order ANONYMOUS, UNLICENSED, USER, FINANCE, EDITOR, ADMIN. */
    private static final Map<RestSite.Call, int[]> MATRIX = Map.ofEntries(
            Map.entry(RestSite.Call.LIST_CUSTOMERS, new int[] {401, 403, 200, 200, 200, 200}),
            Map.entry(RestSite.Call.GET_CUSTOMER, new int[] {401, 403, 200, 200, 200, 200}),
            Map.entry(RestSite.Call.UPDATE_CUSTOMER, new int[] {401, 403, 403, 403, 200, 200}),
            Map.entry(RestSite.Call.SET_CONTRACT_VALUE, new int[] {401, 403, 403, 403, 403, 200}),
            Map.entry(RestSite.Call.DELETE_CUSTOMER, new int[] {401, 403, 403, 403, 204, 204}),
            Map.entry(RestSite.Call.CUSTOMER_HISTORY, new int[] {401, 403, 403, 403, 200, 200}),
            Map.entry(RestSite.Call.IMPORT_DRY_RUN, new int[] {401, 403, 403, 403, 200, 200}),
            Map.entry(RestSite.Call.IMPORT_APPLY, new int[] {401, 403, 403, 403, 200, 200}),
            Map.entry(RestSite.Call.IMPORT_APPLY_WITH_VALUES, new int[] {401, 403, 403, 403, 403, 200}),
            Map.entry(RestSite.Call.RADAR, new int[] {401, 403, 200, 200, 200, 200}),
            Map.entry(RestSite.Call.COMMITMENTS, new int[] {401, 403, 200, 200, 200, 200}),
            Map.entry(RestSite.Call.ALL_COMMITMENTS, new int[] {401, 403, 200, 200, 200, 200}),
            Map.entry(RestSite.Call.EPIC_ROLL_UP, new int[] {401, 403, 200, 200, 200, 200}),
            Map.entry(RestSite.Call.SCORECARD, new int[] {401, 403, 200, 200, 200, 200}),
            Map.entry(RestSite.Call.GET_SETTINGS, new int[] {401, 403, 403, 403, 200, 200}),
            Map.entry(RestSite.Call.PUT_SETTINGS, new int[] {401, 403, 403, 403, 200, 200}),
            Map.entry(RestSite.Call.SETTINGS_HISTORY, new int[] {401, 403, 403, 403, 200, 200}),
            Map.entry(RestSite.Call.BACKFILL_PROGRESS, new int[] {401, 403, 403, 403, 403, 200}),
            Map.entry(RestSite.Call.BACKFILL_START, new int[] {401, 403, 403, 403, 403, 202}),
            Map.entry(RestSite.Call.RADAR_CSV, new int[] {401, 403, 200, 200, 200, 200}),
            Map.entry(RestSite.Call.COMMITMENTS_CSV, new int[] {401, 403, 200, 200, 200, 200}));

    /** Whether the role's successful answers carry contract money. */
    private static final Map<Role, Boolean> SEES_MONEY =
            Map.of(Role.USER, false, Role.FINANCE, true, Role.EDITOR, false, Role.ADMIN, true);

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        MATRIX.forEach((call, statuses) -> {
            for (Role role : Role.values()) {
                cells.add(Arguments.of(call, role, statuses[role.ordinal()]));
            }
        });
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("cells")
    void eachRoleGetsExactlyWhatItsRightsAllow(RestSite.Call call, Role role, int expectedStatus) {
        UserManager userManager = mock(UserManager.class);
        RestSite site = new RestSite(userManager);
        role.actOn(userManager);

        InProcessJaxRs.Answer answer = site.call(call);

        assertThat(answer.status()).as(answer.body()).isEqualTo(expectedStatus);
        if (expectedStatus == 200 && call.name().startsWith("IMPORT")) {
            assertThat(site.acmeName()).isEqualTo(call == RestSite.Call.IMPORT_DRY_RUN ? "Acme Corp" : "Acme Imported");
        } else if (expectedStatus < 300 && call.name().startsWith("BACKFILL")) {
            assertThat(answer.body()).contains("\"status\":\"scheduled\"");
        } else if (expectedStatus == 200 && call == RestSite.Call.CUSTOMER_HISTORY) {
            assertThat(answer.body()).startsWith("{\"key\":\"ACME\",\"changes\":[{\"author\":");
        } else if (expectedStatus == 200 && call == RestSite.Call.SETTINGS_HISTORY) {
            assertThat(answer.body()).startsWith("{\"changes\":[");
        } else if (expectedStatus == 200 && call.name().contains("SETTINGS")) {
            assertThat(answer.body()).contains("defaultDays");
        } else if (expectedStatus == 200 && call.name().endsWith("_CSV")) {
            assertThat(answer.body()).startsWith("\uFEFF").contains("ACME");
            assertThat(answer.body().contains("120000.00"))
                    .as("money in the CSV")
                    .isEqualTo(SEES_MONEY.get(role));
        } else if (expectedStatus == 200) {
            assertThat(answer.body().contains("\"amount\""))
                    .as("money in the answer")
                    .isEqualTo(SEES_MONEY.get(role));
        } else if (expectedStatus >= 400) {
            assertThat(answer.body()).startsWith("{\"errors\":[");
            assertThat(site.acmeName()).as("nothing written").isEqualTo("Acme Corp");
        }
    }
}
