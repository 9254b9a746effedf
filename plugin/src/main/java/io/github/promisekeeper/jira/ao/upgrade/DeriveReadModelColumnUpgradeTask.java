package io.github.promisekeeper.jira.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.github.promisekeeper.core.customer.StoredCustomer;
import io.github.promisekeeper.jira.customer.ao.AoCustomerReads;
import io.github.promisekeeper.jira.customer.ao.CustomerEntity;
import io.github.promisekeeper.jira.customer.ao.CustomerReadModel;
import net.java.ao.Query;

import java.util.List;

/**
 * Model version 3: customers gain the derived {@code READ_MODEL} column (the whole customer in one text,
 * {@link CustomerReadModel}, so a page of customers is one query and one column per customer), filled in here
 * for customers stored by earlier versions from their columns and contract and domain rows, one transaction
 * per batch. From then on every write of a customer rewrites the column itself.
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
        if (batch < 1) {
            throw new IllegalArgumentException("A batch holds at least one customer, not " + batch + ".");
        }
        ao.migrate(DataModel.entities());
        AoCustomerReads customers = new AoCustomerReads(ao);
        int lastId = 0;
        while (true) {
            int after = lastId;
            CustomerEntity[] rows = ao.executeInTransaction(() -> derive(ao, customers, after, batch));
            if (rows.length == 0) {
                return;
            }
            lastId = rows[rows.length - 1].getID();
        }
    }

    /** Writes the read model of at most {@code batch} customers above {@code afterId}, in id order. */
    private static CustomerEntity[] derive(ActiveObjects ao, AoCustomerReads customers, int afterId, int batch) {
        CustomerEntity[] rows = ao.find(
                CustomerEntity.class,
                Query.select(AoCustomerReads.CUSTOMER_COLUMNS)
                        .where("ID > ?", afterId)
                        .order("ID")
                        .limit(batch));
        List<StoredCustomer> stored = customers.loadAll(rows);
        for (int i = 0; i < rows.length; i++) {
            rows[i].setReadModel(CustomerReadModel.encode(stored.get(i).customer()));
            rows[i].save();
        }
        return rows;
    }
}
