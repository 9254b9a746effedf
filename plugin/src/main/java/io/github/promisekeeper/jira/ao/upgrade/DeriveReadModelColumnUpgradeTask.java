package io.github.promisekeeper.jira.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.github.promisekeeper.jira.customer.ao.AoCustomers;

import java.util.OptionalInt;

/**
 * Model version 3: customers gain the derived {@code READ_MODEL} column (the whole customer in one text,
 * so a page of customers is one query and one column per customer), filled in here for customers stored
 * by earlier versions from their columns and contract and domain rows, one transaction per batch.
 */
public final class DeriveReadModelColumnUpgradeTask implements ActiveObjectsUpgradeTask {

    static final int MODEL_VERSION = 3;
    private static final int BATCH = 500;

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf(String.valueOf(MODEL_VERSION));
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        upgrade(ao);
    }

    void upgrade(ActiveObjects ao) {
        upgrade(ao, BATCH);
    }

    /** Migrates the schema to the current model, then derives the new column {@code batch} customers at a time. */
    void upgrade(ActiveObjects ao, int batch) {
        ao.migrate(DataModel.entities());
        AoCustomers customers = new AoCustomers(ao);
        OptionalInt last = customers.deriveReadModel(0, batch);
        while (last.isPresent()) {
            last = customers.deriveReadModel(last.getAsInt(), batch);
        }
    }
}
