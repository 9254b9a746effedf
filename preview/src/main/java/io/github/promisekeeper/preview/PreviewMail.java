package io.github.promisekeeper.preview;

import com.atlassian.jira.config.LocaleManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.watchers.WatcherManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.mail.MailOut;
import io.github.promisekeeper.core.mail.OutgoingMail;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.jira.mail.CommitmentIssues;
import io.github.promisekeeper.jira.search.JqlSearch;
import io.github.promisekeeper.preview.demo.DemoJira;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The preview's mail: an embedded SMTP server (GreenMail) that the plugin's {@link MailOut} sends to over real SMTP
 * (Jakarta Mail), the received messages for the Outbox page, and the Jira services the mail side asks about
 * recipients (the demo users, their groups, no watchers, everyone may browse every demo issue) over the demo Jira.
 */
final class PreviewMail implements MailOut, AutoCloseable {

    /** One received mail as the Outbox shows it. */
    record Received(String to, String subject, String html, String text) {}

    private static final String FROM = "jira@preview.example";

    private final GreenMail smtp;
    private final Session session;
    private final String baseUrl;
    private final Map<Class<?>, Object> services = new HashMap<>();

    /** The mail of a preview served at {@code baseUrl} (e.g. {@code http://localhost:8080/jira}): its links point there. */
    PreviewMail(String baseUrl) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "base URL");
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(smtp.getSmtp().getPort()));
        session = Session.getInstance(properties);
        services.put(UserManager.class, proxy(UserManager.class, (name, args) -> switch (name) {
            case "getUserByKey" -> byKey((String) args[0]).orElse(null);
            case "getUserByName" ->
                DemoUser.named((String) args[0]).map(PreviewMail::user).orElse(null);
            default -> unsupported(UserManager.class, name);
        }));
        services.put(GroupManager.class, proxy(GroupManager.class, (name, args) -> switch (name) {
            case "getUsersInGroup" ->
                Arrays.stream(DemoUser.values())
                        .filter(user -> user.isIn((String) args[0]))
                        .map(PreviewMail::user)
                        .toList();
            default -> unsupported(GroupManager.class, name);
        }));
        services.put(WatcherManager.class, proxy(WatcherManager.class, (name, args) -> switch (name) {
            case "getWatchersUnsorted" -> List.of();
            default -> unsupported(WatcherManager.class, name);
        }));
        services.put(PermissionManager.class, proxy(PermissionManager.class, (name, args) -> switch (name) {
            case "hasPermission" -> true;
            default -> unsupported(PermissionManager.class, name);
        }));
        services.put(LocaleManager.class, proxy(LocaleManager.class, (name, args) -> switch (name) {
            case "getLocaleFor" -> Locale.ENGLISH;
            default -> unsupported(LocaleManager.class, name);
        }));
        services.put(ApplicationProperties.class, proxy(ApplicationProperties.class, (name, args) -> switch (name) {
            case "getBaseUrl" -> baseUrl;
            default -> unsupported(ApplicationProperties.class, name);
        }));
    }

    /** Whether the preview's mail stands in for the Jira service {@code type}. */
    boolean provides(Class<?> type) {
        return services.containsKey(type);
    }

    Object service(Class<?> type) {
        return services.get(type);
    }

    /**
     * The demo Jira's commitments as Jira issues for the mail side: the administrator reported each, the ordinary
     * user is its assignee.
     */
    CommitmentIssues commitmentIssues(JqlSearch search, DemoJira demo) {
        Map<IssueKey, Issue> issues = new HashMap<>();
        for (Commitment commitment : demo.commitments()) {
            issues.put(commitment.key(), issue(commitment.key().toString(), commitment.summary()));
        }
        return new CommitmentIssues(search) {
            @Override
            public Map<IssueKey, Issue> find(Set<IssueKey> keys) {
                Map<IssueKey, Issue> found = new HashMap<>();
                for (IssueKey key : keys) {
                    Issue issue = issues.computeIfAbsent(
                            key,
                            unused -> demo.issue(key)
                                    .map(known -> issue(key.toString(), known.summary()))
                                    .orElse(null));
                    if (issue != null) {
                        found.put(key, issue);
                    }
                }
                return found;
            }
        };
    }

    @Override
    public boolean canSend() {
        return true;
    }

    @Override
    public void send(List<OutgoingMail> batch) {
        for (OutgoingMail mail : batch) {
            try {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress(FROM, "Promise Keeper", StandardCharsets.UTF_8.name()));
                message.setRecipient(
                        Message.RecipientType.TO,
                        new InternetAddress(mail.to(), mail.toName(), StandardCharsets.UTF_8.name()));
                message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
                MimeBodyPart text = new MimeBodyPart();
                text.setText(mail.text(), StandardCharsets.UTF_8.name());
                MimeBodyPart html = new MimeBodyPart();
                html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
                message.setContent(new MimeMultipart("alternative", text, html));
                Transport.send(message);
            } catch (MessagingException | UnsupportedEncodingException e) {
                throw new IllegalStateException("The preview's SMTP server refused a mail: " + e.getMessage(), e);
            }
        }
    }

    /** The mails the SMTP server received, newest first. */
    List<Received> received() {
        MimeMessage[] messages = smtp.getReceivedMessages();
        List<Received> received = new ArrayList<>();
        for (int i = messages.length - 1; i >= 0; i--) {
            received.add(read(messages[i]));
        }
        return received;
    }

    @Override
    public void close() {
        smtp.stop();
    }

    private static Received read(MimeMessage message) {
        try {
            String html = "";
            String text = "";
            if (message.getContent() instanceof Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (part.isMimeType("text/html")) {
                        html = (String) part.getContent();
                    } else if (part.isMimeType("text/plain")) {
                        text = (String) part.getContent();
                    }
                }
            } else if (message.isMimeType("text/html")) {
                html = (String) message.getContent();
            } else {
                text = String.valueOf(message.getContent());
            }
            String to = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(address -> ((InternetAddress) address).toUnicodeString())
                    .reduce((a, b) -> a + ", " + b)
                    .orElse("");
            return new Received(to, message.getSubject(), html, text);
        } catch (MessagingException | IOException e) {
            return new Received("", "(unreadable: " + e.getMessage() + ")", "", "");
        }
    }

    private static Optional<ApplicationUser> byKey(String key) {
        return Arrays.stream(DemoUser.values())
                .filter(user -> user.key().getStringValue().equals(key))
                .findFirst()
                .map(PreviewMail::user);
    }

    private static ApplicationUser user(DemoUser user) {
        return proxy(ApplicationUser.class, (name, args) -> switch (name) {
            case "getKey" -> user.key().getStringValue();
            case "getDisplayName" -> user.fullName();
            case "getEmailAddress" -> user.username() + "@preview.example";
            case "isActive" -> true;
            case "toString" -> user.username();
            case "hashCode" -> user.hashCode();
            case "equals" ->
                args[0] instanceof ApplicationUser other
                        && other.getKey().equals(user.key().getStringValue());
            default -> unsupported(ApplicationUser.class, name);
        });
    }

    private static Issue issue(String key, String summary) {
        return proxy(Issue.class, (name, args) -> switch (name) {
            case "getKey", "toString" -> key;
            case "getSummary" -> summary;
            case "getReporter" -> user(DemoUser.ADMIN);
            case "getAssignee" -> user(DemoUser.USER);
            case "hashCode" -> key.hashCode();
            case "equals" -> args[0] instanceof Issue other && key.equals(other.getKey());
            default -> unsupported(Issue.class, name);
        });
    }

    @FunctionalInterface
    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            Object[] given = args == null ? new Object[0] : args;
            try {
                return answer.answer(method.getName(), given);
            } catch (UnsupportedOperationException e) {
                // Object's own methods, for the ones an answer leaves out (Spring logs and compares beans).
                return switch (method.getName()) {
                    case "toString" -> "preview " + type.getSimpleName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == given[0];
                    default -> throw e;
                };
            }
        }));
    }

    private static Object unsupported(Class<?> type, String method) {
        throw new UnsupportedOperationException(type.getName() + "." + method + " needs Jira.");
    }
}
