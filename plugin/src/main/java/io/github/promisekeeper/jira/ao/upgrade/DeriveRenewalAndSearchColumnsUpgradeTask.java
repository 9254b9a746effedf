package io.github.promisekeeper.jira.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.CustomerSearchText;
import io.github.promisekeeper.jira.customer.ao.ContractEntity;
import io.github.promisekeeper.jira.customer.ao.CustomerEntity;
import net.java.ao.Query;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Model version 2: customers gain the derived {@code NEXT_RENEWAL} and {@code SEARCH_TEXT} columns
 * that the renewal radar and the admin search filter on, filled in here for customers stored by
 * version 1. Later model changes add one task each, with its own frozen copy of the model it starts from
 * in the tests.
 */
public final class DeriveRenewalAndSearchColumnsUpgradeTask implements ActiveObjectsUpgradeTask {

    static final int MODEL_VERSION = 2;
    private static final int BATCH = 500;

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf(String.valueOf(MODEL_VERSION));
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        upgrade(ao);
    }

    /** Migrates the schema to the current model, then derives the new columns batch by batch. */
    void upgrade(ActiveObjects ao) {
        ao.migrate(DataModel.entities());
        int lastId = 0;
        while (true) {
            int after = lastId;
            CustomerEntity[] batch = ao.executeInTransaction(() -> {
                CustomerEntity[] rows = ao.find(
                        CustomerEntity.class,
                        Query.select("ID, CUSTOMER_KEY, CRM_ID, CUSTOMER_NAME")
                                .where("ID > ?", after)
                                .order("ID")
                                .limit(BATCH));
                for (CustomerEntity row : rows) {
                    derive(ao, row);
                }
                return rows;
            });
            if (batch.length == 0) {
                return;
            }
            lastId = batch[batch.length - 1].getID();
        }
    }

    private static void derive(ActiveObjects ao, CustomerEntity row) {
        List<Contract> contracts = Arrays.stream(ao.find(
                        ContractEntity.class,
                        Query.select(
                                        "ID, CUSTOMER_ID, CONTRACT_ID, LIST_ORDER, START_DATE, RENEWAL_DATE, VALUE_MINOR, CURRENCY,"
                                                + " NOTICE_DAYS, AUTO_RENEW, STATUS")
                                .where("CUSTOMER_ID = ?", row.getID())))
                .sorted(Comparator.comparingInt(ContractEntity::getListOrder))
                .map(contract -> new Contract(
                        contract.getContractId(),
                        contract.getStartDate() == null ? null : LocalDate.parse(contract.getStartDate()),
                        LocalDate.parse(contract.getRenewalDate()),
                        null,
                        contract.getNoticeDays(),
                        contract.isAutoRenew(),
                        ContractStatus.valueOf(contract.getStatus())))
                .toList();
        Customer customer = new Customer(
                CustomerKey.of(row.getCustomerKey()),
                row.getCustomerName(),
                row.getCrmId(),
                Set.of(),
                null,
                null,
                contracts);
        row.setNextRenewal(customer.nextRenewal().map(LocalDate::toString).orElse(null));
        row.setSearchText(CustomerSearchText.of(customer));
        row.save();
    }
}
