package dev.cloudgate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The store contract on PostgreSQL, each test in a schema of its own. */
@RequiresPostgres
class PostgresStoreTest extends StoreContract {
    private TestPostgres.Schema schema;

    @Override
    Database openFreshDatabase() {
        schema = TestPostgres.freshSchema();
        return schema.open();
    }

    @Override
    void dropDatabase() {
        schema.close();
    }

    @Test
    void everyTextColumnIsInTheCodePointCollation() throws SQLException {
        List<String> others = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select table_name || '.' || column_name || ' ' || coalesce(collation_name, '(default)')"
                        + " from information_schema.columns where table_schema = current_schema()"
                        + " and table_name <> 'flyway_schema_history' and data_type in ('character varying', 'text', 'character')"
                        + " and collation_name is distinct from 'C'")) {
            while (rs.next()) {
                others.add(rs.getString(1));
            }
        }
        assertThat(others).isEmpty();
        assertThat(column("select count(*) from information_schema.columns where table_schema = current_schema()"
                + " and collation_name = 'C'", null)).isNotEqualTo("0");
    }
}
