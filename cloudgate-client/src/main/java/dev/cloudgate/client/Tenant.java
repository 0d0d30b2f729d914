package dev.cloudgate.client;

import dev.cloudgate.wire.Link;
import dev.cloudgate.wire.tenants.TenantType;
import dev.cloudgate.wire.tenants.ThrottlingUnit;
import java.time.Instant;
import java.util.List;

/**
 * A Cloud Connect tenant entity (SPEC-tenants §4.2). Its password is write-only: no answer carries it.
 *
 * @param uid                     {@code urn:veeam:CloudTenant:<uuid>}
 * @param name                    the tenant's name (for a standalone tenant, its logon name)
 * @param href                    the entity Href
 * @param type                    Standalone, vCD or ActiveDirectory
 * @param description             the description, possibly empty
 * @param enabled                 whether the tenant may connect
 * @param lease                   the lease: {@link Lease#NONE} when there is none
 * @param resources               the backup resources (quotas), without their links
 * @param lastResult              {@code None}, {@code Success}, {@code Warning} or {@code Failed}
 * @param lastActive              when the tenant was last active, or null when unknown
 * @param throttling              bandwidth throttling
 * @param publicIpCount           public IP addresses given to the tenant
 * @param maxConcurrentTasks      tasks the tenant may run at once
 * @param backupProtection        deleted-backup protection
 * @param counters                the usage counters (backups, replicas, workstation and server backups)
 * @param gatewayPoolUids         the UIDs of the gateway pools the tenant is assigned to
 * @param failoverToOtherGateways whether the tenant may fail over to other gateways (only meaningful with pools)
 * @param links                   the entity's links
 */
public record Tenant(String uid, String name, String href, TenantType type, String description, boolean enabled, Lease lease,
        List<BackupResource> resources, String lastResult, Instant lastActive, Throttling throttling, int publicIpCount,
        int maxConcurrentTasks, BackupProtection backupProtection, Counters counters, List<String> gatewayPoolUids,
        boolean failoverToOtherGateways, List<Link> links) {

    /** Copies the lists. */
    public Tenant {
        resources = List.copyOf(resources);
        gatewayPoolUids = List.copyOf(gatewayPoolUids);
        links = List.copyOf(links);
    }

    /**
     * A tenant's lease ({@code LeaseOptions}).
     *
     * @param enabled    whether the tenant's account expires
     * @param expiration when it expires, or null
     */
    public record Lease(boolean enabled, Instant expiration) {
        /** No lease: the account does not expire. */
        public static final Lease NONE = new Lease(false, null);
    }

    /**
     * Bandwidth throttling of the tenant's traffic.
     *
     * @param enabled    whether it is on
     * @param speedLimit the limit, in {@code unit}
     * @param unit       {@code Mbps}, {@code KBps} or {@code MBps}
     */
    public record Throttling(boolean enabled, int speedLimit, ThrottlingUnit unit) {
    }

    /**
     * Protection of deleted backups.
     *
     * @param enabled    whether deleted backups are kept
     * @param periodDays for how many days (1–99)
     */
    public record BackupProtection(boolean enabled, int periodDays) {
    }

    /**
     * Usage counters; seeded, never moved by cloudgate.
     *
     * @param backups            {@code BackupCount}
     * @param replicas           {@code ReplicaCount}
     * @param workstationBackups {@code WorkStationBackupCount}
     * @param serverBackups      {@code ServerBackupCount}
     */
    public record Counters(int backups, int replicas, int workstationBackups, int serverBackups) {
    }

    /** The tenant's bare UUID, as used in paths. */
    public String id() {
        return Uids.idOf(uid);
    }

    /** The name of the backup server the tenant belongs to (its {@code Up} link). */
    public String backupServerName() {
        return Uids.find(links, "Up", null).map(Link::name).orElse(null);
    }

    /** The id of the backup server the tenant belongs to (from its {@code Up} link). */
    public String backupServerId() {
        return Uids.find(links, "Up", null).map(l -> Uids.idOfHref(l.href())).orElse(null);
    }

    static Tenant from(Doc d) {
        Doc lease = d.child("LeaseOptions");
        return new Tenant(d.text("UID"), d.text("Name"), d.text("Href"), type(d.child("TenantType")), d.text("Description"),
                !Boolean.FALSE.equals(d.bool("Enabled")),
                lease == null || !Boolean.TRUE.equals(lease.bool("Enabled")) ? Lease.NONE : new Lease(true, lease.instant("ExpirationDate")),
                d.items("Resources", "CloudTenantResource").stream().map(BackupResource::from).toList(),
                d.text("LastResult"), d.instant("LastActive"),
                new Throttling(Boolean.TRUE.equals(d.bool("ThrottlingEnabled")), orZero(d.integer("ThrottlingSpeedLimit")),
                        ThrottlingUnit.parse(d.text("ThrottlingSpeedUnit")).orElse(null)),
                orZero(d.integer("PublicIpCount")), orZero(d.integer("MaxConcurrentTasks")),
                new BackupProtection(Boolean.TRUE.equals(d.bool("BackupProtectionEnabled")), orZero(d.integer("BackupProtectionPeriod"))),
                new Counters(orZero(d.integer("BackupCount")), orZero(d.integer("ReplicaCount")), orZero(d.integer("WorkStationBackupCount")),
                        orZero(d.integer("ServerBackupCount"))),
                d.texts("CloudGatewayPools", "CloudGatewayPoolUid"), Boolean.TRUE.equals(d.bool("FailoverToOtherGatewaysIfFail")), d.links());
    }

    /** {@code TenantType} holds one element that names the type (§4.2). */
    private static TenantType type(Doc tenantType) {
        if (tenantType == null) {
            return null;
        }
        if (tenantType.child("vCloudTenant") != null) {
            return TenantType.vCD;
        }
        if (tenantType.child("ADTenantType") != null) {
            return TenantType.ActiveDirectory;
        }
        return TenantType.Standalone;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
