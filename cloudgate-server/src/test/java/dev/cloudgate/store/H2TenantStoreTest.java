package dev.cloudgate.store;

import java.util.UUID;

/** The tenant store contract on the embedded database. */
class H2TenantStoreTest extends TenantStoreContract {
    @Override
    Database openFreshDatabase() {
        return Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "", 20);
    }
}
