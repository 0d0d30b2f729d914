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
            List<SeedTenant> tenants,
            List<CloudSeed.SeedRepository> repositories,
            List<CloudSeed.SeedWanAccelerator> wanAccelerators,
            List<CloudSeed.SeedHost> hosts,
            List<CloudSeed.SeedVlan> vlans,
            List<String> publicIps,
            List<CloudSeed.SeedHardwarePlan> hardwarePlans,
            List<CloudSeed.SeedOrganization> organizations,
            List<CloudSeed.SeedDomain> domains) {

        /** A backup server with the slice-1 fields only. */
        public SeedBackupServer(UUID id, String name, String description, Integer port, String version, Integer wcfPort,
                String certificateThumbprint, String ipOrDnsName, Boolean cloudConnect, List<SeedManagedServer> managedServers,
                List<SeedTenant> tenants) {
            this(id, name, description, port, version, wcfPort, certificateThumbprint, ipOrDnsName, cloudConnect, managedServers,
                    tenants, null, null, null, null, null, null, null, null);
        }
    }

    public record SeedManagedServer(UUID id, String name, String type, String description, String ip) {
    }

    /**
     * A tenant (SPEC-tenants §3.5); {@code id}, {@code name} and {@code enabled} as in slice 1, everything else
     * optional with the defaults of docs/seed.md. {@code password} is hashed on load; export writes {@code passwordHash}.
     */
    public record SeedTenant(
            UUID id,
            String name,
            Boolean enabled,
            String type,
            String organization,
            String domain,
            UUID domainAccountId,
            String description,
            String password,
            String passwordHash,
            String leaseExpiration,
            CloudSeed.SeedThrottling throttling,
            Integer maxConcurrentTasks,
            CloudSeed.SeedBackupProtection backupProtection,
            Boolean failoverToOtherGateways,
            Integer publicIpCount,
            String lastResult,
            String lastActive,
            CloudSeed.SeedCounters counters,
            CloudSeed.SeedFreeLicenseCounters freeLicenseCounters,
            List<CloudSeed.SeedBackupResource> backupResources,
            List<CloudSeed.SeedComputeResource> computeResources,
            List<CloudSeed.SeedTenantVdc> vdcs,
            List<CloudSeed.SeedSubtenant> subtenants) {

        public SeedTenant(UUID id, String name, Boolean enabled) {
            this(id, name, enabled, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null);
        }
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
