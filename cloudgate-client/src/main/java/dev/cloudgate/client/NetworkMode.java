package dev.cloudgate.client;

import java.util.Locale;

/** How tenants reach a cloud gateway (SPEC §3.6, {@code CloudGatewayNetworkingMode}). */
public enum NetworkMode {
    /** Tenants connect to the gateway's own address. */
    Direct,
    /** Tenants connect to a NAT device's public address, forwarded to the gateway. */
    NAT;

    /** Reads the wire value case-insensitively; null stays null. */
    public static NetworkMode parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "direct" -> Direct;
            case "nat" -> NAT;
            default -> throw new IllegalArgumentException("network mode must be Direct or NAT; got '" + text + "'");
        };
    }
}
