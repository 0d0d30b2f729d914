package dev.cloudgate.console;

import dev.cloudgate.auth.SessionService;
import dev.cloudgate.cloud.GatewayStore;
import dev.cloudgate.cloud.PoolStore;
import dev.cloudgate.infrastructure.InfrastructureStore;
import dev.cloudgate.store.Transactor;
import org.eclipse.jetty.server.Handler;

/** Assembles the web console; the one entry point for the composition root. */
public final class Console {
    /** Open change streams at most (a tab holds one); more are refused with 503 rather than piling up. */
    static final int MAX_STREAMS = 64;

    private Console() {
    }

    /**
     * @param control the handler of the control API, which the console calls on a Portal
     *     Administrator's behalf under {@code controlPrefix} with {@code adminToken}
     */
    public static ConsoleHandler handler(Transactor tx, SessionService sessions, InfrastructureStore infrastructure,
            GatewayStore gateways, PoolStore pools, Handler control, String controlPrefix, String adminToken) {
        ConsoleReads reads = new ConsoleReads(tx, infrastructure, gateways, pools);
        ChangeFeed feed = new ChangeFeed(reads::probe, MAX_STREAMS);
        return new ConsoleHandler(sessions, reads, feed, control, controlPrefix, adminToken);
    }
}
