package io.github.promisekeeper.jira.mail;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.github.promisekeeper.core.alert.Alert;
import io.github.promisekeeper.core.alert.AlertChanges;
import io.github.promisekeeper.core.alert.AlertFacts;
import io.github.promisekeeper.core.alert.AlertKind;
import io.github.promisekeeper.core.alert.DedupeKey;
import io.github.promisekeeper.core.alert.StoredAlert;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.mail.MailFormat;
import io.github.promisekeeper.core.mail.MailOut;
import io.github.promisekeeper.core.mail.MailPreferences;
import io.github.promisekeeper.core.mail.OutgoingMail;
import io.github.promisekeeper.core.ticket.IssueKey;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The immediate mail of slips, sent through a real SMTP server (GreenMail) and read back from it: who gets it, its
 * subject, both bodies, escaping of hostile names, and money only for those with the money right.
 */
class AlertMailerSmtpTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final String HOSTILE = "<script>alert('x')</script> & Co";
    private static final CustomerKey ACME = CustomerKey.of("ACME");

    private final MailWorld world = new MailWorld();
    private MailOut smtp;

    private ApplicationUser alice;
    private ApplicationUser bob;
    private ApplicationUser carol;
    private ApplicationUser dave;
    private ApplicationUser erin;
    private Issue commitment;
    private Issue epic;

    @BeforeEach
    void setUp() {
        smtp = new SmtpMailOut("127.0.0.1", ServerSetupTest.SMTP.getPort(), "jira@example.com");
        alice = world.user("alice"); // assignee, money right
        bob = world.user("bob"); // reporter, no money right
        carol = world.user("carol"); // watcher, cannot browse the epic
        dave = world.user("dave"); // the customer's owner
        erin = world.user("erin"); // in the tier's group
        world.moneyRight.add("alice");
        commitment = world.issue("SC-1", alice, bob, carol);
        epic = world.issue("EP-1", null, null);
        world.mayBrowse(commitment, alice, bob, carol, dave, erin);
        world.mayBrowse(epic, alice, bob, dave, erin);
        world.group("gold-team", erin, alice);
        world.settings.save(
                new MailSettings(world.settings.current().digest(), true, true, Map.of("Gold", Set.of("gold-team"))));
        world.customers.save(new Customer(
                ACME,
                HOSTILE,
                null,
                Set.of(),
                "gold",
                "dave",
                List.of(new Contract(
                        "C-1",
                        null,
                        LocalDate.of(2027, 3, 1),
                        Money.of("120000.00", "EUR"),
                        60,
                        true,
                        ContractStatus.ACTIVE))));
    }

    @Test
    void mailsEachPersonOnceWithTheSlipsTheyMaySeeInBothBodies() throws Exception {
        world.mailer(smtp).alertsStored(changes(healthWorsened(), forecastPastPromise(), kept()));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(Arrays.stream(received).map(AlertMailerSmtpTest::to))
                .containsExactlyInAnyOrder(
                        "alice@example.com",
                        "bob@example.com",
                        "carol@example.com",
                        "dave@example.com",
                        "erin@example.com");
        MimeMessage toAlice = to(received, "alice@example.com");
        assertThat(toAlice.getSubject()).isEqualTo("[Promise Keeper] 2 promises slipped");
        String text = body(toAlice, "text/plain");
        String html = body(toAlice, "text/html");
        assertThat(text)
                .contains("SC-1 'Export' went from on track to at risk")
                .contains("EP-1")
                .contains(MailWorld.BASE_URL + "/browse/SC-1")
                .contains(MailWorld.BASE_URL + MailTexts.PREFERENCES_PATH)
                .doesNotContain("kept");
        assertThat(html)
                .contains("SC-1 &#39;Export&#39; went from on track to at risk")
                .contains("href=\"https:&#47;&#47;jira.example.com&#47;browse&#47;SC-1\"");
    }

    @Test
    void escapesAHostileCustomerNameInTheHtmlBodyAndKeepsItOnOneLineInTheText() throws Exception {
        world.mailer(smtp).alertsStored(changes(renewalMoved()));

        MimeMessage toDave = to(SMTP.getReceivedMessages(), "dave@example.com");
        String html = body(toDave, "text/html");
        assertThat(html)
                .doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;&#47;script&gt; &amp; Co");
        assertThat(body(toDave, "text/plain")).contains(HOSTILE);
        assertThat(toDave.getSubject()).contains(HOSTILE);
    }

    @Test
    void showsMoneyOnlyToRecipientsWithTheMoneyRight() throws Exception {
        world.mailer(smtp).alertsStored(changes(healthWorsened()));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(body(to(received, "alice@example.com"), "text/plain"))
                .contains("annual value at stake: 120000.00 EUR");
        for (String without : List.of("bob@example.com", "carol@example.com", "dave@example.com", "erin@example.com")) {
            MimeMessage message = to(received, without);
            assertThat(body(message, "text/plain")).doesNotContain("120000").doesNotContain("annual value");
            assertThat(body(message, "text/html")).doesNotContain("120000").doesNotContain("annual value");
        }
    }

    @Test
    void neitherNamesNorCountsASlipWhoseEpicTheRecipientCannotBrowse() throws Exception {
        world.mailer(smtp).alertsStored(changes(healthWorsened(), forecastPastPromise()));

        MimeMessage toCarol = to(SMTP.getReceivedMessages(), "carol@example.com");
        assertThat(toCarol.getSubject()).doesNotContain("2 promises").contains("went from on track to at risk");
        assertThat(body(toCarol, "text/plain")).doesNotContain("EP-1");
        assertThat(body(toCarol, "text/html")).doesNotContain("EP-1");
    }

    @Test
    void leavesOutWhoCannotBrowseIsInactiveHasNoAddressOrTurnedImmediateMailsOff() {
        ApplicationUser frank = world.user("frank"); // watcher who may not browse the commitment
        ApplicationUser gina = world.user("gina", "gina@example.com", false); // inactive
        ApplicationUser hank = world.user("hank", " ", true); // no address
        ApplicationUser ivy = world.user("ivy"); // turned immediate mails off
        world.preferences.save("ivy", new MailPreferences(false, true, MailFormat.HTML));
        Issue other = world.issue("SC-2", frank, gina, hank, ivy);
        world.mayBrowse(other, gina, hank, ivy, dave, erin, alice);

        world.mailer(smtp).alertsStored(changes(healthWorsenedOn("SC-2")));

        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(AlertMailerSmtpTest::to))
                .containsExactlyInAnyOrder("dave@example.com", "erin@example.com", "alice@example.com");
    }

    @Test
    void sendsNothingWhenTheCheckRaisedNoWorsening() {
        world.mailer(smtp).alertsStored(changes(kept()));

        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void queuesMailInBatchesOfAtMostTheBatchSize() {
        List<ApplicationUser> watching = new ArrayList<>();
        for (int i = 0; i < AlertMailer.BATCH_SIZE + 5; i++) {
            watching.add(world.user("w" + i));
        }
        Issue busy = world.issue("SC-3", alice, bob, watching.toArray(new ApplicationUser[0]));
        world.mayBrowse(busy, watching.toArray(new ApplicationUser[0]));
        world.mayBrowse(busy, alice, bob, dave, erin);
        List<Integer> batches = new ArrayList<>();
        MailOut counting = new MailOut() {
            @Override
            public boolean canSend() {
                return true;
            }

            @Override
            public void send(List<OutgoingMail> batch) {
                batches.add(batch.size());
            }
        };

        world.mailer(counting).alertsStored(changes(healthWorsenedOn("SC-3")));

        assertThat(batches).containsExactly(AlertMailer.BATCH_SIZE, 9);
    }

    @Test
    void sendsNothingWhenMailCannotBeSent() {
        List<List<OutgoingMail>> sent = new ArrayList<>();
        MailOut closed = new MailOut() {
            @Override
            public boolean canSend() {
                return false;
            }

            @Override
            public void send(List<OutgoingMail> batch) {
                sent.add(batch);
            }
        };

        world.mailer(closed).alertsStored(changes(healthWorsened()));

        assertThat(sent).isEmpty();
    }

    private static AlertChanges changes(Alert... alerts) {
        List<StoredAlert> stored = new ArrayList<>();
        for (int i = 0; i < alerts.length; i++) {
            stored.add(new StoredAlert(i + 1, alerts[i]));
        }
        return new AlertChanges(stored, List.of());
    }

    private static Alert healthWorsened() {
        return healthWorsenedOn("SC-1");
    }

    private static Alert healthWorsenedOn(String key) {
        return Alert.raise(
                AlertKind.HEALTH_WORSENED,
                ACME,
                IssueKey.of(key),
                AlertFacts.about(HOSTILE)
                        .withCommitment("Export", LocalDate.of(2027, 1, 15))
                        .withHealth(Health.ON_TRACK, Health.AT_RISK),
                TODAY,
                DedupeKey.of(AlertKind.HEALTH_WORSENED, IssueKey.of(key), "AT_RISK", 1));
    }

    private static Alert forecastPastPromise() {
        return Alert.raise(
                AlertKind.FORECAST_PAST_PROMISE,
                ACME,
                IssueKey.of("SC-1"),
                AlertFacts.about(HOSTILE)
                        .withCommitment("Export", LocalDate.of(2027, 1, 15))
                        .withEpic(IssueKey.of("EP-1"))
                        .withMove(Optional.of(LocalDate.of(2027, 1, 10)), Optional.of(LocalDate.of(2027, 2, 1))),
                TODAY,
                DedupeKey.of(AlertKind.FORECAST_PAST_PROMISE, IssueKey.of("SC-1"), "EP-1", 1));
    }

    private static Alert kept() {
        return Alert.raise(
                AlertKind.KEPT,
                ACME,
                IssueKey.of("SC-1"),
                AlertFacts.about(HOSTILE).withCommitment("Export", LocalDate.of(2027, 1, 15)),
                TODAY,
                DedupeKey.of(AlertKind.KEPT, IssueKey.of("SC-1"), "", 1));
    }

    private static Alert renewalMoved() {
        return Alert.raise(
                AlertKind.RENEWAL_MOVED,
                ACME,
                AlertFacts.about(HOSTILE)
                        .withMove(Optional.of(LocalDate.of(2027, 3, 1)), Optional.of(LocalDate.of(2027, 2, 1))),
                TODAY,
                DedupeKey.of(AlertKind.RENEWAL_MOVED, ACME, "", 1));
    }

    private static String to(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return Arrays.stream(to)
                    .map(address -> ((InternetAddress) address).getAddress())
                    .collect(Collectors.joining(","));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeMessage to(MimeMessage[] received, String address) {
        return Arrays.stream(received)
                .filter(message -> to(message).equals(address))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No mail to " + address));
    }

    private static String body(MimeMessage message, String type) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("No " + type + " part");
    }
}
