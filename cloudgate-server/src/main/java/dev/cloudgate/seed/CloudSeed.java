package dev.cloudgate.seed;

import java.util.List;
import java.util.UUID;

/**
 * The seed records of the tenant slice (SPEC-tenants §3), per backup server: its Cloud Connect
 * inventory and its full tenants. Field names are the YAML keys (docs/seed.md); null = default.
 */
public final class CloudSeed {
    private CloudSeed() {
    }

    /** §3.1: {@code kind} defaults to WindowsLocal; capacity and freeSpace are bytes. */
    public record SeedRepository(UUID id, String name, String kind, Long capacity, Long freeSpace) {
    }

    /** §3.1, with the defaults of {@code WanAccelerator}. */
    public record SeedWanAccelerator(UUID id, String name, String description, String version, Long cacheCapacityGb,
            Integer trafficPort, Integer connectionsCount, String cachePath, Boolean highBandwidthMode, Boolean outOfDate) {
    }

    /** §3.2: a VMware host lists its datastores; {@code parentType} defaults to HostSystem on VMware. */
    public record SeedHost(UUID id, String ref, String name, String platform, String parentType, List<SeedDatastore> datastores) {
    }

    public record SeedDatastore(String ref, String name, String type) {
    }

    /** §3.2: {@code host} is a host's ref or name; each range is {@code [left, right]}. */
    public record SeedVlan(UUID id, String host, String switchName, String switchId, String switchType, String clusterName,
            String clusterId, List<Integer> withInternet, List<Integer> withoutInternet) {
    }

    /** §3.3: VMware plans list {@code datastores}, Hyper-V plans {@code volumes}. */
    public record SeedHardwarePlan(UUID id, String name, String description, Integer cpuMhz, Integer memoryMb, String host,
            List<SeedPlanDatastore> datastores, List<SeedPlanVolume> volumes, Integer networksWithInternet,
            Integer networksWithoutInternet) {
    }

    public record SeedPlanDatastore(UUID id, String datastore, String friendlyName, Integer quotaGb) {
    }

    public record SeedPlanVolume(UUID id, String volumePath, String friendlyName, Integer quotaGb) {
    }

    /** §3.4. */
    public record SeedOrganization(UUID id, String ref, String name, List<SeedVdc> vdcs) {
    }

    public record SeedVdc(String ref, String name, String allocationModel, Boolean enabled) {
    }

    /** §3.4: accounts are written {@code NETBIOS\name}. */
    public record SeedDomain(UUID id, String name, String netbiosName, Integer port, List<String> accounts) {
    }

    public record SeedThrottling(Boolean enabled, Integer limit, String unit) {
    }

    public record SeedBackupProtection(Boolean enabled, Integer period) {
    }

    public record SeedCounters(Integer backupCount, Integer replicaCount, Integer workstationBackupCount, Integer serverBackupCount) {
    }

    public record SeedFreeLicenseCounters(Integer rentalVmBackupCount, Integer rentalWorkstationBackupCount,
            Integer rentalServerBackupCount, Integer newVmBackupCount, Integer newWorkstationBackupCount,
            Integer newServerBackupCount, Integer newVmReplicaCount) {
    }

    /** §3.5: {@code repository} and {@code wanAccelerator} by name or id. */
    public record SeedBackupResource(UUID id, String repository, String displayName, Long quotaMb, Long usedQuotaMb,
            String wanAccelerator) {
    }

    public record SeedAppliance(String name, String productionNetwork, Boolean obtainAutomatically, String ipAddress,
            String subnetMask, String defaultGateway, String distributedSwitchUuid, Boolean productionNetworkUnderDvs) {
    }

    /** §3.5: {@code plan} by name or id; {@code storageUsageGb} by the plan's storage item friendly name or id. */
    public record SeedComputeResource(UUID id, String plan, String wanAccelerator, Boolean useNetworkFailover,
            SeedAppliance appliance, Long memoryUsageMb, Integer cpuCount, java.util.Map<String, Long> storageUsageGb) {
    }

    public record SeedTenantVdc(UUID id, String vdc, Boolean useNetworkFailover, Long cpuUsageMhz, Long memoryUsageMb,
            Long storageUsageGb, String wanAccelerator) {
    }

    /** §3.5: {@code backupResource} is the id (or repository name) of one of the tenant's backup resources. */
    public record SeedSubtenant(UUID id, String name, String description, String password, String passwordHash, Boolean enabled,
            String backupResource, String quotaName, Long quotaMb, Boolean unlimited, Long usedQuotaMb, UUID quotaId) {
    }
}
