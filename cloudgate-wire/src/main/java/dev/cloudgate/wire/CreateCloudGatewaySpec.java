package dev.cloudgate.wire;

/**
 * The body of {@code POST /cloud/gateways} (SPEC §5.7.3), as sent: values are not yet judged
 * beyond their type. Aliases are folded: {@code ExternalIP} into {@code externalIp},
 * {@code NetworkMode} into {@code networkType}.
 */
public record CreateCloudGatewaySpec(
        String backupServerIdOrName,
        String serverHostName,
        String description,
        Integer incomingPort,
        String externalIp,
        Integer externalPort,
        String networkType,
        Integer internalPort,
        String backupServerUid) {

    public static final String ROOT = "CreateCloudGatewaySpec";

    public static CreateCloudGatewaySpec from(BodyNode body) {
        return new CreateCloudGatewaySpec(
                Fields.text(body, "BackupServerIdOrName"),
                Fields.text(body, "ServerHostName"),
                Fields.text(body, "Description"),
                Fields.integer(body, "IncomingPort"),
                Fields.text(body, "ExternalIp", "ExternalIP"),
                Fields.integer(body, "ExternalPort"),
                Fields.text(body, "NetworkType", "NetworkMode"),
                Fields.integer(body, "InternalPort"),
                Fields.text(body, "BackupServerUid"));
    }
}
