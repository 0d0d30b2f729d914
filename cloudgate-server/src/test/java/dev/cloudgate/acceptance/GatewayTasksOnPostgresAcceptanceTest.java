package dev.cloudgate.acceptance;

import dev.cloudgate.store.TestPostgres;
import java.util.Map;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

@EnabledIfEnvironmentVariable(named = TestPostgres.URL_VARIABLE, matches = ".+", disabledReason = TestPostgres.SKIPPED)
class GatewayTasksOnPostgresAcceptanceTest extends GatewayTasksAcceptance {
    @Override
    RunningServer startServer(Map<String, String> settings) {
        return RunningServer.startOnPostgres(settings);
    }
}
