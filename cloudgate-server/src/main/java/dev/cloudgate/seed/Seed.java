package dev.cloudgate.seed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/**
 * A seed file: the inventory, users and optionally gateways and gateway pools a store starts with. The shape is the
 * YAML document users write (see docs/seed.md); every list may be left out.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Seed(List<SeedBackupServer> backupServers, List<SeedUser> users, List<SeedGateway> gateways, List<SeedPool> pools) {

    public Seed {
        backupServers = backupServers == null ? List.of() : List.copyOf(backupServers);
        users = users == null ? List.of() : List.copyOf(users);
        gateways = gateways == null ? List.of() : List.copyOf(gateways);
        pools = pools == null ? List.of() : List.copyOf(pools);
    }

    public Seed(List<SeedBackupServer> backupServers, List<SeedUser> users, List<SeedGateway> gateways) {
        this(backupServers, users, gateways, List.of());
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

    /**
     * A gateway pool that exists from the start. {@code gateways} name member gateways by id or by host
     * (their name); {@code tenants} name tenants of the same backup server by id or by name.
     */
    public record SeedPool(UUID id, String backupServer, String name, String description, List<String> gateways,
            List<String> tenants) {
    }
}
