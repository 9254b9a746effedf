package io.github.promisekeeper.jira.ao.upgrade;

import io.github.promisekeeper.ao.embedded.EntityManagerActiveObjects;
import io.github.promisekeeper.core.Description;
import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.ReasonKey;
import io.github.promisekeeper.core.customer.Change;
import io.github.promisekeeper.core.customer.ChangeDescriptions;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerChange;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.jira.customer.ao.AoCustomers;
import io.github.promisekeeper.jira.settings.SettingsChange;
import io.github.promisekeeper.jira.settings.ao.AoSettingsHistory;
import io.github.promisekeeper.jira.testing.ao.TestDatabase;
import net.java.ao.DBParam;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * History tables created by model version 3 (no {@code DESCRIPTION_DATA}) get the column when the current model
 * is migrated, as Active Objects does on a plugin upgrade, with no upgrade task: their rows read back as stored,
 * and what is written after carries its data.
 */
abstract class HistoryDataColumnMigrationContract {

    private static final Instant T0 = Instant.parse("2026-01-05T10:15:30Z");

    protected abstract TestDatabase database();

    @Test
    void rowsOfTheVersionThreeTablesReadAsStoredAndNewRowsKeepTheirData() {
        EntityManagerActiveObjects ao =
                new EntityManagerActiveObjects(database().freshEntityManager());
        ao.migrate(frozenHistoryV3());
        ao.create(
                FrozenHistoryV3.CustomerChangeV3.class,
                new DBParam("CUSTOMER_KEY", "ACME"),
                new DBParam("REVISION", 1L),
                new DBParam("AUTHOR", "alice"),
                new DBParam("CHANGED_AT", new Date(T0.toEpochMilli())),
                new DBParam("CHANGE_SOURCE", "IMPORT"),
                new DBParam("IMPORT_BATCH_ID", "batch-1"),
                new DBParam("DESCRIPTION", "created ACME (Acme) with 1 contract(s)"));
        ao.create(
                FrozenHistoryV3.SettingsChangeV3.class,
                new DBParam("AUTHOR", "alice"),
                new DBParam("CHANGED_AT", new Date(T0.toEpochMilli())),
                new DBParam("CHANGE_SOURCE", "REST"),
                new DBParam("DESCRIPTION", "radar window (days) 90 → 60"));

        ao.migrate(DataModel.entities());

        AoCustomers customers = new AoCustomers(ao);
        AoSettingsHistory settings = new AoSettingsHistory(ao);
        assertThat(customers.historyOf(CustomerKey.of("ACME"), 10))
                .containsExactly(new CustomerChange(
                        CustomerKey.of("ACME"),
                        Change.byImport("alice", T0, "batch-1"),
                        "created ACME (Acme) with 1 contract(s)"));
        assertThat(settings.recent(10))
                .containsExactly(new SettingsChange(Change.throughRest("alice", T0), "radar window (days) 90 → 60"));

        Customer acme = new Customer(
                CustomerKey.of("ACME"),
                "Acme",
                null,
                Set.of(),
                null,
                null,
                List.of(new Contract(
                        "C-1",
                        null,
                        LocalDate.parse("2027-03-01"),
                        Money.of("10.00", "USD"),
                        30,
                        false,
                        ContractStatus.ACTIVE)));
        customers.upsert(acme, Change.onAdminPage("bob", T0.plusSeconds(60)));
        Description changed = Description.of(Reason.of(ReasonKey.SETTINGS_RADAR_WINDOW, "60", "30"));
        settings.record(SettingsChange.of(Change.throughRest("bob", T0.plusSeconds(60)), changed), () -> {});

        assertThat(customers.historyOf(CustomerKey.of("ACME"), 10))
                .extracting(CustomerChange::details)
                .containsExactly(ChangeDescriptions.creation(acme), null);
        assertThat(settings.recent(10)).extracting(SettingsChange::details).containsExactly(changed, null);
    }

    /** Version 3's history entities as the array AO's migrate takes (Java cannot create a generic array). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<? extends RawEntity<?>>[] frozenHistoryV3() {
        return FrozenHistoryV3.ENTITIES.toArray(new Class[0]);
    }
}
