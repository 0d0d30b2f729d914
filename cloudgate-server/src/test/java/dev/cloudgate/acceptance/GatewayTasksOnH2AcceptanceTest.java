package dev.cloudgate.acceptance;

import java.util.Map;

class GatewayTasksOnH2AcceptanceTest extends GatewayTasksAcceptance {
    @Override
    RunningServer startServer(Map<String, String> settings) {
        return RunningServer.start(settings);
    }
}
