package io.github.promisekeeper.jira.importer;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import io.github.promisekeeper.core.customer.CustomerConflictException;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.InMemoryCustomers;
import io.github.promisekeeper.core.importer.ImportOptions;
import io.github.promisekeeper.jira.platform.JiraServiceAvailability;
import io.github.promisekeeper.jira.testing.PropertiesI18nResolver;
import io.github.promisekeeper.jira.web.LocalizedText;
import io.github.promisekeeper.jira.web.RequestTooLargeException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.github.promisekeeper.jira.importer.Fixtures.file;
import static io.github.promisekeeper.jira.importer.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;

/**
 * Every whole-file refusal of an import (400, 409, 413) renders, through the plugin's English properties, to
 * exactly the English text it carries as its message: the properties file and the code cannot drift apart.
 */
class ImportRefusalTextsTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2027-01-10T09:00:00Z"), ZoneOffset.UTC);
    private static final String ONE_ROW = "customer_name,contract_id,renewal_date\nHooli,HO-1,2027-01-01\n";

    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final InMemoryClusterLocks locks = new InMemoryClusterLocks();
    private final PropertiesI18nResolver i18n = new PropertiesI18nResolver();
    private final List<LocalizedText> texts = new ArrayList<>();

    @Test
    void everyRefusalRendersToItsEnglishText() throws Exception {
        CustomerImport plain = importWith(customers, new CustomerImport.Limits(1 << 20, 100, 0));
        refused(() -> plain.run(text(ONE_ROW), withDateFormat("dd/MM/yyyy{"), true, "ada", true));
        refused(() -> plain.run(text(""), ImportOptions.auto(), true, "ada", true));
        refused(() -> plain.run(text("name,renewal\nAcme,2027-01-01\n"), ImportOptions.auto(), true, "ada", true));
        refused(() -> plain.run(
                new ByteArrayInputStream(new byte[] {'a', ',', (byte) 0xff, '\n'}),
                ImportOptions.auto(),
                true,
                "ada",
                true));
        refused(() -> plain.run(
                text("customer_name,contract_id,renewal_date\n\"Hooli,HO-1,2027-01-01\n"),
                ImportOptions.auto(),
                true,
                "ada",
                true));
        CustomerImport small = importWith(customers, new CustomerImport.Limits(200, 1, 0));
        refused(() -> small.run(file("generic/customers.csv"), ImportOptions.auto(), true, "ada", true));
        refused(() -> small.run(text(ONE_ROW + "Globex,GL-1,2027-01-01\n"), ImportOptions.auto(), true, "ada", true));
        CustomerImport lockless = new CustomerImport(
                customers,
                locks,
                NOW,
                CustomerImport.Limits.DEFAULT,
                JiraServiceAvailability.with(TimeZoneManager.class));
        refused(() -> lockless.run(text(ONE_ROW), ImportOptions.auto(), false, "ada", true));
        InMemoryCustomers refusing = spy(customers);
        doThrow(new CustomerConflictException(
                        CustomerConflictException.Reason.DOMAIN_TAKEN,
                        CustomerKey.of("HOOLI"),
                        "Email domain hooli.com already belongs to customer RACER."))
                .when(refusing)
                .upsertAll(any(), any());
        CustomerImport racing = importWith(refusing, CustomerImport.Limits.DEFAULT);
        refused(() -> racing.run(text(ONE_ROW), ImportOptions.auto(), false, "ada", true));
        Thread.currentThread().interrupt();
        try {
            refused(() -> plain.run(text(ONE_ROW), ImportOptions.auto(), false, "ada", true));
        } finally {
            Thread.interrupted();
        }
        whileAnotherImportHoldsTheLock(
                () -> refused(() -> plain.run(text(ONE_ROW), ImportOptions.auto(), false, "ada", true)));

        assertThat(texts)
                .extracting(LocalizedText::key)
                .containsExactly(
                        "promise-keeper.import.error.date-format",
                        "promise-keeper.import.error.empty",
                        "promise-keeper.import.error.layout",
                        "promise-keeper.import.error.not-utf8",
                        "promise-keeper.import.error.not-csv",
                        "promise-keeper.import.error.bytes",
                        "promise-keeper.import.error.rows",
                        "promise-keeper.import.error.no-cluster-lock",
                        "promise-keeper.import.error.conflict",
                        "promise-keeper.import.error.interrupted",
                        "promise-keeper.import.error.busy");
        assertThat(texts)
                .allSatisfy(text -> assertThat(text.in(i18n)).as(text.key()).isEqualTo(text.english()));
    }

    private CustomerImport importWith(InMemoryCustomers store, CustomerImport.Limits limits) {
        return new CustomerImport(store, locks, NOW, limits, JiraServiceAvailability.all());
    }

    private static ImportOptions withDateFormat(String pattern) {
        return new ImportOptions(Optional.empty(), Optional.of(pattern), Optional.empty(), Optional.empty());
    }

    /** Records the text of the refusal {@code run} throws; its message must be that text's English. */
    private void refused(Runnable run) {
        Throwable thrown = catchThrowable(run::run);
        LocalizedText text = switch (thrown) {
            case ImportRejectedException rejected -> rejected.text();
            case ImportBusyException busy -> busy.text();
            case RequestTooLargeException tooLarge -> tooLarge.text();
            case null, default -> throw new AssertionError("not a refusal", thrown);
        };
        assertThat(thrown).hasMessage(text.english());
        texts.add(text);
    }

    private void whileAnotherImportHoldsTheLock(Runnable run) throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread other = new Thread(() -> {
            ClusterLock lock = locks.getLockForName(CustomerImport.LOCK_NAME);
            lock.lock();
            try {
                held.countDown();
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                lock.unlock();
            }
        });
        other.start();
        try {
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            run.run();
        } finally {
            release.countDown();
            other.join(10_000);
        }
    }
}
