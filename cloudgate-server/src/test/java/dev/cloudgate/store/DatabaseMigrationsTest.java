package dev.cloudgate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An embedded store at the newest migration opens without Flyway; any other store is migrated as before. */
class DatabaseMigrationsTest {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");

    @Test
    void theLatestMigrationConstantNamesTheNewestMigrationFile() throws Exception {
        int newest;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(f -> VERSIONED.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
        assertThat(Database.LATEST_MIGRATION).isEqualTo(String.valueOf(newest));
    }

    @Test
    void aNewStoreIsMigratedAndThenKnownToBeCurrent(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("cloudgate");
        long applied;
        try (Database database = Database.open(url, "sa", "", 2)) {
            assertThat(Database.atLatestMigration(database.dataSource())).isTrue();
            applied = historyRows(database);
            assertThat(applied).isEqualTo(countMigrationFiles());
        }
        try (Database reopened = Database.open(url, "sa", "", 2)) {
            assertThat(historyRows(reopened)).isEqualTo(applied);
            assertThat(columnExists(reopened, "BACKUP_SERVER", "NAME_KEY")).isTrue();
        }
    }

    @Test
    void aStoreOneMigrationBehindIsStillMigratedOnOpen(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("cloudgate");
        JdbcDataSource older = new JdbcDataSource();
        older.setURL(url);
        older.setUser("sa");
        Flyway.configure().dataSource(older).locations("classpath:db/migration").target("11").load().migrate();
        assertThat(Database.atLatestMigration(older)).isFalse();
        try (Connection c = older.getConnection()) {
            // Closed so that the server's pool is the file's only user.
            c.createStatement().execute("SHUTDOWN");
        }
        try (Database database = Database.open(url, "sa", "", 2)) {
            assertThat(Database.atLatestMigration(database.dataSource())).isTrue();
            assertThat(columnExists(database, "BACKUP_SERVER", "NAME_KEY")).isTrue();
        }
    }

    private static long historyRows(Database database) throws Exception {
        try (Connection c = database.dataSource().getConnection();
                ResultSet rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long countMigrationFiles() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.filter(f -> VERSIONED.matcher(f.getFileName().toString()).matches()).count();
        }
    }

    private static boolean columnExists(Database database, String table, String column) throws Exception {
        try (Connection c = database.dataSource().getConnection();
                ResultSet columns = c.getMetaData().getColumns(null, null, table, column)) {
            return columns.next();
        }
    }
}
