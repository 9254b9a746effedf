package io.github.promisekeeper.jira.mail;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.alert.Alert;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.CommitmentHealth;
import io.github.promisekeeper.core.commitment.Commitments;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.mail.DigestLedger;
import io.github.promisekeeper.core.mail.DigestSchedule;
import io.github.promisekeeper.core.mail.MailOut;
import io.github.promisekeeper.core.mail.OutgoingMail;
import io.github.promisekeeper.core.radar.Flag;
import io.github.promisekeeper.core.radar.RadarEntry;
import io.github.promisekeeper.core.radar.RadarInput;
import io.github.promisekeeper.core.radar.RadarRequest;
import io.github.promisekeeper.core.radar.RadarSettings;
import io.github.promisekeeper.core.radar.RenewalRadar;
import io.github.promisekeeper.core.radar.RiskRadar;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.core.ticket.OpenTickets;
import io.github.promisekeeper.core.ticket.Scope;
import io.github.promisekeeper.core.ticket.Ticket;
import io.github.promisekeeper.jira.settings.PromiseKeeperSettings;
import io.github.promisekeeper.jira.settings.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The weekly digest: for each recipient whose own local day and hour are the site's digest day and hour, their
 * customers renewing in the radar's default window with risk and reasons, the alerts of the past week, and the
 * promises due in the next 30 days, each only as far as they may browse it. "Their" customers are those they own
 * or whose tier's groups they are in; their commitments those they are assignee, reporter or watcher of. Each
 * recipient gets one digest per ISO week, recorded in the {@link DigestLedger} before it is queued; an empty digest
 * is never sent (and not recorded, so a later hour of the same week may still send one).
 *
 * <p>The job has no logged-in user, so the radar's input and the commitments are read once per run through the
 * given suppliers, which in Jira search as the slip check's searcher (the recorded administrator, {@code
 * SlipChecks#searcher}); what each recipient sees is then cut down to what they may browse. Each recipient's risk
 * levels are drawn again from that cut-down input (the radar is pure, so this costs no search): a commitment or a
 * ticket they may not browse, or a commitment naming an epic they may not browse, neither shows nor counts, and
 * money (values and the missing-rate flag) only reaches those with the money right.
 */
public final class DigestMailer {

    /** How far ahead the digest lists promises due. */
    public static final int DUE_DAYS = 30;

    private static final Logger LOG = LoggerFactory.getLogger(DigestMailer.class);
    private static final String DASHBOARD_PATH = "/secure/Dashboard.jspa";

    private final MailOut out;
    private final MailDirectory directory;
    private final CommitmentIssues issues;
    private final Customers customers;
    private final Supplier<Commitments> commitments;
    private final Supplier<RenewalRadar> radar;
    private final SettingsStore siteSettings;
    private final MailSettingsStore mailSettings;
    private final Function<LocalDate, List<Alert>> alertsSince;
    private final DigestLedger ledger;
    private final MailTexts texts;
    private final MailRenderer renderer;
    private final Clock clock;

