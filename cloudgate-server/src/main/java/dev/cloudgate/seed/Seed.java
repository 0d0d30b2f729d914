package dev.cloudgate.seed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/**
 * A seed file: the inventory, users and optionally gateways a store starts with. The shape is the
 * YAML document users write (see docs/seed.md); every list may be left out.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Seed(List<SeedBackupServer> backupServers, List<SeedUser> users, List<SeedGateway> gateways) {

    public Seed {
        backupServers = backupServers == null ? List.of() : List.copyOf(backupServers);
        users = users == null ? List.of() : List.copyOf(users);
        gateways = gateways == null ? List.of() : List.copyOf(gateways);
    }

    public record SeedBackupServer(
            UUID id,
            String name,
            String description,
            Integer port,
            String version,
            Integer wcfPort,
            String certificateThumbprint,
            String ipOrDnsName,
            Boolean cloudConnect,
            List<SeedManagedServer> managedServers,
            List<SeedTenant> tenants) {
    }

    public record SeedManagedServer(UUID id, String name, String type, String description, String ip) {
    }

    public record SeedTenant(UUID id, String name, Boolean enabled) {
    }

    /** A user: {@code password} (hashed on load) or a ready {@code passwordHash}, and one of the three roles. */
    public record SeedUser(String name, String password, String passwordHash, String role) {
    }

    /** A gateway that exists from the start, on the managed server named by {@code host}. */
    public record SeedGateway(
            UUID id,
            String backupServer,
            String host,
            Boolean enabled,
            String networkMode,
            String externalIp,
            Integer externalPort,
            Integer internalPort,
            String description) {
    }
}
