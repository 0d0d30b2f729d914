package dev.cloudgate.store;

import java.util.UUID;

/** The store contract on the embedded database, as every server without a JDBC URL uses it. */
class H2StoreTest extends StoreContract {
    @Override
    Database openFreshDatabase() {
        // The same settings as the embedded store's file URL (Config.effectiveJdbcUrl), in memory.
        return Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "", 20);
    }

    @Override
    void dropDatabase() {
        // DB_CLOSE_DELAY=-1 keeps an in-memory database until shutdown; nothing refers to it any more.
    }
}
