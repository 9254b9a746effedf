package io.github.promisekeeper.ao.embedded;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link ActiveObjects} over a real Active Objects {@link EntityManager}, as Atlassian's own
 * {@code TestActiveObjects} does: each method delegates, SQL errors become {@link ActiveObjectsException}
 * as in Jira, and {@link #executeInTransaction} runs the callback in one JDBC transaction that is rolled
 * back when the callback throws. A transaction started inside another joins it, as in Jira.
 *
 * <p>Same behaviour as the storage tests' harness ({@code jira.testing.ao.EntityManagerActiveObjects}),
 * which this class can replace.
 */
public final class EntityManagerActiveObjects implements ActiveObjects {

    private final EntityManager entityManager;
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);

    public EntityManagerActiveObjects(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entity manager");
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    @Override
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        run(() -> {
            entityManager.migrate(entities);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return run(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return run(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        run(() -> {
            entityManager.create(type, rows);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return run(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return run(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return run(() -> entityManager.find(type, criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return run(() -> entityManager.count(type));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return run(() -> entityManager.count(type, query));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        run(() -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return run(() -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        run(() -> {
            entityManager.stream(type, query, callback);
            return null;
        });
    }

    @Override
    @SuppressWarnings("deprecation") // flushAll: AO 6.1.1 has no other way to drop the proxies' cached values
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        if (inTransaction.get()) {
            return callback.doInTransaction();
        }
        inTransaction.set(true);
        try {
            return new Transaction<T>(entityManager) {
                @Override
                protected T run() {
                    return callback.doInTransaction();
                }
            }.execute();
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        } finally {
            inTransaction.set(false);
            // Entity proxies may hold values written by a rolled-back transaction.
            entityManager.flushAll();
        }
    }

    @Override
    @SuppressWarnings("deprecation") // ActiveObjects.flushAll() forwards to AO's deprecated one, as Jira's does
    public void flushAll() {
        entityManager.flushAll();
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private static <T> T run(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        }
    }
}
