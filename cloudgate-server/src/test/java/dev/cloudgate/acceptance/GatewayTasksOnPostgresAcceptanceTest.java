package dev.cloudgate.acceptance;

import dev.cloudgate.store.RequiresPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;

@RequiresPostgres
class GatewayTasksOnPostgresAcceptanceTest extends GatewayTasksAcceptance {
    @RegisterExtension
    static final ServerExtension server = ServerExtension.onPostgres(GatewayTasksAcceptance::settings);

    @Override
    ServerExtension server() {
        return server;
    }
}
