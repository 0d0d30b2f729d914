package dev.cloudgate.control;

import dev.cloudgate.cloud.GatewayStore;
import dev.cloudgate.infrastructure.InfrastructureStore;
import dev.cloudgate.infrastructure.ManagedServer;
import dev.cloudgate.store.Transactor;
import dev.cloudgate.tasks.TaskCommand;
import dev.cloudgate.tasks.TaskInterceptor;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Injects deployment faults into tasks that deploy to hosts ({@link TaskCommand#hosts()}). A fault
 * names a host the way a client would; it matches every name of that managed server (its name and
 * its IP address), and for a command that names a gateway, the gateway's own name.
 */
public record TaskFaults(Faults faults, Transactor tx, InfrastructureStore infrastructure, GatewayStore gateways) implements TaskInterceptor {
    @Override
    public void beforeApply(String operation, TaskCommand command) throws InterruptedException {
        if (faults.anyForHosts()) {
            faults.onTask(operation, tx.inTransaction(() -> hostNames(command)));
        }
    }

    @Override
    public boolean passesThrough() {
        return !faults.anyForHosts();
    }

    private Set<String> hostNames(TaskCommand command) {
        Set<String> names = new HashSet<>();
        for (TaskCommand.HostRef host : command.hosts()) {
            Optional<ManagedServer> server = switch (host) {
                case TaskCommand.HostRef.Named named -> {
                    add(names, named.name());
                    yield infrastructure.managedServerByHost(named.backupServerId(), named.name());
                }
                case TaskCommand.HostRef.OfGateway ofGateway -> {
                    var gateway = gateways.find(ofGateway.gatewayId());
                    gateway.ifPresent(g -> add(names, g.name()));
                    yield gateway.flatMap(g -> infrastructure.managedServer(g.managedServerId()));
                }
            };
            server.ifPresent(m -> {
                add(names, m.name());
                add(names, m.ipAddress());
            });
        }
        return names;
    }

    private static void add(Set<String> names, String name) {
        if (name != null) {
            names.add(name.trim().toLowerCase(Locale.ROOT));
        }
    }
}