    public DigestMailer(
            MailOut out,
            MailDirectory directory,
            CommitmentIssues issues,
            Customers customers,
            Supplier<Commitments> commitments,
            Supplier<RenewalRadar> radar,
            SettingsStore siteSettings,
            MailSettingsStore mailSettings,
            Function<LocalDate, List<Alert>> alertsSince,
            DigestLedger ledger,
            MailTexts texts,
            MailRenderer renderer,
            Clock clock) {
        this.out = Objects.requireNonNull(out, "mail out");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.issues = Objects.requireNonNull(issues, "issues");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.commitments = Objects.requireNonNull(commitments, "commitments");
        this.radar = Objects.requireNonNull(radar, "radar");
        this.siteSettings = Objects.requireNonNull(siteSettings, "site settings");
        this.mailSettings = Objects.requireNonNull(mailSettings, "mail settings");
        this.alertsSince = Objects.requireNonNull(alertsSince, "alerts since");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What one run read, once for all recipients. */
    private record Week(
            LocalDate today,
            RenewalRadar.Reading renewing,
            RadarSettings radarSettings,
            List<Alert> alerts,
            List<Commitment> due,
            Map<IssueKey, Issue> issues,
            Map<String, Set<CustomerKey>> customersOf,
            Map<String, Set<IssueKey>> commitmentsOf,
            Map<String, ApplicationUser> people) {}

    /** Sends the digest to everyone it is due for now; returns how many digests were queued. */
    public int sendDue() {
        if (!out.canSend()) {
            LOG.info("No weekly digest is sent: Jira has no outgoing mail server.");
            return 0;
        }
        MailSettings settings = mailSettings.current();
        Instant now = clock.instant();
        Week week = read(LocalDate.now(clock));
        int queued = 0;
        List<OutgoingMail> batch = new ArrayList<>(AlertMailer.BATCH_SIZE);
        for (MailRecipient recipient : directory.recipients(week.people().values(), MailDirectory.Kind.DIGEST)) {
            ZonedDateTime local = now.atZone(recipient.zone());
            if (!settings.digest().isDueAt(local)) {
                continue;
            }
            MailView view = compose(recipient, week);
            if (view.isEmpty()) {
                continue;
            }
            String isoWeek = DigestSchedule.weekOf(local);
            if (!ledger.claim(recipient.key(), isoWeek)) {
                continue;
            }
            try {
                batch.add(renderer.render(
                        recipient, texts.text(recipient.locale(), "promise-keeper.mail.digest.subject"), view));
            } catch (RuntimeException e) {
                ledger.release(recipient.key(), isoWeek);
                LOG.warn("The digest to user {} could not be written: {}", recipient.key(), e.getMessage(), e);
                continue;
            }
            if (batch.size() == AlertMailer.BATCH_SIZE) {
                out.send(List.copyOf(batch));
                queued += batch.size();
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            out.send(List.copyOf(batch));
            queued += batch.size();
        }
        LOG.info("Queued {} weekly digests.", queued);
        return queued;
    }

    private Week read(LocalDate today) {
        PromiseKeeperSettings site = siteSettings.current();
        // Read with money: each recipient's radar is drawn from this reading with their own money right.
        RenewalRadar.Reading reading = radar.get()
                .read(new RadarRequest(site.defaultDays(), site.basis(), Scope.all(), true), site.radarSettings());
        List<Alert> alerts = alertsSince.apply(today.minusDays(7));
        LocalDate lastDue = today.plusDays(DUE_DAYS);
        List<Commitment> due = commitments.get().findOpen().stream()
                .filter(c ->
                        !c.promisedDate().isBefore(today) && !c.promisedDate().isAfter(lastDue))
                .sorted((a, b) -> a.promisedDate().compareTo(b.promisedDate()))
                .toList();

        Set<CustomerKey> customerKeys = new LinkedHashSet<>();
        Set<IssueKey> issueKeys = new LinkedHashSet<>();
        reading.input().customers().forEach(customer -> customerKeys.add(customer.key()));
        for (CommitmentHealth health : reading.input().commitments()) {
            issueKeys.add(health.commitment().key());
            issueKeys.addAll(health.commitment().deliveringEpics());
        }
        for (Alert alert : alerts) {
            customerKeys.add(alert.customer());
            alert.commitment().ifPresent(issueKeys::add);
            alert.facts().epic().ifPresent(issueKeys::add);
        }
        for (Commitment commitment : due) {
            customerKeys.add(commitment.customer());
            issueKeys.add(commitment.key());
        }
        reading.input().openTickets().all().forEach(ticket -> issueKeys.add(ticket.key()));
        Map<IssueKey, Issue> found = issueKeys.isEmpty() ? Map.of() : issues.find(issueKeys);

        MailSettings settings = mailSettings.current();
        Map<String, ApplicationUser> people = new LinkedHashMap<>();
        Map<String, Set<CustomerKey>> customersOf = new HashMap<>();
        Map<String, Set<IssueKey>> commitmentsOf = new HashMap<>();
        Map<String, List<ApplicationUser>> tierMembers = new HashMap<>();
        for (Customer customer : customers.findAllByKey(customerKeys).values()) {
            List<ApplicationUser> hearing = new ArrayList<>();
            directory.owner(customer.owner()).ifPresent(hearing::add);
            String tier = customer.tier() == null ? "" : customer.tier().strip().toLowerCase(Locale.ROOT);
            hearing.addAll(tierMembers.computeIfAbsent(
                    tier, unused -> directory.membersOf(settings.groupsOf(customer.tier()))));
            for (ApplicationUser person : hearing) {
                people.putIfAbsent(person.getKey(), person);
                customersOf
                        .computeIfAbsent(person.getKey(), unused -> new HashSet<>())
                        .add(customer.key());
            }
        }
        Set<IssueKey> commitmentKeys = new LinkedHashSet<>();
        due.forEach(commitment -> commitmentKeys.add(commitment.key()));
        alerts.forEach(alert -> alert.commitment().ifPresent(commitmentKeys::add));
        for (IssueKey key : commitmentKeys) {
            Issue issue = found.get(key);
            if (issue == null) {
                continue;
            }
            for (ApplicationUser person : directory.peopleOf(issue)) {
                people.putIfAbsent(person.getKey(), person);
                commitmentsOf
                        .computeIfAbsent(person.getKey(), unused -> new HashSet<>())
                        .add(key);
            }
        }
        return new Week(today, reading, site.radarSettings(), alerts, due, found, customersOf, commitmentsOf, people);
    }

    private MailView compose(MailRecipient recipient, Week week) {
        Locale locale = recipient.locale();
        Set<CustomerKey> theirCustomers = week.customersOf().getOrDefault(recipient.key(), Set.of());
        Set<IssueKey> theirCommitments = week.commitmentsOf().getOrDefault(recipient.key(), Set.of());
        String openLabel = texts.text(locale, "promise-keeper.mail.open-in-jira");

        List<MailLine> renewals = new ArrayList<>();
        for (RadarEntry entry : radarOf(recipient, theirCustomers, week)) {
            String reasons = entry.flags().stream()
                    .map(Flag::why)
                    .map(reason -> texts.reason(locale, reason))
                    .collect(Collectors.joining("; "));
            String value = recipient.maySeeMoney()
                    ? entry.annualValue()
                            .map(total -> texts.text(
                                    locale,
                                    "promise-keeper.mail.value",
                                    total.total().toString()))
                            .orElse("")
                    : "";
            renewals.add(new MailLine(
                    texts.text(
                            locale,
                            "promise-keeper.mail.digest.renewal",
                            entry.customerName(),
                            date(locale, entry.renewal()),
                            date(locale, entry.noticeDeadline()),
                            texts.text(
                                    locale,
                                    "promise-keeper.mail.digest.risk."
                                            + entry.risk().name().toLowerCase(Locale.ROOT)),
                            reasons),
                    texts.link(DASHBOARD_PATH),
                    openLabel,
                    value));
        }

        List<MailLine> alerts = new ArrayList<>();
        for (Alert alert : week.alerts()) {
            boolean theirs = theirCustomers.contains(alert.customer())
                    || alert.commitment().map(theirCommitments::contains).orElse(false);
            if (theirs
                    && visible(alert.commitment(), recipient, week.issues())
                    && visible(alert.facts().epic(), recipient, week.issues())) {
                alerts.add(new MailLine(
                        texts.reason(locale, alert.why()),
                        alert.commitment()
                                .map(key -> texts.issueLink(key.toString()))
                                .orElseGet(() -> texts.link(DASHBOARD_PATH)),
                        openLabel,
                        ""));
            }
        }

        List<MailLine> due = new ArrayList<>();
        for (Commitment commitment : week.due()) {
            boolean theirs =
                    theirCustomers.contains(commitment.customer()) || theirCommitments.contains(commitment.key());
            if (theirs && visible(Optional.of(commitment.key()), recipient, week.issues())) {
                due.add(new MailLine(
                        texts.text(
                                locale,
                                "promise-keeper.mail.digest.due",
                                commitment.key().toString(),
                                commitment.summary(),
                                date(locale, commitment.promisedDate())),
                        texts.issueLink(commitment.key().toString()),
                        openLabel,
                        ""));
            }
        }

        return new MailView(
                texts.text(locale, "promise-keeper.mail.digest.heading"),
                texts.text(locale, "promise-keeper.mail.digest.intro", recipient.name()),
                List.of(
                        new MailSection(texts.text(locale, "promise-keeper.mail.digest.renewals"), renewals),
                        new MailSection(texts.text(locale, "promise-keeper.mail.digest.alerts"), alerts),
                        new MailSection(texts.text(locale, "promise-keeper.mail.digest.promises-due", DUE_DAYS), due)),
                texts.text(locale, "promise-keeper.mail.footer"),
                texts.link(MailTexts.PREFERENCES_PATH),
                texts.text(locale, "promise-keeper.mail.preferences"));
    }

    /**
     * The recipient's own radar of their customers: drawn again from the run's reading cut down to the tickets and
     * commitments they may browse (a commitment only when they may also browse every epic it names), with their
     * money right, so its levels, points, order and reasons count nothing they cannot see.
     */
    private List<RadarEntry> radarOf(MailRecipient recipient, Set<CustomerKey> theirCustomers, Week week) {
        RadarInput read = week.renewing().input();
        List<Customer> theirs = read.customers().stream()
                .filter(customer -> theirCustomers.contains(customer.key()))
                .toList();
        if (theirs.isEmpty()) {
            return List.of();
        }
        Set<CustomerKey> keys = theirs.stream().map(Customer::key).collect(Collectors.toSet());
        OpenTickets.Builder tickets = OpenTickets.builder(keys);
        for (CustomerKey customer : keys) {
            for (Ticket ticket : read.openTickets().of(customer)) {
                if (visible(Optional.of(ticket.key()), recipient, week.issues())) {
                    tickets.add(ticket);
                }
            }
        }
        List<CommitmentHealth> commitments = read.commitments().stream()
                .filter(health -> keys.contains(health.commitment().customer()))
                .filter(health -> readable(health.commitment(), recipient, week.issues()))
                .toList();
        RadarInput input = new RadarInput(
                read.window(), read.basis(), theirs, tickets.build(), commitments, recipient.maySeeMoney());
        return new RiskRadar(week.radarSettings())
                .draw(input, week.renewing().truncated())
                .entries();
    }

    /** Whether the recipient may read {@code commitment} and everything its health is drawn from. */
    private boolean readable(Commitment commitment, MailRecipient recipient, Map<IssueKey, Issue> found) {
        return visible(Optional.of(commitment.key()), recipient, found)
                && commitment.hiddenEpics() == 0
                && commitment.deliveringEpics().stream().allMatch(epic -> visible(Optional.of(epic), recipient, found));
    }

    private boolean visible(Optional<IssueKey> named, MailRecipient recipient, Map<IssueKey, Issue> found) {
        if (named.isEmpty()) {
            return true;
        }
        Issue issue = found.get(named.get());
        return issue != null && directory.mayBrowse(issue, recipient.user());
    }

    private String date(Locale locale, LocalDate day) {
        return texts.reason(locale, Reason.date(day));
    }
}
