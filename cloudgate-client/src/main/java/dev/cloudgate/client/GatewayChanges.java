package dev.cloudgate.client;

import dev.cloudgate.wire.Node;

/**
 * What {@link CloudgateClient#editGateway} sends: the elements of a {@code CloudGateway} to change
 * (SPEC §5.7.4). Null means unchanged; an empty description clears it. Start from {@link #none()}:
 * <pre>{@code GatewayChanges.none().withEnabled(false).withExternalPort(6181)}</pre>
 *
 * @param enabled      enable or disable, or null
 * @param networkMode  the new network mode, or null
 * @param externalIp   the new external address, or null
 * @param externalPort the new external port, or null
 * @param internalPort the new internal port, or null
 * @param description  the new description ({@code ""} clears it), or null
 */
public record GatewayChanges(Boolean enabled, NetworkMode networkMode, String externalIp, Integer externalPort,
        Integer internalPort, String description) {

    /** No change at all; add changes with the {@code with…} copies. */
    public static GatewayChanges none() {
        return new GatewayChanges(null, null, null, null, null, null);
    }

    /** These changes, plus enabling or disabling the gateway. */
    public GatewayChanges withEnabled(boolean value) {
        return new GatewayChanges(value, networkMode, externalIp, externalPort, internalPort, description);
    }

    /** These changes, plus a new network mode. */
    public GatewayChanges withNetworkMode(NetworkMode value) {
        return new GatewayChanges(enabled, value, externalIp, externalPort, internalPort, description);
    }

    /** These changes, plus a new external address. */
    public GatewayChanges withExternalIp(String value) {
        return new GatewayChanges(enabled, networkMode, value, externalPort, internalPort, description);
    }

    /** These changes, plus a new external port. */
    public GatewayChanges withExternalPort(int value) {
        return new GatewayChanges(enabled, networkMode, externalIp, value, internalPort, description);
    }

    /** These changes, plus a new internal port. */
    public GatewayChanges withInternalPort(int value) {
        return new GatewayChanges(enabled, networkMode, externalIp, externalPort, value, description);
    }

    /** These changes, plus a new description. */
    public GatewayChanges withDescription(String value) {
        return new GatewayChanges(enabled, networkMode, externalIp, externalPort, internalPort, value);
    }

    /** The body: a {@code CloudGateway} with only the changed elements, in entity order (SPEC §3.6). */
    Node toNode() {
        return Node.element("CloudGateway")
                .leafChild("Enabled", enabled)
                .leafChild("NetworkMode", networkMode == null ? null : networkMode.name())
                .leafChild("ExternalIP", externalIp)
                .leafChild("ExternalPort", externalPort)
                .leafChild("InternalPort", internalPort)
                .leafChild("Description", description);
    }
}
