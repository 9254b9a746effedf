package io.github.promisekeeper.jira.settings;

import io.github.promisekeeper.core.renewal.WindowBasis;
import io.github.promisekeeper.jira.epic.EpicChildrenQuery;
import io.github.promisekeeper.jira.permission.AccessGroups;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settings descriptions as data write, in English, exactly the text the history wrote before they were data
 * ({@link SettingsDescriptionsBefore}), over many generated pairs of settings.
 */
class SettingsDescriptionsEnglishTest {

    private static final List<String> GROUPS =
            List.of("sales", "finance", "O'Brien's team", "{0}", "jira-administrators");

    @Test
    void writesTheSameEnglishAsBeforeForManyGeneratedChanges() {
        Random random = new Random(20261203L);
        for (int i = 0; i < 2000; i++) {
            PromiseKeeperSettings before = settings(random);
            PromiseKeeperSettings after = random.nextBoolean() ? settings(random) : before;
            EpicChildrenQuery childrenBefore = children(random);
            EpicChildrenQuery childrenAfter = random.nextBoolean() ? children(random) : childrenBefore;

            assertThat(SettingsDescriptions.between(before, childrenBefore, after, childrenAfter))
                    .isEqualTo(SettingsDescriptionsBefore.between(before, childrenBefore, after, childrenAfter));
        }
    }

    private static PromiseKeeperSettings settings(Random random) {
        Map<String, BigDecimal> rates = new HashMap<>();
        for (String currency : List.of("EUR", "GBP", "JPY")) {
            if (random.nextBoolean()) {
                rates.put(currency, new BigDecimal(random.nextInt(3) == 0 ? "1.10" : "1.1" + random.nextInt(3)));
            }
        }
        return new PromiseKeeperSettings(
                1 + random.nextInt(3) * 30,
                random.nextBoolean() ? WindowBasis.RENEWAL_DATE : WindowBasis.NOTICE_DEADLINE,
                random.nextBoolean() ? "USD" : "EUR",
                rates,
                new AccessGroups(groups(random), groups(random), groups(random)));
    }

    private static Set<String> groups(Random random) {
        Set<String> groups = new HashSet<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            groups.add(GROUPS.get(random.nextInt(GROUPS.size())));
        }
        return groups;
    }

    private static EpicChildrenQuery children(Random random) {
        return random.nextBoolean()
                ? EpicChildrenQuery.jiraSoftware()
                : new EpicChildrenQuery(
                        "parent = {epic} AND text ~ 'it''s'", random.nextBoolean() ? "Parent" : "Epic's");
    }
}
