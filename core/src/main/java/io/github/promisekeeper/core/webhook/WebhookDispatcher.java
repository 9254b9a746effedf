package io.github.promisekeeper.core.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers what the outbox holds (the delivery job's use case): at least once, in order per endpoint and ordering
 * key (a commitment), with the {@link RetrySchedule}'s back-off, each request checked against the
 * {@link TargetPolicy} and signed by {@link WebhookSignature}.
 *
 * <p>One {@link #runOnce()} reads the pending deliveries oldest first, a window at a time. Per endpoint and
 * ordering key it sends the oldest; when that one is delivered it goes on to the next, and when it fails (or is
 * not due yet) every later delivery of that key waits. Different keys are sent in parallel (a few requests in
 * flight, on threads of this run's own, ended with it), never two of one key. An endpoint that gives no answer at
 * all, or whose target is refused, is left alone for the rest of the run, so a receiver that is down costs about
 * one attempt per request in flight per run, not one per waiting event. Outcomes are stored after each window; a node that stops in between sends the unrecorded
 * deliveries again on the next run, under the same delivery ids (at-least-once).
 */
public final class WebhookDispatcher {

    /** Pending deliveries read at once. */
    public static final int DEFAULT_WINDOW = 500;
    /** At most this many attempts per run, so one run of the job stays bounded. */
    public static final int DEFAULT_MAX_ATTEMPTS_PER_RUN = 20_000;
    /** Requests in flight at once, each for a different ordering key: a receiver's latency is waited out in parallel. */
    public static final int DEFAULT_PARALLELISM = 8;

    private final WebhookDeliveries deliveries;
    private final WebhookEndpoints endpoints;
    private final WebhookTransport transport;
    private final TargetPolicy targets;
    private final RetrySchedule retries;
    private final Clock clock;
    private final int window;
    private final int maxAttemptsPerRun;
    private final int parallelism;

    public WebhookDispatcher(
            WebhookDeliveries deliveries,
            WebhookEndpoints endpoints,
            WebhookTransport transport,
            TargetPolicy targets,
            RetrySchedule retries,
            Clock clock) {
        this(
                deliveries,
                endpoints,
                transport,
                targets,
                retries,
                clock,
                DEFAULT_WINDOW,
                DEFAULT_MAX_ATTEMPTS_PER_RUN,
                DEFAULT_PARALLELISM);
    }

    public WebhookDispatcher(
            WebhookDeliveries deliveries,
            WebhookEndpoints endpoints,
            WebhookTransport transport,
            TargetPolicy targets,
            RetrySchedule retries,
            Clock clock,
            int window,
            int maxAttemptsPerRun,
            int parallelism) {
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.targets = Objects.requireNonNull(targets, "targets");
        this.retries = Objects.requireNonNull(retries, "retries");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (window < 1 || maxAttemptsPerRun < 1 || parallelism < 1) {
            throw new IllegalArgumentException("window, maxAttemptsPerRun and parallelism must be positive");
        }
        this.window = window;
        this.maxAttemptsPerRun = maxAttemptsPerRun;
        this.parallelism = parallelism;
    }

    /** What one run did. */
    public record RunSummary(int delivered, int retrying, int failed) {
        public int attempts() {
            return delivered + retrying + failed;
        }
    }

    /** Sends every due delivery it may (see the class doc) and stores the outcomes. */
    public RunSummary runOnce() {
        Map<Long, Optional<WebhookEndpoint>> endpointCache = new ConcurrentHashMap<>();
        Set<Long> leftAlone = ConcurrentHashMap.newKeySet();
        int delivered = 0;
        int retrying = 0;
        int failed = 0;
        try (ExecutorService senders = Executors.newFixedThreadPool(parallelism, WebhookDispatcher::senderThread)) {
            while (delivered + retrying + failed < maxAttemptsPerRun) {
                List<PendingDelivery> pending = deliveries.pending(window);
                if (pending.isEmpty()) {
                    break;
                }
                AtomicInteger budget = new AtomicInteger(maxAttemptsPerRun - (delivered + retrying + failed));
                Queue<AttemptRecord> outcomes = new ConcurrentLinkedQueue<>();
                List<Future<?>> work = new ArrayList<>();
                for (List<PendingDelivery> queue : byEndpointAndKey(pending).values()) {
                    work.add(senders.submit(() -> sendInOrder(queue, endpointCache, leftAlone, budget, outcomes)));
                }
                awaitAll(work);
                if (outcomes.isEmpty()) {
                    break;
                }
                List<AttemptRecord> recorded = new ArrayList<>(outcomes);
                deliveries.record(recorded);
                for (AttemptRecord outcome : recorded) {
                    switch (outcome.status()) {
                        case DELIVERED -> delivered++;
                        case PENDING -> retrying++;
                        case FAILED -> failed++;
                    }
                }
                if (pending.size() < window
                        && recorded.stream().noneMatch(o -> o.status() == DeliveryStatus.DELIVERED)) {
                    break; // everything there is was looked at, and nothing moved on
                }
            }
        }
        return new RunSummary(delivered, retrying, failed);
    }

    /** One endpoint and ordering key: the oldest first, stopping at the first that is not delivered. */
    private void sendInOrder(
            List<PendingDelivery> queue,
            Map<Long, Optional<WebhookEndpoint>> endpointCache,
            Set<Long> leftAlone,
            AtomicInteger budget,
            Queue<AttemptRecord> outcomes) {
        for (PendingDelivery delivery : queue) {
            if (leftAlone.contains(delivery.endpointId())) {
                return;
            }
            Optional<WebhookEndpoint> endpoint =
                    endpointCache.computeIfAbsent(delivery.endpointId(), endpoints::findById);
            Instant now = clock.instant();
            if (endpoint.isEmpty()
                    || !endpoint.get().active()
                    || delivery.nextAttemptAt().isAfter(now)) {
                return; // a paused or deleted endpoint, or a retry not due yet: the later ones wait too
            }
            if (budget.getAndDecrement() <= 0) {
                return;
            }
            AttemptRecord outcome = attempt(delivery, endpoint.get(), now);
            outcomes.add(outcome);
            if (outcome.status() != DeliveryStatus.DELIVERED) {
                if (outcome.statusCode() == 0) {
                    leftAlone.add(delivery.endpointId());
                }
                return;
            }
        }
    }

    /** Waits for every sender; a sender's unexpected failure (not a receiver's) ends the run, unrecorded. */
    private static void awaitAll(List<Future<?>> work) {
        for (Future<?> future : work) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while delivering webhooks", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private static Thread senderThread(Runnable runnable) {
        Thread thread = new Thread(runnable, "promise-keeper-webhook-sender");
        thread.setDaemon(true);
        return thread;
    }

    /** Sends {@code delivery} once, now, and says how it went; never throws for a receiver's failure. */
    public AttemptRecord attempt(PendingDelivery delivery, WebhookEndpoint endpoint, Instant now) {
        int attempts = delivery.attempts() + 1;
        TransportResult result;
        TargetPolicy.Verdict verdict = targets.check(endpoint.url(), endpoint.privateTargetsAllowed());
        if (!verdict.allowed()) {
            result = TransportResult.noAnswer("Target refused (" + verdict.refusal() + " "
                    + Objects.toString(verdict.detail(), "") + "); not sent");
        } else {
            result = transport.post(
                    endpoint.url(),
                    WebhookSignature.headers(
                            endpoint.secret(), now, delivery.deliveryId(), delivery.event(), delivery.body()),
                    delivery.body());
        }
        if (result.delivered()) {
            return new AttemptRecord(
                    delivery.id(), DeliveryStatus.DELIVERED, attempts, now, result.statusCode(), null, null);
        }
        Optional<Instant> next = retries.nextAttempt(attempts, now);
        return new AttemptRecord(
                delivery.id(),
                next.isPresent() ? DeliveryStatus.PENDING : DeliveryStatus.FAILED,
                attempts,
                now,
                result.statusCode(),
                result.error(),
                next.orElse(null));
    }

    private static Map<String, List<PendingDelivery>> byEndpointAndKey(List<PendingDelivery> pending) {
        Map<String, List<PendingDelivery>> queues = new LinkedHashMap<>();
        for (PendingDelivery delivery : pending) {
            queues.computeIfAbsent(delivery.endpointId() + "\n" + delivery.orderingKey(), key -> new ArrayList<>())
                    .add(delivery);
        }
        return queues;
    }
}
