package io.github.promisekeeper.jira.alert.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.promisekeeper.core.alert.Alert;
import io.github.promisekeeper.core.alert.AlertChanges;
import io.github.promisekeeper.core.alert.AlertConflictException;
import io.github.promisekeeper.core.alert.AlertFacts;
import io.github.promisekeeper.core.alert.AlertKind;
import io.github.promisekeeper.core.alert.AlertQuery;
import io.github.promisekeeper.core.alert.AlertState;
import io.github.promisekeeper.core.alert.AlertStore;
import io.github.promisekeeper.core.alert.AlertTransactionListener;
import io.github.promisekeeper.core.alert.AlertUpdate;
import io.github.promisekeeper.core.alert.CommitmentState;
import io.github.promisekeeper.core.alert.CustomerState;
import io.github.promisekeeper.core.alert.DedupeKey;
import io.github.promisekeeper.core.alert.StoredAlert;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.radar.RiskLevel;
import io.github.promisekeeper.core.ticket.IssueKey;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link AlertStore} on Active Objects; returns core values, never AO proxies. An update is written in one
 * transaction. Two checks storing the same transition at once are told apart by the database: the second insert
 * of a dedupe key (or of a first state) breaks a unique index, or the database refuses the second writer of a state
 * row (serialization failure, deadlock); the transaction rolls back and the check hears
 * {@link AlertConflictException} and compares again. A state's version is also compared before it is written
 * over.
 */
public final class AoAlertStore implements AlertStore {

    /** SQLSTATE class of integrity constraint violations (a unique index broken), on every database. */
    private static final String INTEGRITY_VIOLATION = "23";

    /** SQLSTATE class of transactions the database rolled back (serialization failure, deadlock). */
    private static final String TRANSACTION_ROLLBACK = "40";

    private final ActiveObjects ao;

