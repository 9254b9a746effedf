package io.github.promisekeeper.jira.mail;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.user.UserKey;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.InMemoryCommitments;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.mail.DigestLedger;
import io.github.promisekeeper.core.mail.MailFormat;
import io.github.promisekeeper.core.mail.MailOut;
import io.github.promisekeeper.core.mail.MailPreferences;
import io.github.promisekeeper.core.mail.OutgoingMail;
import io.github.promisekeeper.core.radar.RenewalRadar;
import io.github.promisekeeper.core.ticket.InMemoryTickets;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.core.ticket.StatusCategory;
import io.github.promisekeeper.core.ticket.Ticket;
import io.github.promisekeeper.core.ticket.TicketPriority;
import io.github.promisekeeper.jira.settings.InMemoryPluginSettings;
import io.github.promisekeeper.jira.settings.SettingsStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

/**
 * The weekly digest over the real radar: sent to those whose own local day and hour match, once per week however
 * often the job runs, never empty, and only with what each recipient may browse.
 */
class DigestMailerTest {

    /** Monday 7 December 2026, 08:00 UTC: the default digest hour (Monday 8:00) in UTC, 19:00 in Sydney. */
    private static final Clock MONDAY_8_UTC = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);

    private static final CustomerKey ACME = CustomerKey.of("ACME");

    private final MailWorld world = new MailWorld();
    private final InMemoryCommitments commitments = new InMemoryCommitments();
    private final InMemoryTickets tickets = new InMemoryTickets();
    private final List<OutgoingMail> sent = new ArrayList<>();
    private final Set<String> claims = new HashSet<>();
    private final MailOut out = new MailOut() {
        @Override
        public boolean canSend() {
            return true;
        }

        @Override
        public void send(List<OutgoingMail> batch) {
            sent.addAll(batch);
        }
    };
    private final DigestLedger ledger = new DigestLedger() {
        @Override
        public boolean claim(String userKey, String week) {
            return claims.add(week + "|" + userKey);
        }

        @Override
        public void release(String userKey, String week) {
            claims.remove(week + "|" + userKey);
        }
    };

    private ApplicationUser alice;
    private ApplicationUser dave;
    private ApplicationUser erin;

    @BeforeEach
    void setUp() {
        alice = world.user("alice"); // assignee of the promise due
        dave = world.user("dave"); // the customer's owner
        erin = world.user("erin"); // the customer's owner too, in Sydney
        world.user("bob"); // nothing of his: no digest
        when(world.timeZones.getUserTimeZone(new UserKey("erin"))).thenReturn(TimeZone.getTimeZone("Australia/Sydney"));
        world.group("gold-team", erin);
        world.settings.save(
                new MailSettings(world.settings.current().digest(), true, true, Map.of("gold", Set.of("gold-team"))));
        world.customers.save(new Customer(
                ACME,
                "Acme <Corp>",
                null,
                Set.of(),
                "gold",
                "dave",
                List.of(new Contract(
                        "C-1",
                        null,
                        LocalDate.of(2027, 1, 15),
                        Money.of("50000.00", "EUR"),
                        30,
                        true,
                        ContractStatus.ACTIVE))));
        commitments.add(new Commitment(
                IssueKey.of("SC-1"),
                ACME,
                "Export",
                LocalDate.of(2026, 12, 20),
                "alice",
                Optional.empty(),
                Optional.empty(),
                List.of()));
        Issue commitment = world.issue("SC-1", alice, null);
        world.mayBrowse(commitment, alice, dave, erin);
    }

    private void blocker(String key) {
        tickets.add(new Ticket(
                IssueKey.of(key),
                ACME,
                "Cannot log in",
                TicketPriority.BLOCKER,
                StatusCategory.TO_DO,
                "Bug",
                Instant.parse("2026-12-01T09:00:00Z"),
                Instant.parse("2026-12-01T09:00:00Z")));
    }

    private String textTo(String user) {
        return sent.stream()
                .filter(mail -> mail.to().startsWith(user + "@"))
                .findFirst()
                .orElseThrow()
                .text();
    }

    private DigestMailer digest() {
        return new DigestMailer(
                out,
                world.directory,
                world.issues,
                world.customers,
                () -> commitments,
                () -> new RenewalRadar(world.customers, tickets, commitments, commitments, MONDAY_8_UTC),
                new SettingsStore(new InMemoryPluginSettings().factory()),
                world.settings,
                since -> List.of(),
                ledger,
                world.texts,
                world.renderer,
                MONDAY_8_UTC);
    }

    @Test
    void sendsToThoseWhoseLocalDayAndHourMatchWithTheirRenewalsAndPromisesDue() {
        int queued = digest().sendDue();

        assertThat(queued).isEqualTo(2);
        assertThat(sent)
                .extracting(OutgoingMail::to)
                .containsExactlyInAnyOrder("alice@example.com", "dave@example.com");
        OutgoingMail toDave = sent.stream()
                .filter(mail -> mail.to().startsWith("dave"))
                .findFirst()
                .orElseThrow();
        assertThat(toDave.subject()).isEqualTo("[Promise Keeper] Your weekly renewals and promises");
        assertThat(toDave.text())
                .contains("Acme <Corp>: renews 15 Jan 2027, notice by 16 Dec 2026")
                .contains("SC-1 'Export': promised 20 Dec 2026");
        assertThat(toDave.html()).contains("Acme &lt;Corp&gt;").doesNotContain("Acme <Corp>");
        OutgoingMail toAlice = sent.stream()
                .filter(mail -> mail.to().startsWith("alice"))
                .findFirst()
                .orElseThrow();
        assertThat(toAlice.text())
                .contains("SC-1 'Export': promised 20 Dec 2026")
                .doesNotContain("renews");
    }

    @Test
    void aSecondRunInTheSameWeekSendsNothing() {
        digest().sendDue();
        sent.clear();

        assertThat(digest().sendDue()).isZero();
        assertThat(sent).isEmpty();
    }

    @Test
    void leavesOutWhatTheRecipientMayNotBrowse() {
        // dave loses the right to browse SC-1:
        Issue hidden = world.issue("SC-1", alice, null);
        world.mayBrowse(hidden, alice);

        digest().sendDue();

        OutgoingMail toDave = sent.stream()
                .filter(mail -> mail.to().startsWith("dave"))
                .findFirst()
                .orElseThrow();
        assertThat(toDave.text()).contains("renews").doesNotContain("SC-1");
    }

    /**
     * Acme's notice deadline is 9 days away (2 points), its blocker SUP-1 open (2) and SC-1 without a delivery plan
     * (1): high risk (5) for whoever may browse both, medium (2) for whoever may browse neither.
     */
    @Test
    void countsTheRiskOfOnlyWhatTheRecipientMayBrowse() {
        blocker("SUP-1");
        world.mayBrowse(world.issue("SUP-1", null, null), alice);
        Issue hidden = world.issue("SC-1", alice, null);
        world.mayBrowse(hidden, alice);

        digest().sendDue();

        assertThat(textTo("dave"))
                .contains("Acme <Corp>: renews 15 Jan 2027, notice by 16 Dec 2026, medium risk.")
                .doesNotContain("blocker")
                .doesNotContain("SC-1");
    }

    @Test
    void countsTheRiskOfEverythingTheRecipientMayBrowse() {
        blocker("SUP-1");
        world.mayBrowse(world.issue("SUP-1", null, null), dave);

        digest().sendDue();

        assertThat(textTo("dave"))
                .contains("Acme <Corp>: renews 15 Jan 2027, notice by 16 Dec 2026, high risk.")
                .contains("1 blocker ticket open")
                .contains("SC-1 'Export' has no delivery plan");
    }

    /** The site reports in USD without a EUR rate (the defaults): Acme's EUR value is incomplete, which is flagged. */
    @Test
    void showsTheValueAndItsMissingRateToTheMoneyRight() {
        world.moneyRight.add("dave");

        digest().sendDue();

        assertThat(textTo("dave")).contains("EUR");
    }

    @Test
    void showsNeitherTheValueNorItsMissingRateWithoutTheMoneyRight() {
        digest().sendDue();

        assertThat(textTo("dave")).contains("Acme <Corp>").doesNotContain("EUR").doesNotContain("50");
    }

    @Test
    void respectsAUserWhoTurnedTheDigestOff() {
        world.preferences.save("dave", new MailPreferences(true, false, MailFormat.HTML));

        digest().sendDue();

        assertThat(sent).extracting(OutgoingMail::to).containsExactly("alice@example.com");
    }
}
