package dev.cloudgate.store;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The tenant store contract on PostgreSQL, each test in a schema of its own. */
@EnabledIfEnvironmentVariable(named = TestPostgres.URL_VARIABLE, matches = ".+", disabledReason = TestPostgres.SKIPPED)
class PostgresTenantStoreTest extends TenantStoreContract {
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
}
