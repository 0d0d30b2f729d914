package dev.cloudgate.acceptance;

import dev.cloudgate.store.RequiresPostgres;
import java.util.Map;

@RequiresPostgres
class PlanSubtenantVlanQueryOnPostgresAcceptanceTest extends PlanSubtenantVlanQueryAcceptance {
    @Override
    RunningServer startServer() {
        return RunningServer.startOnPostgres(Map.of());
    }
}
