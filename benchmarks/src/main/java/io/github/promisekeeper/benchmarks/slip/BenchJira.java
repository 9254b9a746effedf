package io.github.promisekeeper.benchmarks.slip;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.Commitments;
import io.github.promisekeeper.core.commitment.EpicDeliveries;
import io.github.promisekeeper.core.commitment.EpicDelivery;
import io.github.promisekeeper.core.commitment.OpenEpics;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.core.ticket.OpenTickets;
import io.github.promisekeeper.core.ticket.Scope;
import io.github.promisekeeper.core.ticket.Tickets;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The Jira of the slip mail benchmark, in memory: commitment i (SC-i, from 1) is to customer (i - 1) / 5, promised in 120 days,
 * delivered by epics EP-(2i - 1) and EP-2i (open, 5 of 10 children resolved over the last five weeks, due in 60 days);
 * its assignee is one of 200 account managers, its reporter one of 50 sales people, its watcher its own. Everyone
 * is active, licensed, may browse every issue, reads English and lives in UTC; the Gold tier's group has 10
 * members. It counts the calls the check makes of its ports, and the searches the mailer makes.
 */
final class BenchJira {

    private final LocalDate today;
    private final List<Commitment> commitments = new ArrayList<>();
    private final Map<IssueKey, EpicDelivery> epicsByKey = new HashMap<>();
    private final Map<String, Issue> issues = new HashMap<>();
    private final Map<String, List<ApplicationUser>> watchers = new HashMap<>();
    private final Map<String, ApplicationUser> users = new ConcurrentHashMap<>();
    private final Map<String, Integer> calls = new TreeMap<>();
    int mailSearches;
    int mailSearchKeys;

    BenchJira(int customers, int commitmentCount, LocalDate today) {
        this.today = today;
        for (int i = 0; i < commitmentCount; i++) {
            IssueKey first = IssueKey.of("EP-" + (2 * i + 1));
            IssueKey second = IssueKey.of("EP-" + (2 * i + 2));
            int customer = (int) ((long) i * customers / commitmentCount);
            Commitment commitment = new Commitment(
                    IssueKey.of("SC-" + (i + 1)),
                    CustomerKey.of(customerKey(customer)),
                    "Promise " + i,
                    today.plusDays(120),
                    "rep" + (i % 50),
                    Optional.empty(),
                    Optional.of(today.plusDays(60)),
                    List.of(first, second));
            commitments.add(commitment);
            epicsByKey.put(first, epic(first, today.plusDays(60)));
            epicsByKey.put(second, epic(second, today.plusDays(60)));
            issues.put("SC-" + (i + 1), issue("SC-" + (i + 1), user("am" + (i % 200)), user("rep" + (i % 50))));
            watchers.put("SC-" + (i + 1), List.of(user("w" + i)));
            issues.put(first.toString(), issue(first.toString(), null, null));
            issues.put(second.toString(), issue(second.toString(), null, null));
        }
    }

    static String customerKey(int customer) {
        return "C" + customer;
    }

    private EpicDelivery epic(IssueKey key, LocalDate due) {
        List<LocalDate> resolved =
                IntStream.range(0, 5).mapToObj(week -> today.minusWeeks(week)).toList();
        return EpicDelivery.open(key, "Epic " + key, 10, resolved, due);
    }

    /** Moves the first epic of every {@code every}-th commitment due a month past its promise; how many moved. */
    int worsenEvery(int every) {
        int moved = 0;
        for (int i = 0; i < commitments.size(); i += every) {
            Commitment commitment = commitments.get(i);
            IssueKey epic = commitment.deliveringEpics().get(0);
            epicsByKey.put(epic, epic(epic, commitment.promisedDate().plusDays(30)));
            moved++;
        }
        return moved;
    }

    void resetCounts() {
        calls.clear();
        mailSearches = 0;
        mailSearchKeys = 0;
    }

    Map<String, Integer> portCalls() {
        return new TreeMap<>(calls);
    }

    private void count(String call) {
        calls.merge(call, 1, Integer::sum);
    }

    /** Counts {@code call} and keeps the most keys one such call asked for (the Jira adapters cap keys per call). */
    private void count(String call, int keys) {
        count(call);
        calls.merge(call + ".mostKeys", keys, Math::max);
    }

    Issue issue(String key) {
        return issues.get(key);
    }

