package io.github.promisekeeper.jira.mail;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.github.promisekeeper.core.alert.Alert;
import io.github.promisekeeper.core.alert.AlertChanges;
import io.github.promisekeeper.core.alert.AlertListener;
import io.github.promisekeeper.core.alert.StoredAlert;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.mail.MailOut;
import io.github.promisekeeper.core.mail.OutgoingMail;
import io.github.promisekeeper.core.ticket.IssueKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The immediate mail of slips: after a check's alerts are committed, each worsening goes to the commitment's
 * assignee, reporter and watchers, the customer's owner and the groups named for the customer's tier. Each person
 * gets one mail per check listing the worsenings they may see (the commitment and any epic it names must be
 * browsable by them; an alert naming an epic they cannot browse is neither named nor counted), with money only for
 * those with the money right, in their language. Mails are handed to {@link MailOut} in batches.
 */
public final class AlertMailer implements AlertListener {

    /** Most mails handed to the queue at once. */
    public static final int BATCH_SIZE = 100;

    private static final Logger LOG = LoggerFactory.getLogger(AlertMailer.class);
    private static final String DASHBOARD_PATH = "/secure/Dashboard.jspa";

    private final MailOut out;
    private final MailDirectory directory;
    private final CommitmentIssues issues;
    private final Customers customers;
    private final MailSettingsStore settings;
    private final MailTexts texts;
    private final MailRenderer renderer;

    public AlertMailer(
            MailOut out,
            MailDirectory directory,
            CommitmentIssues issues,
            Customers customers,
            MailSettingsStore settings,
            MailTexts texts,
            MailRenderer renderer) {
        this.out = Objects.requireNonNull(out, "mail out");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.issues = Objects.requireNonNull(issues, "issues");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    @Override
    public void alertsStored(AlertChanges changes) {
        List<Alert> worsenings = changes.raised().stream()
                .map(StoredAlert::alert)
                .filter(alert -> alert.kind().isWorsening())
                .toList();
        if (worsenings.isEmpty()) {
            return;
        }
        if (!out.canSend()) {
            LOG.warn("{} slips are not mailed: Jira has no outgoing mail server.", worsenings.size());
            return;
        }
        int queued = mail(worsenings);
        LOG.info("Queued {} mails for {} slips.", queued, worsenings.size());
    }

    /** Mails {@code worsenings}; returns how many mails were queued. */
    private int mail(List<Alert> worsenings) {
        MailSettings mailSettings = settings.current();
        Map<CustomerKey, Customer> customersByKey =
                customers.findAllByKey(worsenings.stream().map(Alert::customer).collect(Collectors.toSet()));
        Set<IssueKey> issueKeys = new LinkedHashSet<>();
        for (Alert alert : worsenings) {
            alert.commitment().ifPresent(issueKeys::add);
            alert.facts().epic().ifPresent(issueKeys::add);
        }
        Map<IssueKey, Issue> found = issueKeys.isEmpty() ? Map.of() : issues.find(issueKeys);

        Map<String, ApplicationUser> people = new LinkedHashMap<>();
        Map<String, Set<Alert>> alertsOf = new HashMap<>();
        Map<String, List<ApplicationUser>> tierMembers = new HashMap<>();
        for (Alert alert : worsenings) {
            List<ApplicationUser> hearing = new ArrayList<>();
            if (alert.commitment().isPresent()) {
                Issue issue = found.get(alert.commitment().get());
                if (issue == null) {
                    LOG.warn("Slip {} is not mailed: its commitment was not found.", alert.dedupeKey());
                    continue;
                }
                hearing.addAll(directory.peopleOf(issue));
            }
            Customer customer = customersByKey.get(alert.customer());
            if (customer != null) {
                directory.owner(customer.owner()).ifPresent(hearing::add);
                String tier =
                        customer.tier() == null ? "" : customer.tier().strip().toLowerCase(Locale.ROOT);
                hearing.addAll(tierMembers.computeIfAbsent(
                        tier, unused -> directory.membersOf(mailSettings.groupsOf(customer.tier()))));
            }
            for (ApplicationUser person : hearing) {
                people.putIfAbsent(person.getKey(), person);
                alertsOf.computeIfAbsent(person.getKey(), unused -> new LinkedHashSet<>())
                        .add(alert);
            }
        }

        int queued = 0;
        List<OutgoingMail> batch = new ArrayList<>(BATCH_SIZE);
        for (MailRecipient recipient : directory.recipients(people.values(), MailDirectory.Kind.IMMEDIATE)) {
            List<Alert> theirs = alertsOf.getOrDefault(recipient.key(), Set.of()).stream()
                    .filter(alert -> visible(alert, recipient, found))
                    .toList();
            if (theirs.isEmpty()) {
                continue;
            }
            try {
                batch.add(compose(recipient, theirs, customersByKey));
            } catch (RuntimeException e) {
                LOG.warn("The slip mail to user {} could not be written: {}", recipient.key(), e.getMessage(), e);
                continue;
            }
            if (batch.size() == BATCH_SIZE) {
                out.send(List.copyOf(batch));
                queued += batch.size();
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            out.send(List.copyOf(batch));
            queued += batch.size();
        }
        return queued;
    }

    /** Whether {@code recipient} may browse the commitment and every epic {@code alert} names. */
    private boolean visible(Alert alert, MailRecipient recipient, Map<IssueKey, Issue> found) {
        for (Optional<IssueKey> named :
                List.of(alert.commitment(), alert.facts().epic())) {
            if (named.isPresent()) {
                Issue issue = found.get(named.get());
                if (issue == null || !directory.mayBrowse(issue, recipient.user())) {
                    return false;
                }
            }
        }
        return true;
    }

    private OutgoingMail compose(
            MailRecipient recipient, List<Alert> alerts, Map<CustomerKey, Customer> customersByKey) {
        List<MailLine> lines = new ArrayList<>();
        String openLabel = texts.text(recipient.locale(), "promise-keeper.mail.open-in-jira");
        for (Alert alert : alerts) {
            String link = alert.commitment()
                    .map(key -> texts.issueLink(key.toString()))
                    .orElseGet(() -> texts.link(DASHBOARD_PATH));
            lines.add(new MailLine(
                    texts.reason(recipient.locale(), alert.why()),
                    link,
                    openLabel,
                    valueAtStake(recipient, customersByKey.get(alert.customer()))));
        }
        String subject = alerts.size() == 1
                ? texts.text(
                        recipient.locale(),
                        "promise-keeper.mail.alert.subject.one",
                        lines.get(0).text())
                : texts.text(recipient.locale(), "promise-keeper.mail.alert.subject.many", alerts.size());
        MailView view = new MailView(
                texts.text(recipient.locale(), "promise-keeper.mail.alert.heading"),
                texts.text(recipient.locale(), "promise-keeper.mail.alert.intro", recipient.name()),
                List.of(new MailSection(texts.text(recipient.locale(), "promise-keeper.mail.alert.section"), lines)),
                texts.text(recipient.locale(), "promise-keeper.mail.footer"),
                texts.link(MailTexts.PREFERENCES_PATH),
                texts.text(recipient.locale(), "promise-keeper.mail.preferences"));
        return renderer.render(recipient, subject, view);
    }

    /** The annual value of the customer's next renewing contract, for those who may see money; else empty. */
    private String valueAtStake(MailRecipient recipient, Customer customer) {
        if (!recipient.maySeeMoney() || customer == null) {
            return "";
        }
        return customer.nextRenewingContract()
                .flatMap(Contract::value)
                .map(value -> texts.text(recipient.locale(), "promise-keeper.mail.value", value.toString()))
                .orElse("");
    }
}
