package io.github.promisekeeper.preview;

import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The preview's demo customers: the same list for the same seed and day. Renewals spread over the year
 * after {@code today}, in several currencies and tiers; two customers carry HTML and script in their
 * names, renewing inside the default 90-day window, so that escaping is visible and tested.
 */
public final class DemoPortfolio {

    /** A name that runs a script if any page puts it into HTML unescaped. */
    public static final String SCRIPT_NAME = "<script>alert(1)</script> Corp";
    /** A name that runs a script through an event handler if put into HTML unescaped. */
    public static final String IMAGE_NAME = "<img src=x onerror=alert(1)>";

    private static final List<String> NAMES = List.of(
            "Acme Corporation",
            "Globex",
            "Initech",
            "Umbrella Health",
            "Stark Logistics",
            "Wayne Retail",
            "Cyberdyne Systems",
            "Soylent Foods",
            "Tyrell Biotech",
            "Hooli",
            "Vandelay Industries",
            "Wonka Confectionery",
            "Oscorp",
            "Gringotts Bank",
            "Monarch Airlines",
            "Nakatomi Trading",
            "Dunder Mifflin",
            "Pied Piper",
            "Aperture Labs",
            "Massive Dynamic",
            "Prestige Worldwide",
            "Sirius Cybernetics",
            "Bluth Company",
            "Ollivanders");
    private static final List<String> TIERS = List.of("Enterprise", "Business", "Standard");
    private static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "JPY", "CHF");
    private static final List<String> OWNERS = List.of("alice", "bruno", "chen", "dana", "emeka");
    private static final int[] NOTICE_DAYS = {14, 30, 60, 90};

    private DemoPortfolio() {}

    public static List<Customer> customers(long seed, LocalDate today) {
        Random random = new Random(seed);
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            String name = NAMES.get(i);
            // Spread over the year: each customer in its own slice of ~15 days, at a seeded day inside it.
            LocalDate renewal = today.plusDays(1 + i * 15L + random.nextInt(15));
            customers.add(customer(key(name), name, renewal, random));
        }
        customers.add(
                customer(CustomerKey.of("XSS_SCRIPT"), SCRIPT_NAME, today.plusDays(12 + random.nextInt(10)), random));
        customers.add(
                customer(CustomerKey.of("XSS_IMAGE"), IMAGE_NAME, today.plusDays(40 + random.nextInt(10)), random));
        return List.copyOf(customers);
    }

    /**
     * {@code count} customers for load tests: the demo portfolio first (so a scaled preview still shows it), then
     * numbered customers renewing on seeded days of the coming year. Never fewer than the demo portfolio.
     */
    public static List<Customer> customers(long seed, LocalDate today, int count) {
        List<Customer> base = customers(seed, today);
        if (count <= base.size()) {
            return base;
        }
        Random random = new Random(seed ^ 0x5CA1EDL);
        List<Customer> customers = new ArrayList<>(base);
        for (int i = base.size() + 1; i <= count; i++) {
            String name = NAMES.get(i % NAMES.size()) + " " + i;
            customers.add(customer(
                    CustomerKey.of("C%05d".formatted(i)), name, today.plusDays(1 + random.nextInt(365)), random));
        }
        return List.copyOf(customers);
    }

    private static Customer customer(CustomerKey key, String name, LocalDate renewal, Random random) {
        String slug = key.value().toLowerCase(Locale.ROOT).replace('_', '-');
        String currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
        long amount = 5_000L + 1_000L * random.nextInt(240);
        List<Contract> contracts = new ArrayList<>();
        contracts.add(new Contract(
                key.value() + "-1",
                renewal.minusYears(1),
                renewal,
                Money.of(BigDecimal.valueOf(amount), currency),
                NOTICE_DAYS[random.nextInt(NOTICE_DAYS.length)],
                random.nextBoolean(),
                ContractStatus.ACTIVE));
        if (random.nextInt(3) == 0) {
            // A second, later add-on contract; the next renewal stays the first one.
            LocalDate later = renewal.plusDays(30 + random.nextInt(120));
            contracts.add(new Contract(
                    key.value() + "-2",
                    later.minusYears(1),
                    later,
                    Money.of(BigDecimal.valueOf(amount / 4), currency),
                    30,
                    true,
                    ContractStatus.ACTIVE));
        }
        if (random.nextInt(4) == 0) {
            LocalDate ended = renewal.minusYears(1);
            contracts.add(new Contract(
                    key.value() + "-0",
                    ended.minusYears(1),
                    ended,
                    Money.of(BigDecimal.valueOf(amount / 2), currency),
                    60,
                    false,
                    ContractStatus.EXPIRED));
        }
        return new Customer(
                key,
                name,
                "CRM-" + key.value(),
                Set.of(slug + ".example"),
                TIERS.get(random.nextInt(TIERS.size())),
                OWNERS.get(random.nextInt(OWNERS.size())),
                contracts);
    }

    private static CustomerKey key(String name) {
        String letters =
                name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
        return CustomerKey.of(
                letters.length() > CustomerKey.MAX_LENGTH ? letters.substring(0, CustomerKey.MAX_LENGTH) : letters);
    }
}
