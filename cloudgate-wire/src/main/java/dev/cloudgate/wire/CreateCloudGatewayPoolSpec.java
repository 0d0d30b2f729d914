package dev.cloudgate.wire;

import java.util.List;

/** The body of {@code POST /cloud/gatewayPools} (SPEC §5.8.4), as sent. */
public record CreateCloudGatewayPoolSpec(
        String name,
        String description,
        List<String> cloudGatewayUids,
        List<String> cloudTenantUids,
        String backupServerUid,
        String backupServerIdOrName) {

    public static final String ROOT = "CreateCloudGatewayPoolSpec";

    public static CreateCloudGatewayPoolSpec from(BodyNode body) {
        return new CreateCloudGatewayPoolSpec(
                Fields.text(body, "Name"),
                Fields.text(body, "Description"),
                Fields.list(body, "CloudGateways"),
                Fields.list(body, "CloudTenants"),
                Fields.text(body, "BackupServerUid"),
                Fields.text(body, "BackupServerIdOrName"));
    }
}
