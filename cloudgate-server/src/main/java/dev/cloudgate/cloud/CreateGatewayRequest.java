package dev.cloudgate.cloud;

/**
 * What a client asked for in {@code POST /cloud/gateways}, before it is judged. Integers are null
 * when absent; {@code networkType} null means "not sent" (strictness decides whether that is allowed).
 */
public record CreateGatewayRequest(
        String backupServerUid,
        String backupServerIdOrName,
        String serverHostName,
        String description,
        Integer incomingPort,
        String externalIp,
        Integer externalPort,
        String networkType,
        Integer internalPort) {
}
