package dev.cloudgate.cloud;

import dev.cloudgate.tasks.TaskCommand;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The gateway operations as task commands (SPEC §5.7, §8), registered in {@link GatewayOperations}.
 * Component names are the stored JSON keys: never rename one.
 */
public sealed interface GatewayCommand extends TaskCommand {

    /** SPEC §5.7.3, judged by {@link GatewayService}: ports are final, {@code externalIp} null means "the host's own address". */
    record Create(UUID backupServerId, String host, String description, NetworkMode networkMode, String externalIp, int externalPort,
            int internalPort) implements GatewayCommand {
        public Create {
            Objects.requireNonNull(backupServerId, "backupServerId");
            Objects.requireNonNull(networkMode, "networkMode");
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("host is required");
            }
            description = description == null ? "" : description;
            if (networkMode == NetworkMode.NAT && externalIp == null) {
                throw new IllegalArgumentException("NAT needs an external IP");
            }
            Ports.require(externalPort);
            Ports.require(internalPort);
        }

        @Override
        public String target() {
            return "host " + host;
        }

        @Override
        public List<HostRef> hosts() {
            return List.of(new HostRef.Named(backupServerId, host));
        }
    }

    /** A command on an existing gateway: it targets that gateway and deploys to the server it runs on. */
    sealed interface OnGateway extends GatewayCommand {
        UUID gatewayId();

        @Override
        default String target() {
            return "gateway " + gatewayId();
        }

        @Override
        default List<HostRef> hosts() {
            return List.of(new HostRef.OfGateway(gatewayId()));
        }
    }

    /** SPEC §5.7.4, §7 A6: null means unchanged. */
    record Edit(UUID gatewayId, NetworkMode networkMode, String externalIp, Integer externalPort, Integer internalPort, Boolean enabled,
            String description) implements OnGateway {
        public Edit {
            Objects.requireNonNull(gatewayId, "gatewayId");
            if (externalPort != null) {
                Ports.require(externalPort);
            }
            if (internalPort != null) {
                Ports.require(internalPort);
            }
        }
    }

    record Delete(UUID gatewayId) implements OnGateway {
        public Delete {
            Objects.requireNonNull(gatewayId, "gatewayId");
        }
    }
}
