package io.github.promisekeeper.jira.ao.upgrade;

import io.github.promisekeeper.jira.testing.ao.TestDatabase;
import net.java.ao.DatabaseProvider;
import net.java.ao.OneToMany;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.MySQLDatabaseProvider;
import net.java.ao.db.OracleDatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.db.SQLServerDatabaseProvider;
import net.java.ao.schema.Table;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table, column and index name of the data model passes Atlassian's name converters (which
 * refuse names over 30 characters) and is a reserved word on none of the databases Jira supports.
 */
class DataModelNamesTest {

    private static final int MAX_NAME_LENGTH = 30;
    private final AtlassianTableNameConverter tables = new AtlassianTableNameConverter(TestDatabase.atlassianPrefix());
    private final AtlassianFieldNameConverter fields = new AtlassianFieldNameConverter();
    private final AtlassianIndexNameConverter indexes = new AtlassianIndexNameConverter();

    private static List<Class<? extends RawEntity<?>>> everyEntityEverShipped() {
        List<Class<? extends RawEntity<?>>> all = new ArrayList<>(DataModel.ENTITIES);
        all.addAll(FrozenModelV1.ENTITIES);
        all.addAll(FrozenModelV2.ENTITIES);
        return all;
    }

    @Test
    void everyNameFitsInThirtyCharacters() {
        for (Class<? extends RawEntity<?>> entity : everyEntityEverShipped()) {
            String table = tables.getName(entity);
            assertThat(table)
                    .as(entity.getSimpleName())
                    .hasSizeLessThanOrEqualTo(MAX_NAME_LENGTH)
                    .startsWith(TestDatabase.tablePrefix())
                    .isUpperCase();
            for (String column : columns(entity)) {
                assertThat(column).as(entity.getSimpleName() + "." + column).hasSizeLessThanOrEqualTo(MAX_NAME_LENGTH);
                assertThat(indexes.getName(table, column)).hasSizeLessThanOrEqualTo(MAX_NAME_LENGTH);
            }
        }
    }

    @Test
    void noNameIsAReservedWordOnPostgreSqlMySqlOracleSqlServerOrH2() {
        Map<String, Set<String>> reserved = reservedWordsByDatabase();
        assertThat(reserved)
                .allSatisfy((database, words) -> assertThat(words).as(database).contains("SELECT"));
        List<String> clashes = new ArrayList<>();
        for (Class<? extends RawEntity<?>> entity : everyEntityEverShipped()) {
            List<String> names = new ArrayList<>(columns(entity));
            names.add(tables.getName(entity));
            names.add(entity.getAnnotation(Table.class).value());
            names.remove("ID"); // Active Objects' own primary key, which it always quotes
            for (String name : names) {
                reserved.forEach((database, words) -> {
                    if (words.contains(name.toUpperCase(Locale.ROOT))) {
                        clashes.add(entity.getSimpleName() + "." + name + " on " + database);
                    }
                });
            }
        }
        assertThat(clashes).isEmpty();
    }

    private List<String> columns(Class<? extends RawEntity<?>> entity) {
        List<String> columns = new ArrayList<>();
        for (Method method : entity.getMethods()) {
            boolean accessor = method.getParameterCount() == 0
                    && (method.getName().startsWith("get") || method.getName().startsWith("is"))
                    && method.getDeclaringClass() != Object.class
                    && !method.isAnnotationPresent(OneToMany.class)
                    && !method.getName().equals("getEntityManager")
                    && !method.getName().equals("getEntityType");
            if (accessor) {
                columns.add(fields.getName(method));
            }
        }
        assertThat(columns).as(entity.getSimpleName()).contains("ID");
        return columns;
    }

    /** Each AO provider's own list of words it must quote, read from the real providers' constants. */
    private static Map<String, Set<String>> reservedWordsByDatabase() {
        Map<String, Class<? extends DatabaseProvider>> providers = new LinkedHashMap<>();
        providers.put("PostgreSQL", PostgreSQLDatabaseProvider.class);
        providers.put("MySQL", MySQLDatabaseProvider.class);
        providers.put("Oracle", OracleDatabaseProvider.class);
        providers.put("SQL Server", SQLServerDatabaseProvider.class);
        providers.put("H2", H2DatabaseProvider.class);
        Map<String, Set<String>> words = new LinkedHashMap<>();
        providers.forEach((name, provider) -> words.put(name, reservedWords(provider)));
        return words;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> reservedWords(Class<? extends DatabaseProvider> provider) {
        try {
            Field field = provider.getDeclaredField("RESERVED_WORDS");
            field.setAccessible(true);
            return ((Set<String>) field.get(null))
                    .stream().map(word -> word.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
