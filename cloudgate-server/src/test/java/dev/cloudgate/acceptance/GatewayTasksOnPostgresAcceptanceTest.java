package dev.cloudgate.acceptance;

import dev.cloudgate.store.RequiresPostgres;
import dev.cloudgate.store.TestPostgres;
import java.util.Map;

@RequiresPostgres
class GatewayTasksOnPostgresAcceptanceTest extends GatewayTasksAcceptance {
    @Override
    RunningServer startServer(Map<String, String> settings) {
        return RunningServer.startOnPostgres(settings);
    }
}
