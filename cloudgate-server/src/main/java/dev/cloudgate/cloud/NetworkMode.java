package dev.cloudgate.cloud;

import dev.cloudgate.failure.Failure;
import java.util.Locale;

/** CloudGatewayNetworkingMode, in declared order; input is case-insensitive (SPEC §7 A4). */
public enum NetworkMode {
    Direct, NAT;

    public static NetworkMode parse(String text, String element) {
        if (text != null) {
            switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "direct" -> {
                    return Direct;
                }
                case "nat" -> {
                    return NAT;
                }
                default -> { }
            }
        }
        throw Failure.invalid("Element '" + element + "' must be Direct or NAT; got '" + text + "'.");
    }
}
