package io.github.promisekeeper.jira.mail.ao;

import io.github.promisekeeper.ao.embedded.EntityManagerActiveObjects;
import io.github.promisekeeper.core.mail.MailFormat;
import io.github.promisekeeper.core.mail.MailPreferences;
import io.github.promisekeeper.jira.ao.upgrade.DataModel;
import io.github.promisekeeper.jira.testing.ao.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The mail preferences and the digest ledger on a real database through Active Objects 6.1.1. */
abstract class AoMailStorageContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);

    private EntityManagerActiveObjects ao;
    private AoMailPreferences preferences;
    private AoDigestLedger ledger;

    protected abstract TestDatabase database();

    @BeforeEach
    void freshTables() {
        ao = new EntityManagerActiveObjects(database().freshEntityManager());
        ao.migrate(DataModel.entities());
        preferences = new AoMailPreferences(ao);
        ledger = new AoDigestLedger(ao, CLOCK);
    }

    @Test
    void keepsEachUsersOwnChoiceAndReplacesItOnSave() {
        preferences.save("alice", new MailPreferences(false, true, MailFormat.TEXT));
        preferences.save("bob", new MailPreferences(true, false, MailFormat.HTML));
        preferences.save("alice", new MailPreferences(true, false, MailFormat.HTML));

        assertThat(preferences.findByUser("alice")).contains(new MailPreferences(true, false, MailFormat.HTML));
        assertThat(preferences.findByUsers(Set.of("alice", "bob", "carol")))
                .isEqualTo(Map.of(
                        "alice", new MailPreferences(true, false, MailFormat.HTML),
                        "bob", new MailPreferences(true, false, MailFormat.HTML)));
        assertThat(preferences.findByUser("carol")).isEmpty();
        assertThat(ao.count(MailPreferenceEntity.class)).isEqualTo(2);
    }

    @Test
    void claimsEachUsersWeekOnce() {
        assertThat(ledger.claim("alice", "2026-W50")).isTrue();
        assertThat(ledger.claim("alice", "2026-W50")).isFalse();
        assertThat(ledger.claim("bob", "2026-W50")).isTrue();
        assertThat(ledger.claim("alice", "2026-W51")).isTrue();
    }

    @Test
    void aReleasedClaimCanBeMadeAgain() {
        assertThat(ledger.claim("alice", "2026-W50")).isTrue();
        ledger.release("alice", "2026-W50");

        assertThat(ledger.claim("alice", "2026-W50")).isTrue();
    }

    @Test
    void ofTwoNodesClaimingTheSameWeekAtOnceOneWins() throws Exception {
        int nodes = 4;
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            for (int round = 0; round < 5; round++) {
                String week = "2026-W" + (10 + round);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> claims = new ArrayList<>();
                for (int node = 0; node < nodes; node++) {
                    Callable<Boolean> claim = () -> {
                        start.await();
                        return ledger.claim("alice", week);
                    };
                    claims.add(pool.submit(claim));
                }
                start.countDown();
                int won = 0;
                for (Future<Boolean> claim : claims) {
                    won += claim.get() ? 1 : 0;
                }
                assertThat(won).as("claims of %s that won", week).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void tablesCarryTheAtlassianPrefixAndShortUpperCaseNames() {
        assertThat(ao.entityManager().getTableNameConverter().getName(MailPreferenceEntity.class))
                .isEqualTo(TestDatabase.tablePrefix() + "MAIL_PREF");
        assertThat(ao.entityManager().getTableNameConverter().getName(DigestSentEntity.class))
                .isEqualTo(TestDatabase.tablePrefix() + "DIGEST_SENT");
    }
}
