package dev.cloudgate.control;

import dev.cloudgate.cloud.GatewayStore;
import dev.cloudgate.infrastructure.InfrastructureStore;
import dev.cloudgate.infrastructure.ManagedServer;
import dev.cloudgate.store.Transactor;
import dev.cloudgate.tasks.TaskInterceptor;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Injects deployment faults into gateway tasks. A fault names a host the way a client would; it
 * matches every name of that managed server (its name and its IP address), and for edit and delete
 * the gateway's own name, since their payloads carry only the gateway id.
 */
public final class TaskFaults implements TaskInterceptor {
    private final Faults faults;
    private final Transactor tx;
    private final InfrastructureStore infrastructure;
    private final GatewayStore gateways;

    public TaskFaults(Faults faults, Transactor tx, InfrastructureStore infrastructure, GatewayStore gateways) {
        this.faults = faults;
        this.tx = tx;
        this.infrastructure = infrastructure;
        this.gateways = gateways;
    }

    @Override
    public void beforeApply(String operation, Map<String, String> payload) throws InterruptedException {
        if (faults.anyForHosts()) {
            faults.onTask(operation, tx.inTransaction(() -> hostNames(payload)));
        }
    }

    private Set<String> hostNames(Map<String, String> payload) {
        Set<String> names = new HashSet<>();
        Optional<ManagedServer> server = Optional.empty();
        String host = payload.get("host");
        if (host != null) {
            add(names, host);
            String backupServerId = payload.get("backupServerId");
            if (backupServerId != null) {
                server = infrastructure.managedServerByHost(UUID.fromString(backupServerId), host);
            }
        }
        String gatewayId = payload.get("gatewayId");
        if (gatewayId != null) {
            var gateway = gateways.find(UUID.fromString(gatewayId));
            gateway.ifPresent(g -> add(names, g.name()));
            server = gateway.flatMap(g -> infrastructure.managedServer(g.managedServerId()));
        }
        server.ifPresent(m -> {
            add(names, m.name());
            add(names, m.ipAddress());
        });
        return names;
    }

    private static void add(Set<String> names, String name) {
        if (name != null) {
            names.add(name.trim().toLowerCase(Locale.ROOT));
        }
    }
}
