package dev.cloudgate.client;

import dev.cloudgate.wire.Node;
import java.util.Objects;

/**
 * What {@link CloudgateClient#createGateway} sends: a {@code CreateCloudGatewaySpec} (SPEC §5.7.3).
 * Start from {@link #direct} or {@link #nat} and add the optional parts with the {@code with…} copies;
 * what is left null is left out, and the server applies its defaults (ports 6180).
 *
 * @param backupServer   the backup server, by UID, bare UUID or name
 * @param serverHostName a managed Windows server of that backup server; becomes the gateway's name
 * @param networkMode    {@code Direct} or {@code NAT}
 * @param externalIp     the public address; required for NAT
 * @param externalPort   the port tenants connect to, or null
 * @param internalPort   the port the gateway listens on, or null
 * @param description    a description, or null
 */
public record GatewaySpec(String backupServer, String serverHostName, NetworkMode networkMode, String externalIp,
        Integer externalPort, Integer internalPort, String description) {
    /** Requires the backup server, the host and the network mode. */
    public GatewaySpec {
        Objects.requireNonNull(backupServer, "backupServer");
        Objects.requireNonNull(serverHostName, "serverHostName");
        Objects.requireNonNull(networkMode, "networkMode");
    }

    /** A gateway that tenants reach at its own address. */
    public static GatewaySpec direct(String backupServer, String serverHostName) {
        return new GatewaySpec(backupServer, serverHostName, NetworkMode.Direct, null, null, null, null);
    }

    /** A gateway behind a NAT device whose public address is {@code externalIp}. */
    public static GatewaySpec nat(String backupServer, String serverHostName, String externalIp) {
        return new GatewaySpec(backupServer, serverHostName, NetworkMode.NAT, externalIp, null, null, null);
    }

    /** This spec with an explicit external address (for Direct, the gateway's own address). */
    public GatewaySpec withExternalIp(String ip) {
        return new GatewaySpec(backupServer, serverHostName, networkMode, ip, externalPort, internalPort, description);
    }

    /** This spec with the port tenants connect to. */
    public GatewaySpec withExternalPort(int port) {
        return new GatewaySpec(backupServer, serverHostName, networkMode, externalIp, port, internalPort, description);
    }

    /** This spec with the port the gateway listens on. */
    public GatewaySpec withInternalPort(int port) {
        return new GatewaySpec(backupServer, serverHostName, networkMode, externalIp, externalPort, port, description);
    }

    /** This spec with a description. */
    public GatewaySpec withDescription(String text) {
        return new GatewaySpec(backupServer, serverHostName, networkMode, externalIp, externalPort, internalPort, text);
    }

    /**
     * The body in the XSD order of SPEC §5.7.3. A UID or UUID goes into {@code BackupServerUid}, the
     * preferred element; a name into the legacy {@code BackupServerIdOrName}, which comes first.
     */
    Node toNode() {
        boolean byUid = Uids.isUidOrUuid(backupServer);
        return Node.element("CreateCloudGatewaySpec")
                .leafChild("BackupServerIdOrName", byUid ? null : backupServer)
                .leafChild("ServerHostName", serverHostName)
                .leafChild("Description", description)
                .leafChild("ExternalIp", externalIp)
                .leafChild("ExternalPort", externalPort)
                .leafChild("NetworkType", networkMode.name())
                .leafChild("InternalPort", internalPort)
                .leafChild("BackupServerUid", byUid ? backupServer : null);
    }
}
