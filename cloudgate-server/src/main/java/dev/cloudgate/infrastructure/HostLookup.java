package dev.cloudgate.infrastructure;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a host named by a client finds its managed server (SPEC §8 B2): after trimming and ignoring
 * case, by name first, then by IP address; the first server in creation order wins a tie. Built
 * once per backup server, so that a seed of 100,000 gateways stays linear.
 */
public final class HostLookup {
    private final Map<String, ManagedServer> byKey = new HashMap<>();

    private HostLookup(List<ManagedServer> servers) {
        for (ManagedServer server : servers) {
            byKey.putIfAbsent(key(server.name()), server);
        }
        for (ManagedServer server : servers) {
            if (server.ipAddress() != null) {
                byKey.putIfAbsent(key(server.ipAddress()), server);
            }
        }
    }

    /** {@code servers}: the managed servers of one backup server, in creation order. */
    public static HostLookup of(List<ManagedServer> servers) {
        return new HostLookup(servers);
    }

    public Optional<ManagedServer> find(String host) {
        return host == null ? Optional.empty() : Optional.ofNullable(byKey.get(key(host)));
    }

    /** The form names and addresses are compared in; the store keeps it beside each managed server. */
    public static String key(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }
}