    Commitments commitments() {
        return new Commitments() {
            @Override
            public List<Commitment> findByCustomers(Set<CustomerKey> keys) {
                count("commitments.findByCustomers", keys.size());
                return commitments.stream()
                        .filter(commitment -> keys.contains(commitment.customer()))
                        .toList();
            }

            @Override
            public List<Commitment> findByEpic(IssueKey epic) {
                count("commitments.findByEpic");
                return commitments.stream()
                        .filter(commitment -> commitment.deliveringEpics().contains(epic))
                        .toList();
            }

            @Override
            public List<Commitment> findOpenByCustomer(CustomerKey customer) {
                count("commitments.findOpenByCustomer");
                return commitments.stream()
                        .filter(commitment -> commitment.customer().equals(customer))
                        .toList();
            }

            @Override
            public List<Commitment> findOpen() {
                count("commitments.findOpen");
                return List.copyOf(commitments);
            }

            @Override
            public List<Commitment> findPromisedBetween(LocalDate from, LocalDate to) {
                count("commitments.findPromisedBetween");
                return commitments.stream()
                        .filter(commitment -> !commitment.promisedDate().isBefore(from)
                                && !commitment.promisedDate().isAfter(to))
                        .toList();
            }
        };
    }

    EpicDeliveries epics() {
        return new EpicDeliveries() {
            @Override
            public Map<IssueKey, EpicDelivery> findByKeys(Set<IssueKey> keys) {
                count("epics.findByKeys", keys.size());
                Map<IssueKey, EpicDelivery> found = new LinkedHashMap<>();
                keys.forEach(key -> {
                    EpicDelivery epic = epicsByKey.get(key);
                    if (epic != null) {
                        found.put(key, epic);
                    }
                });
                return found;
            }

            @Override
            public Set<IssueKey> findInScope(Set<IssueKey> keys, Scope scope) {
                count("epics.findInScope");
                return keys.stream().filter(epicsByKey::containsKey).collect(Collectors.toSet());
            }

            @Override
            public OpenEpics countOpen(Scope scope, Set<IssueKey> delivering) {
                count("epics.countOpen");
                long open = epicsByKey.values().stream()
                        .filter(epic -> !epic.isDone())
                        .count();
                long theirs = delivering.stream()
                        .map(epicsByKey::get)
                        .filter(epic -> epic != null && !epic.isDone())
                        .count();
                return new OpenEpics(open, theirs);
            }
        };
    }

    /** No support tickets: the radar's ticket read answers none, counted. */
    Tickets tickets() {
        return (keys, scope) -> {
            count("tickets.openFor");
            return OpenTickets.none();
        };
    }

    ApplicationUser user(String key) {
        return users.computeIfAbsent(
                key,
                unused -> proxy(ApplicationUser.class, (name, args) -> switch (name) {
                    case "getKey", "getName", "getUsername" -> key;
                    case "getDisplayName" -> "User " + key;
                    case "getEmailAddress" -> key + "@example.com";
                    case "isActive" -> true;
                    default -> throw new UnsupportedOperationException("ApplicationUser." + name);
                }));
    }

    private static Issue issue(String key, ApplicationUser assignee, ApplicationUser reporter) {
        return proxy(Issue.class, (name, args) -> switch (name) {
            case "getKey" -> key;
            case "getAssignee" -> assignee;
            case "getReporter" -> reporter;
            case "getSummary" -> "Issue " + key;
            default -> throw new UnsupportedOperationException("Issue." + name);
        });
    }

    /** The Jira services the mail side asks, answering as the class comment says. */
    @SuppressWarnings("unchecked")
    <T> T service(Class<T> type) {
        List<ApplicationUser> gold =
                IntStream.range(0, 10).mapToObj(i -> user("gold" + i)).toList();
        return proxy(type, (name, args) -> switch (name) {
            case "getUserByKey", "getUserByName" -> user((String) args[0]);
            case "getUsersInGroup" -> "gold-team".equals(args[0]) ? gold : List.of();
            case "getWatchersUnsorted" -> watchers.getOrDefault(((Issue) args[0]).getKey(), List.of());
            case "hasPermission" -> true;
            case "getLocaleFor" -> Locale.ENGLISH;
            case "getUserTimeZone", "getDefaultTimeZone" -> TimeZone.getTimeZone("UTC");
            case "getLoggedInUser" -> null;
            default -> throw new UnsupportedOperationException(type.getSimpleName() + "." + name);
        });
    }

    /** SAL's user manager for the app's rights: everyone licensed, no administrators, owners in "finance". */
    UserManager salUsers() {
        return proxy(UserManager.class, (name, args) -> switch (name) {
            case "isAdmin", "isSystemAdmin" -> false;
            case "isLicensed" -> true;
            case "isUserInGroup" ->
                "finance".equals(args[1])
                        && ((UserKey) args[0]).getStringValue().startsWith("owner");
            default -> throw new UnsupportedOperationException("UserManager." + name);
        });
    }

    static <T> T proxy(Class<T> type, BiFunction<String, Object[], Object> answer) {
        Object proxy = Proxy.newProxyInstance(
                type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> switch (method.getName()) {
                    case "equals" -> self == args[0];
                    case "hashCode" -> System.identityHashCode(self);
                    case "toString" -> type.getSimpleName() + "@" + Integer.toHexString(System.identityHashCode(self));
                    default -> answer.apply(method.getName(), args);
                });
        return type.cast(proxy);
    }
}
