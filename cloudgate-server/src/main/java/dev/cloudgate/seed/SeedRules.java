package dev.cloudgate.seed;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * docs/seed.md's rules that span records, checked on the parsed seed before anything reaches the store, so
 * that a refusal names the record and the field instead of surfacing as a database constraint with its SQL.
 * Rules about one record (required fields, known roles and types, hosts and members that exist) stay where
 * the record is loaded, in {@link SeedLoader}.
 */
final class SeedRules {
    /** Every id of the seed, whatever its kind, with the record that first used it. */
    private final Map<UUID, String> ids = new HashMap<>();

    private SeedRules() {
    }

    static void check(Seed seed) {
        new SeedRules().checkAll(seed);
    }

    private void checkAll(Seed seed) {
        Map<String, String> backupServerKeys = new HashMap<>(); // name or id, lower case → name
        for (int i = 0; i < list(seed.backupServers()).size(); i++) {
            Seed.SeedBackupServer s = seed.backupServers().get(i);
            String server = "backupServers[" + i + "]" + named(s.name());
            id(s.id(), server);
            if (s.name() != null && backupServerKeys.put(key(s.name()), s.name()) != null) {
                throw refused(server, "name", "'" + s.name() + "' is the name of another backup server");
            }
            if (s.id() != null) {
                backupServerKeys.put(key(s.id().toString()), s.name());
            }
            Map<String, String> hosts = new HashMap<>();
            for (int m = 0; m < list(s.managedServers()).size(); m++) {
                Seed.SeedManagedServer managed = s.managedServers().get(m);
                String record = server + ".managedServers[" + m + "]" + named(managed.name());
                id(managed.id(), record);
                if (managed.name() != null && hosts.put(key(managed.name()), record) != null) {
                    throw refused(record, "name", "'" + managed.name() + "' is the name of another managed server of this backup server");
                }
            }
            Map<String, String> tenants = new HashMap<>();
            for (int t = 0; t < list(s.tenants()).size(); t++) {
                Seed.SeedTenant tenant = s.tenants().get(t);
                String record = server + ".tenants[" + t + "]" + named(tenant.name());
                id(tenant.id(), record);
                if (tenant.name() != null && tenants.put(key(tenant.name()), record) != null) {
                    throw refused(record, "name", "'" + tenant.name() + "' is the name of another tenant of this backup server");
                }
            }
        }
        Map<String, String> users = new HashMap<>();
        for (int i = 0; i < list(seed.users()).size(); i++) {
            Seed.SeedUser u = seed.users().get(i);
            String record = "users[" + i + "]" + named(u.name());
            // Logon matches names case-insensitively: two spellings of one name would be one account.
            if (u.name() != null && users.put(key(u.name()), record) != null) {
                throw refused(record, "name", "'" + u.name() + "' is the name of another user");
            }
        }
        // Gateways by backup server and host: one gateway per managed server (SPEC §8 B3); pools name them by host or id.
        Map<String, String> gatewayByRef = new HashMap<>(); // backup server name + host or id → the gateway's record
        for (int i = 0; i < list(seed.gateways()).size(); i++) {
            Seed.SeedGateway g = seed.gateways().get(i);
            String record = "gateways[" + i + "]" + named(g.host());
            id(g.id(), record);
            String server = g.backupServer() == null ? null : backupServerKeys.get(key(g.backupServer()));
            if (server == null || g.host() == null) {
                continue; // SeedLoader names what is missing or unknown
            }
            String previous = gatewayByRef.put(key(server) + '\u0000' + key(g.host().trim()), record);
            if (previous != null) {
                throw refused(record, "host", "'" + g.host() + "' already has a gateway, " + previous + " (one gateway per managed server)");
            }
            if (g.id() != null) {
                gatewayByRef.put(key(server) + '\u0000' + key(g.id().toString()), record);
            }
        }
        Map<String, String> poolNames = new HashMap<>();
        Map<String, String> poolOfGateway = new HashMap<>();
        for (int i = 0; i < list(seed.pools()).size(); i++) {
            Seed.SeedPool p = seed.pools().get(i);
            String record = "pools[" + i + "]" + named(p.name());
            id(p.id(), record);
            String server = p.backupServer() == null ? null : backupServerKeys.get(key(p.backupServer()));
            if (server == null || p.name() == null) {
                continue;
            }
            if (poolNames.put(key(server) + '\u0000' + key(p.name().trim()), record) != null) {
                throw refused(record, "name", "'" + p.name() + "' is the name of another pool of " + server);
            }
            for (String ref : list(p.gateways())) {
                String gateway = ref == null ? null : gatewayByRef.get(key(server) + '\u0000' + key(ref.trim()));
                if (gateway == null) {
                    continue;
                }
                String other = poolOfGateway.put(gateway, record);
                if (other != null && !other.equals(record)) {
                    throw refused(record, "gateways", "'" + ref + "' (" + gateway + ") is already a member of " + other
                            + " (a gateway belongs to at most one pool)");
                }
            }
        }
    }

    private void id(UUID id, String record) {
        if (id == null) {
            return;
        }
        String first = ids.putIfAbsent(id, record);
        if (first != null) {
            throw refused(record, "id", id + " is already the id of " + first);
        }
    }

    private static IllegalArgumentException refused(String record, String field, String problem) {
        return new IllegalArgumentException("seed: " + record + ", " + field + ": " + problem);
    }

    private static String named(String name) {
        return name == null ? "" : " (" + name + ")";
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
