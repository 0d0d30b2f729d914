package dev.cloudgate.acceptance;

import org.junit.jupiter.api.extension.RegisterExtension;

class GatewayTasksOnH2AcceptanceTest extends GatewayTasksAcceptance {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension(GatewayTasksAcceptance::settings);

    @Override
    ServerExtension server() {
        return server;
    }
}
