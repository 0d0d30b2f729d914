package dev.cloudgate.acceptance;

import org.junit.jupiter.api.extension.RegisterExtension;

class PlanSubtenantVlanQueryOnH2AcceptanceTest extends PlanSubtenantVlanQueryAcceptance {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();

    @Override
    ServerExtension server() {
        return server;
    }
}
