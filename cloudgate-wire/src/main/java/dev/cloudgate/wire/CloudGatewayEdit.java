package dev.cloudgate.wire;

/**
 * The body of {@code PUT /cloud/gateways/{id}}: a {@code CloudGateway} of which every element is
 * optional and absent means unchanged (SPEC §5.7.4, §7 A6). {@code uid} is the root's UID attribute,
 * if any, which must not name another gateway.
 */
public record CloudGatewayEdit(
        Boolean enabled,
        String networkMode,
        String externalIp,
        Integer externalPort,
        Integer internalPort,
        String description,
        String uid) {

    public static final String ROOT = "CloudGateway";

    public static CloudGatewayEdit from(BodyNode body) {
        return new CloudGatewayEdit(
                Fields.bool(body, "Enabled"),
                Fields.text(body, "NetworkMode", "NetworkType"),
                Fields.text(body, "ExternalIP", "ExternalIp"),
                Fields.integer(body, "ExternalPort"),
                Fields.integer(body, "InternalPort"),
                Fields.text(body, "Description"),
                body.attribute("UID") != null ? body.attribute("UID") : Fields.text(body, "UID"));
    }
}
