package dev.cloudgate.cloud;

/** What a client asked for in {@code PUT /cloud/gateways/{id}}; null means unchanged (SPEC §7 A6); the body's identity
 * attributes are not part of it: the path names the gateway (A39). */
public record EditGatewayRequest(
        Boolean enabled,
        String networkMode,
        String externalIp,
        Integer externalPort,
        Integer internalPort,
        String description) {
}
