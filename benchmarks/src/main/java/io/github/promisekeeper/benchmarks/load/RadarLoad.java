package io.github.promisekeeper.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small, bounded load generator for the preview's radar endpoint (not a test: run by hand, see
 * docs/benchmarks.md). {@code clients} threads each send requests one after another, on loopback only, until
 * {@code requests} have been sent in all or {@code seconds} have passed; a warm-up of {@code warmup} requests
 * comes first and is not counted. Prints the latency percentiles and the number of errors (any answer but 200,
 * or no answer).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.github.promisekeeper.benchmarks.load.RadarLoad \
 *     http://127.0.0.1:8080/jira/rest/promise-keeper/1.0/radar 16 8000 60 800</pre>
 */
public final class RadarLoad {

    private RadarLoad() {}

    public static void main(String[] args) throws Exception {
        URI target = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080/jira/rest/promise-keeper/1.0/radar");
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 8_000;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 800;
        String host = target.getHost();
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("[::1]")) {
            throw new IllegalArgumentException("Loopback only, not " + host);
        }
        if (clients < 1 || clients > 64 || requests < 1 || requests > 100_000 || seconds < 1 || seconds > 600) {
            throw new IllegalArgumentException("Bounded: 1-64 clients, 1-100000 requests, 1-600 seconds.");
        }
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();

        Result warm = run(http, request, clients, warmup, seconds);
        System.out.printf("warm-up: %d requests, %d errors%n", warm.latenciesNanos().length, warm.errors());
        Result result = run(http, request, clients, requests, seconds);
        long[] sorted = result.latenciesNanos().clone();
        Arrays.sort(sorted);
        System.out.printf(
                "target %s%nclients %d, requests %d (of %d allowed, %d s cap), errors %d, %.0f requests/s%n",
                target,
                clients,
                sorted.length,
                requests,
                seconds,
                result.errors(),
                sorted.length / (result.elapsedNanos() / 1e9));
        System.out.printf(
                "latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n",
                millis(sorted, 0.50),
                millis(sorted, 0.95),
                millis(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        System.out.printf("response size: %d bytes%n", result.lastBodyBytes());
    }

    private record Result(long[] latenciesNanos, int errors, long elapsedNanos, int lastBodyBytes) {}

    private static Result run(HttpClient http, HttpRequest request, int clients, int requests, int seconds)
            throws Exception {
        AtomicInteger left = new AtomicInteger(requests);
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger bodyBytes = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(seconds).toNanos();
        List<Future<long[]>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    long[] mine = new long[requests];
                    int count = 0;
                    while (left.getAndDecrement() > 0 && System.nanoTime() < deadline) {
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                            bodyBytes.set(response.body().length);
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        }
                        mine[count++] = System.nanoTime() - sent;
                    }
                    return Arrays.copyOf(mine, count);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> future : futures) {
                all.add(future.get());
            }
            long[] latencies = all.stream().flatMapToLong(Arrays::stream).toArray();
            return new Result(latencies, errors.get(), System.nanoTime() - start, bodyBytes.get());
        }
    }

    private static double millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