    public AoAlertStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "active objects");
    }

    @Override
    public Map<IssueKey, CommitmentState> findCommitmentStates() {
        return ao.executeInTransaction(() -> {
            Map<IssueKey, CommitmentState> states = new LinkedHashMap<>();
            for (CommitmentStateEntity row :
                    ao.find(CommitmentStateEntity.class, Query.select().order("ID"))) {
                CommitmentState state = toState(row);
                states.put(state.commitment(), state);
            }
            return states;
        });
    }

    @Override
    public Map<CustomerKey, CustomerState> findCustomerStates() {
        return ao.executeInTransaction(() -> {
            Map<CustomerKey, CustomerState> states = new LinkedHashMap<>();
            for (CustomerStateEntity row :
                    ao.find(CustomerStateEntity.class, Query.select().order("ID"))) {
                CustomerState state = toState(row);
                states.put(state.customer(), state);
            }
            return states;
        });
    }

    @Override
    public List<StoredAlert> find(AlertQuery query) {
        List<String> clauses = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        query.since().ifPresent(day -> {
            clauses.add("RAISED_ON >= ?");
            values.add(day.toString());
        });
        query.customer().ifPresent(key -> {
            clauses.add("CUSTOMER_KEY = ?");
            values.add(key.value());
        });
        query.commitment().ifPresent(key -> {
            clauses.add("COMMITMENT_KEY = ?");
            values.add(key.toString());
        });
        query.state().ifPresent(state -> {
            clauses.add("ALERT_STATE = ?");
            values.add(state.name());
        });
        query.before().ifPresent(id -> {
            clauses.add("ID < ?");
            values.add(Math.toIntExact(id)); // AO ids are ints; the column is an integer on every database
        });
        Query select = Query.select().order("ID DESC").limit(query.limit());
        if (!clauses.isEmpty()) {
            select = select.where(String.join(" AND ", clauses), values.toArray());
        }
        Query ordered = select;
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(AlertEntity.class, ordered))
                .map(AoAlertStore::toStored)
                .toList());
    }

    @Override
    public List<StoredAlert> findOpen() {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(
                        AlertEntity.class,
                        Query.select()
                                .where("ALERT_STATE = ?", AlertState.OPEN.name())
                                .order("ID")))
                .map(AoAlertStore::toStored)
                .toList());
    }

    @Override
    public AlertChanges store(AlertUpdate update, AlertTransactionListener inTransaction) {
        try {
            return ao.executeInTransaction(() -> {
                update.commitments().forEach(this::write);
                update.forgetCommitments()
                        .forEach(key ->
                                ao.deleteWithSQL(CommitmentStateEntity.class, "COMMITMENT_KEY = ?", key.toString()));
                update.customers().forEach(this::write);
                update.forgetCustomers()
                        .forEach(key -> ao.deleteWithSQL(CustomerStateEntity.class, "CUSTOMER_KEY = ?", key.value()));
                List<StoredAlert> raised = new ArrayList<>();
                for (Alert alert : update.raise()) {
                    raised.add(insert(alert));
                }
                List<StoredAlert> resolved = new ArrayList<>();
                for (DedupeKey key : update.resolve()) {
                    resolve(key, update.today()).ifPresent(resolved::add);
                }
                resolved.sort(Comparator.comparingLong(StoredAlert::id));
                AlertChanges changes = new AlertChanges(raised, resolved);
                if (!changes.isEmpty()) {
                    inTransaction.alertsStoring(changes);
                }
                return changes;
            });
        } catch (AlertConflictException conflict) {
            throw conflict;
        } catch (RuntimeException failure) {
            if (lostToAnotherTransaction(failure)) {
                throw new AlertConflictException("Another check stored the same transition first.", failure);
            }
            throw failure;
        }
    }

    private void write(CommitmentState state) {
        CommitmentStateEntity[] rows = ao.find(
                CommitmentStateEntity.class,
                Query.select().where("COMMITMENT_KEY = ?", state.commitment().toString()));
        CommitmentStateEntity row;
        if (rows.length == 0) {
            expectVersion(0, state.version(), state.commitment());
            row = ao.create(
                    CommitmentStateEntity.class,
                    new DBParam("COMMITMENT_KEY", state.commitment().toString()),
                    new DBParam("CUSTOMER_KEY", state.customer().value()),
                    new DBParam("HEALTH", state.health().name()),
                    new DBParam("PROMISED_DATE", state.promisedDate().toString()),
                    new DBParam("RECORDED_ON", state.recordedOn().toString()),
                    new DBParam("STATE_VERSION", state.version()));
        } else {
            row = rows[0];
            expectVersion(row.getStateVersion(), state.version(), state.commitment());
            row.setCustomerKey(state.customer().value());
            row.setHealth(state.health().name());
            row.setPromisedDate(state.promisedDate().toString());
            row.setRecordedOn(state.recordedOn().toString());
            row.setStateVersion(state.version());
        }
        row.setEpics(StateTexts.epics(state.epics()));
        row.save();
    }

    private void write(CustomerState state) {
        CustomerStateEntity[] rows = ao.find(
                CustomerStateEntity.class,
                Query.select().where("CUSTOMER_KEY = ?", state.customer().value()));
        CustomerStateEntity row;
        if (rows.length == 0) {
            expectVersion(0, state.version(), state.customer());
            row = ao.create(
                    CustomerStateEntity.class,
                    new DBParam("CUSTOMER_KEY", state.customer().value()),
                    new DBParam("RECORDED_ON", state.recordedOn().toString()),
                    new DBParam("STATE_VERSION", state.version()),
                    new DBParam("NOTICE_NEAR", state.noticeNear()));
        } else {
            row = rows[0];
            expectVersion(row.getStateVersion(), state.version(), state.customer());
            row.setRecordedOn(state.recordedOn().toString());
            row.setStateVersion(state.version());
            row.setNoticeNear(state.noticeNear());
        }
        row.setRenewalDate(text(state.renewal()));
        row.setNoticeDeadline(text(state.noticeDeadline()));
        row.setContracts(StateTexts.contracts(state.contracts()));
        row.setRadarRisk(state.radarRisk().map(RiskLevel::name).orElse(null));
        row.save();
    }

    private static void expectVersion(long stored, long writing, Object subject) {
        if (stored != writing - 1) {
            throw new AlertConflictException("The recorded state of " + subject + " is version " + stored
                    + "; this check read version " + (writing - 1) + ".");
        }
    }

    private StoredAlert insert(Alert alert) {
        if (ao.count(
                        AlertEntity.class,
                        Query.select().where("DEDUPE_KEY = ?", alert.dedupeKey().value()))
                > 0) {
            throw new AlertConflictException("Alert " + alert.dedupeKey() + " is already stored.");
        }
        AlertFacts facts = alert.facts();
        AlertEntity row = ao.create(
                AlertEntity.class,
                new DBParam("DEDUPE_KEY", alert.dedupeKey().value()),
                new DBParam("KIND", alert.kind().name()),
                new DBParam("CUSTOMER_KEY", alert.customer().value()),
                new DBParam("RAISED_ON", alert.raisedOn().toString()),
                new DBParam("ALERT_STATE", alert.state().name()),
                new DBParam("COMMITMENT_COUNT", facts.count()));
        row.setCommitmentKey(alert.commitment().map(IssueKey::toString).orElse(null));
        row.setResolvedOn(text(alert.resolvedOn()));
        row.setCustomerName(clip(facts.customerName(), 255));
        row.setSummary(facts.commitmentSummary());
        row.setEpicKey(facts.epic().map(IssueKey::toString).orElse(null));
        row.setHealthBefore(facts.healthBefore().map(Health::name).orElse(null));
        row.setHealthAfter(facts.healthAfter().map(Health::name).orElse(null));
        row.setDateBefore(text(facts.before()));
        row.setDateAfter(text(facts.after()));
        row.setPromisedDate(text(facts.promisedDate()));
        row.setRenewalDate(text(facts.renewal()));
        row.setNoticeDeadline(text(facts.noticeDeadline()));
        row.setContractId(facts.contract().map(id -> clip(id, 255)).orElse(null));
        row.setRiskLevel(facts.risk().map(RiskLevel::name).orElse(null));
        row.save();
        return toStored(row);
    }

    private Optional<StoredAlert> resolve(DedupeKey key, LocalDate today) {
        AlertEntity[] rows = ao.find(
                AlertEntity.class,
                Query.select().where("DEDUPE_KEY = ? AND ALERT_STATE = ?", key.value(), AlertState.OPEN.name()));
        if (rows.length == 0) {
            return Optional.empty();
        }
        AlertEntity row = rows[0];
        row.setAlertState(AlertState.RESOLVED.name());
        row.setResolvedOn(today.toString());
        row.save();
        return Optional.of(toStored(row));
    }

    private static StoredAlert toStored(AlertEntity row) {
        AlertFacts facts = new AlertFacts(
                row.getCustomerName(),
                row.getSummary(),
                Optional.ofNullable(row.getEpicKey()).map(IssueKey::of),
                Optional.ofNullable(row.getHealthBefore()).map(Health::valueOf),
                Optional.ofNullable(row.getHealthAfter()).map(Health::valueOf),
                date(row.getDateBefore()),
                date(row.getDateAfter()),
                date(row.getPromisedDate()),
                date(row.getRenewalDate()),
                date(row.getNoticeDeadline()),
                Optional.ofNullable(row.getContractId()),
                Optional.ofNullable(row.getRiskLevel()).map(RiskLevel::valueOf),
                row.getCommitmentCount());
        Alert alert = new Alert(
                AlertKind.valueOf(row.getKind()),
                CustomerKey.of(row.getCustomerKey()),
                Optional.ofNullable(row.getCommitmentKey()).map(IssueKey::of),
                facts,
                LocalDate.parse(row.getRaisedOn()),
                AlertState.valueOf(row.getAlertState()),
                date(row.getResolvedOn()),
                new DedupeKey(row.getDedupeKey()));
        return new StoredAlert(row.getID(), alert);
    }

    private static CommitmentState toState(CommitmentStateEntity row) {
        return new CommitmentState(
                IssueKey.of(row.getCommitmentKey()),
                CustomerKey.of(row.getCustomerKey()),
                Health.valueOf(row.getHealth()),
                LocalDate.parse(row.getPromisedDate()),
                StateTexts.epics(row.getEpics()),
                LocalDate.parse(row.getRecordedOn()),
                row.getStateVersion());
    }

    private static CustomerState toState(CustomerStateEntity row) {
        return new CustomerState(
                CustomerKey.of(row.getCustomerKey()),
                date(row.getRenewalDate()),
                date(row.getNoticeDeadline()),
                StateTexts.contracts(row.getContracts()),
                Optional.ofNullable(row.getRadarRisk()).map(RiskLevel::valueOf),
                row.isNoticeNear(),
                LocalDate.parse(row.getRecordedOn()),
                row.getStateVersion());
    }

    /**
     * Whether the database refused this transaction because another one wrote the same rows: a unique index broken
     * (PostgreSQL, read committed), a serialization failure or a deadlock (H2, or a stricter isolation level).
     */
    private static boolean lostToAnotherTransaction(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(INTEGRITY_VIOLATION)
                            || sql.getSQLState().startsWith(TRANSACTION_ROLLBACK))) {
                return true;
            }
        }
        return false;
    }

    private static String text(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }

    private static Optional<LocalDate> date(String text) {
        return text == null || text.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text));
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
