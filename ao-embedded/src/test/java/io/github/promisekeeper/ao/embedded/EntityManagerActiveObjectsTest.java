package io.github.promisekeeper.ao.embedded;

import net.java.ao.DBParam;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntityManagerActiveObjectsTest {

    private static final String NAMESPACE = "io.github.promisekeeper";

    private AoDatabase database;
    private EntityManagerActiveObjects ao;

    @BeforeEach
    void migrate() {
        database = AoDatabase.h2InMemory();
        ao = database.activeObjects(NAMESPACE);
        ao.migrate(NoteEntity.class);
    }

    @Test
    void namesTablesAndColumnsAsJiraDoes() throws Exception {
        ao.create(NoteEntity.class, new DBParam("TEXT", "hello"));

        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
                ResultSet rows = connection.createStatement().executeQuery("SELECT \"TEXT\" FROM \"AO_18E270_NOTE\"")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("hello");
        }
        assertThat(AoDatabase.tablePrefix(NAMESPACE)).isEqualTo("AO_18E270_");
    }

    @Test
    void commitsATransactionThatReturns() {
        String text = ao.executeInTransaction(
                () -> ao.create(NoteEntity.class, new DBParam("TEXT", "kept")).getText());

        assertThat(text).isEqualTo("kept");
        assertThat(ao.count(NoteEntity.class)).isEqualTo(1);
    }

    @Test
    void rollsBackEveryWriteOfATransactionThatThrows() {
        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
                    ao.create(NoteEntity.class, new DBParam("TEXT", "first"));
                    ao.executeInTransaction(() -> ao.create(NoteEntity.class, new DBParam("TEXT", "nested")));
                    throw new IllegalStateException("boom");
                }))
                .hasMessageContaining("boom");

        assertThat(ao.count(NoteEntity.class)).isZero();
    }

    @Test
    void keepsAnH2DatabaseInAFolderAcrossEntityManagers(@TempDir Path folder) {
        AoDatabase onDisk = AoDatabase.h2InFolder(folder, "data");
        EntityManagerActiveObjects first = onDisk.activeObjects(NAMESPACE);
        first.migrate(NoteEntity.class);
        first.create(NoteEntity.class, new DBParam("TEXT", "persisted"));

        onDisk.shutdown();

        EntityManagerActiveObjects second = onDisk.activeObjects(NAMESPACE);
        second.migrate(NoteEntity.class);

        assertThat(second.find(NoteEntity.class, "TEXT = ?", "persisted")).hasSize(1);
        assertThat(folder.resolve("data.mv.db")).exists();
    }

    @Test
    void takesConnectionsFromAGivenPoolNamesTablesTheSameAndRunsTheDisposerOnDispose() throws Exception {
        AoDatabase pooledDatabase = AoDatabase.h2InMemory();
        JdbcConnectionPool pool =
                JdbcConnectionPool.create(pooledDatabase.url(), pooledDatabase.user(), pooledDatabase.password());
        AtomicBoolean disposed = new AtomicBoolean();
        EntityManagerActiveObjects pooled =
                new EntityManagerActiveObjects(pooledDatabase.entityManager(NAMESPACE, pool, () -> disposed.set(true)));
        pooled.migrate(NoteEntity.class);

        pooled.executeInTransaction(() -> pooled.create(NoteEntity.class, new DBParam("TEXT", "pooled")));
        assertThatThrownBy(() -> pooled.executeInTransaction(() -> {
                    pooled.create(NoteEntity.class, new DBParam("TEXT", "rolled back"));
                    throw new IllegalStateException("boom");
                }))
                .hasMessageContaining("boom");

        assertThat(pool.getActiveConnections())
                .as("every connection handed back")
                .isZero();
        try (Connection connection = pool.getConnection();
                ResultSet rows = connection.createStatement().executeQuery("SELECT \"TEXT\" FROM \"AO_18E270_NOTE\"")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("pooled");
            assertThat(rows.next()).as("the failed transaction left nothing").isFalse();
        }
        assertThat(disposed).isFalse();
        pooled.entityManager().getProvider().dispose();
        assertThat(disposed).isTrue();
        pool.dispose();
    }

    @Test
    void dropsTheTablesOfOneNamespaceAndNoOther() throws Exception {
        EntityManagerActiveObjects other = database.activeObjects("com.example.other");
        other.migrate(NoteEntity.class);
        String otherTable = AoDatabase.tablePrefix("com.example.other") + "NOTE";
        try (Connection connection =
                DriverManager.getConnection(database.url(), database.user(), database.password())) {
            connection.createStatement().execute("CREATE TABLE \"AO_18E270X_NOTE\" (ID INT)");
        }

        database.dropTables(NAMESPACE);

        assertThat(tables()).doesNotContain("AO_18E270_NOTE").contains(otherTable, "AO_18E270X_NOTE");
    }

    private List<String> tables() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
                ResultSet rows = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    @Test
    void rejectsDatabasesItDoesNotSupport() {
        assertThatThrownBy(() -> new AoDatabase("jdbc:mysql://localhost/x", "u", "p"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new AoDatabase("jdbc:h2:mem:x", "sa", null).url()).endsWith(";DB_CLOSE_DELAY=-1");
        assertThat(new AoDatabase("jdbc:h2:mem:x", "sa", "secret").toString()).doesNotContain("secret");
    }
}
