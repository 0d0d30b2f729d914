package dev.cloudgate.acceptance;

class PlanSubtenantVlanQueryOnH2AcceptanceTest extends PlanSubtenantVlanQueryAcceptance {
    @Override
    RunningServer startServer() {
        return RunningServer.start();
    }
}
