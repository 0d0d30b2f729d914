package dev.cloudgate.wire;

import java.util.List;

/**
 * The body of {@code PUT /cloud/gatewayPools/{id}} (SPEC §5.8.5, §7 A11): the name comes from a
 * {@code Name} element, else from the root's {@code Name} attribute; null lists mean unchanged.
 */
public record CloudGatewayPoolEdit(
        String name,
        String description,
        List<String> cloudGatewayUids,
        List<String> cloudTenantUids) {

    public static final String ROOT = "CloudGatewayPool";

    public static CloudGatewayPoolEdit from(BodyNode body) {
        String name = Fields.text(body, "Name");
        return new CloudGatewayPoolEdit(
                name != null ? name : body.attribute("Name"),
                Fields.text(body, "Description"),
                Fields.list(body, "CloudGateways"),
                Fields.list(body, "CloudTenants"));
    }
}
