package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.List;
import java.util.Map;

/**
 * Stand-in for the Active Objects service interface {@code com.atlassian.activeobjects.external.ActiveObjects}
 * from {@code com.atlassian.activeobjects:activeobjects-plugin} (Jira 11.3 bundles Active Objects 6.x).
 *
 * <p>Only the members the plugin calls are declared; the real interface has more (for example
 * {@code migrateDestructively}, {@code flush}, {@code findWithSQL}, {@code moduleMetaData}). The generic
 * signatures are those of Atlassian's source. The newest public listing found is the xref of
 * activeobjects-plugin 2.0.1; the same signatures were cross-checked against a decompiled later release
 * (one that also has {@code getFastCountEstimate}). None of the declared methods has a checked exception.
 * Jira supplies the real implementation at run time; this type is never packaged into the plugin.
 *
 * @see <a href="https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ActiveObjects.html">activeobjects-plugin 2.0.1 xref of ActiveObjects.java (older than Jira 11's)</a>
 * @see <a href="https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/internal/EntityManagedActiveObjects.html">activeobjects-plugin 2.0.1 javadoc of the implementation</a>
 */
public interface ActiveObjects {

    /**
     * Creates or updates the schema for the given entity types.
     *
     * @param entities the entity interfaces whose tables to create or update
     */
    @SuppressWarnings("unchecked")
    void migrate(Class<? extends RawEntity<?>>... entities);

    /**
     * Creates an entity (INSERTs a row) with the given initial column values.
     *
     * @param type entity interface
     * @param params initial values, needed at least for NOT NULL columns without defaults
     * @param <T> entity type
     * @param <K> primary key type
     * @return the new entity
     */
    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    /**
     * Creates an entity (INSERTs a row) from a map of column name to value.
     *
     * @param type entity interface
     * @param params column values keyed by column name
     * @param <T> entity type
     * @param <K> primary key type
     * @return the new entity
     */
    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    /**
     * Creates (INSERTs) many rows of one entity type in one JDBC batch, each from a map of column name to
     * value; returns nothing (no entities, no generated keys). Delegates to
     * {@code net.java.ao.EntityManager#create(Class, List)}, which Active Objects 6.1.1 (the library Jira 11.3
     * bundles, see the root pom) has; the service interface's member was seen only in decompiled
     * {@code EntityManagedActiveObjects} source whose repository could not be named.
     *
     * @param type entity interface
     * @param rows one map of column values per row
     * @param <T> entity type
     * @param <K> primary key type
     */
    <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows);

    /**
     * Returns the entity of the given type with the given primary key (no database check is made).
     *
     * @param type entity interface
     * @param key primary key
     * @param <T> entity type
     * @param <K> primary key type
     * @return the entity proxy for that key
     */
    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    /**
     * Selects the entities of the given type matching the query.
     *
     * @param type entity interface
     * @param query the query
     * @param <T> entity type
     * @param <K> primary key type
     * @return the matching entities
     */
    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    /**
     * Selects the entities of the given type matching a parameterised WHERE clause.
     *
     * @param type entity interface
     * @param criteria WHERE clause with {@code ?} placeholders
     * @param parameters values for the placeholders
     * @param <T> entity type
     * @param <K> primary key type
     * @return the matching entities
     */
    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

    /**
     * Counts all entities of the given type.
     *
     * @param type entity interface
     * @param <K> primary key type
     * @return the row count
     */
    <K> int count(Class<? extends RawEntity<K>> type);

    /**
     * Counts the entities of the given type matching the query.
     *
     * @param type entity interface
     * @param query the query
     * @param <K> primary key type
     * @return the row count
     */
    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    /**
     * Deletes the given entities.
     *
     * @param entities the entities to delete
     */
    void delete(RawEntity<?>... entities);

    /**
     * Deletes the rows of the given entity type matching a parameterised WHERE clause.
     *
     * @param type entity interface
     * @param criteria WHERE clause with {@code ?} placeholders
     * @param parameters values for the placeholders
     * @param <K> primary key type
     * @return the number of rows deleted
     */
    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    /**
     * Streams read-only entities matching the query to the callback, one row at a time.
     *
     * @param type entity interface
     * @param query the query
     * @param streamCallback receives each row
     * @param <T> entity type
     * @param <K> primary key type
     */
    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback);

    /**
     * Runs the callback in a transaction.
     *
     * @param callback the work to run
     * @param <T> result type
     * @return what the callback returned
     */
    <T> T executeInTransaction(TransactionCallback<T> callback);

    /**
     * Flushes the value caches of all entities controlled by this instance.
     */
    void flushAll();
}
