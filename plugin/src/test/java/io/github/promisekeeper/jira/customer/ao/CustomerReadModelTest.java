package io.github.promisekeeper.jira.customer.ao;

import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerReadModelTest {

    private static final Contract ACTIVE = new Contract(
            "C-1",
            LocalDate.of(2025, 3, 1),
            LocalDate.of(2026, 3, 1),
            Money.of("12000.50", "EUR"),
            30,
            true,
            ContractStatus.ACTIVE);
    private static final Contract BARE =
            new Contract("C-2", null, LocalDate.of(2027, 1, 31), null, 0, false, ContractStatus.CANCELLED);

    @Test
    void writesTheDocumentedFormatWithDomainsSorted() {
        Customer acme = new Customer(
                CustomerKey.of("ACME"),
                "Acme Inc",
                null,
                Set.of("acme.io", "acme.com"),
                "gold",
                null,
                List.of(ACTIVE, BARE));

        // Stored in databases: a change of this text is a change of format, which needs an upgrade task.
        assertThat(CustomerReadModel.encode(acme))
                .isEqualTo("14:ACME8:Acme Inc-4:gold-"
                        + "C3:C-1,2025-03-01,2026-03-01,1200050,EUR,30,1,ACTIVE;C3:C-2,,2027-01-31,,,0,0,CANCELLED;"
                        + "D8:acme.com;D7:acme.io;");
        assertThat(CustomerReadModel.encode(
                        new Customer(CustomerKey.of("IDLE"), "Idle", "SF-1", Set.of(), "", "bob", List.of())))
                .isEqualTo("14:IDLE4:Idle4:SF-10:3:bob");
    }

    @Test
    void readsBackTheCustomerWithContractsInTheirOrder() {
        Customer acme = new Customer(
                CustomerKey.of("ACME"),
                "Acme Inc",
                "SF-001",
                Set.of("acme.com", "acme.io"),
                null,
                "carol",
                List.of(BARE, ACTIVE));

        assertThat(CustomerReadModel.decode(CustomerReadModel.encode(acme))).isEqualTo(acme);
        assertThat(CustomerReadModel.decode(CustomerReadModel.encode(acme)).contracts())
                .containsExactly(BARE, ACTIVE);
    }

    @Test
    void freeTextMayHoldTheFormatsOwnMarksAndAnyCharacter() {
        Customer odd = new Customer(
                CustomerKey.of("ODD_1"),
                "1C3:C-1,;D- 名前 🚀",
                "-",
                Set.of("d1:x;", "例え.jp", ",,,"),
                "-4:x",
                "x\ny\tz\\",
                List.of(
                        contract("1C3:C-1,;D", "EUR"),
                        contract("ünïcödé 契約 🚀", "JPY"),
                        contract(";".repeat(300), "BHD")));

        assertThat(CustomerReadModel.decode(CustomerReadModel.encode(odd))).isEqualTo(odd);
    }

    @Test
    void datesOutsideFourDigitYearsAndExtremeValuesRoundTrip() {
        Customer far = new Customer(
                CustomerKey.of("FAR"),
                "Far",
                null,
                Set.of(),
                null,
                null,
                List.of(
                        new Contract(
                                "FAR",
                                LocalDate.of(-5, 1, 1),
                                LocalDate.of(12026, 12, 31),
                                new Money(Long.MAX_VALUE, Money.currency("EUR")),
                                Contract.MAX_NOTICE_DAYS,
                                false,
                                ContractStatus.EXPIRED),
                        new Contract(
                                "NEG",
                                null,
                                LocalDate.of(2024, 2, 29),
                                new Money(-1, Money.currency("EUR")),
                                0,
                                true,
                                ContractStatus.ACTIVE)));

        assertThat(CustomerReadModel.decode(CustomerReadModel.encode(far))).isEqualTo(far);
    }

    @Test
    void randomCustomersRoundTrip() {
        Random random = new Random(11);
        String alphabet = "aZ09-_;,:CD1\u00e9\u4e2d ";
        for (int round = 0; round < 500; round++) {
            List<Contract> contracts = new ArrayList<>();
            for (int i = random.nextInt(5); i > 0; i--) {
                LocalDate renewal = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(20_000));
                contracts.add(new Contract(
                        "K" + text(random, alphabet, random.nextInt(12)),
                        random.nextBoolean() ? null : renewal.minusDays(random.nextInt(800)),
                        renewal,
                        random.nextBoolean() ? null : new Money(random.nextLong(), Money.currency("GBP")),
                        random.nextInt(Contract.MAX_NOTICE_DAYS + 1),
                        random.nextBoolean(),
                        ContractStatus.values()[random.nextInt(ContractStatus.values().length)]));
            }
            Set<String> domains = new HashSet<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                domains.add(text(random, alphabet, 1 + random.nextInt(10)));
            }
            Customer customer = new Customer(
                    CustomerKey.of("K" + random.nextInt(1000)),
                    "N" + text(random, alphabet, 8),
                    random.nextBoolean() ? null : text(random, alphabet, random.nextInt(6)),
                    domains,
                    random.nextBoolean() ? null : text(random, alphabet, random.nextInt(6)),
                    random.nextBoolean() ? null : text(random, alphabet, random.nextInt(6)),
                    contracts);

            assertThat(CustomerReadModel.decode(CustomerReadModel.encode(customer)))
                    .isEqualTo(customer);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "24:ACME4:Acme---",
                "14:ACME",
                "14:ACME4:Acme--",
                "14:acme4:Acme---",
                "14:ACME0:---",
                "14:ACME4:Acme---X",
                "14:ACME4:Acme---C3:C-1,,2026-03-01,,,0,0,ACTIVE",
                "14:ACME4:Acme---C9:C-1,,2026-03-01,,,0,0,ACTIVE;",
                "14:ACME4:Acme---C-1:C,,2026-03-01,,,0,0,ACTIVE;",
                "14:ACME4:Acme---Cx:C-1,,2026-03-01,,,0,0,ACTIVE;",
                "14:ACME4:Acme---C3:C-1,,2026-02-30,,,0,0,ACTIVE;",
                "14:ACME4:Acme---C3:C-1,,tomorrow,,,0,0,ACTIVE;",
                "14:ACME4:Acme---C3:C-1,,2026-03-01,12,,0,0,ACTIVE;",
                "14:ACME4:Acme---C3:C-1,,2026-03-01,12,XYZ,0,0,ACTIVE;",
                "14:ACME4:Acme---C3:C-1,,2026-03-01,12,XXX,0,0,ACTIVE;",
                "14:ACME4:Acme---C3:C-1,,2026-03-01,,,0,2,ACTIVE;",
                "14:ACME4:Acme---C3:C-1,,2026-03-01,,,0,0,PAUSED;",
                "14:ACME4:Acme---C3:C-1,,2026-03-01,,,-4,0,ACTIVE;",
                "14:ACME4:Acme---C3:C-1,2026-04-01,2026-03-01,,,0,0,ACTIVE;",
                "14:ACME4:Acme---D8:acme.com",
                "14:ACME4:Acme---D8:acme.comX",
            })
    void refusesTextNotInTheFormat(String text) {
        assertThatThrownBy(() -> CustomerReadModel.decode(text))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Customer read model");
    }

    @Test
    void saysWhoseReadModelGoesWrongWhereAndWhatItExpected() {
        assertThatThrownBy(() -> CustomerReadModel.decode("14:ACME4:Acme---C3:C-1,,2026-03-01,,,0,2,ACTIVE;"))
                .hasMessage("Customer read model of ACME is malformed at position 39: expected 1 or 0 for auto-renew.");
        assertThatThrownBy(() -> CustomerReadModel.decode("14:ACME4:Acme---X"))
                .hasMessage("Customer read model of ACME is malformed at position 16: expected an entry (C or D).");
        assertThatThrownBy(() -> CustomerReadModel.decode("14:acme4:Acme---"))
                .hasMessageStartingWith("Customer read model of acme holds an invalid customer: Customer key 'acme'");
        assertThatThrownBy(() -> CustomerReadModel.decode(null))
                .hasMessage("Customer read model does not start with format version 1.");
    }

    private static Contract contract(String id, String currency) {
        return new Contract(
                id,
                null,
                LocalDate.of(2026, 6, 1),
                new Money(12345, Money.currency(currency)),
                60,
                true,
                ContractStatus.ACTIVE);
    }

    private static String text(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
