package dev.cloudgate.client;

import dev.cloudgate.wire.Node;
import dev.cloudgate.wire.tenants.CreateCloudTenantSpec;
import dev.cloudgate.wire.tenants.DateTimes;
import dev.cloudgate.wire.tenants.DomainSpec;
import dev.cloudgate.wire.tenants.TenantType;
import dev.cloudgate.wire.tenants.ThrottlingUnit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What {@link CloudgateClient#createTenant} sends: a {@code CreateCloudTenantSpec} (SPEC-tenants §6.2),
 * read by the server with the wire module's {@link CreateCloudTenantSpec}. Start from {@link #standalone},
 * {@link #vcd} or {@link #activeDirectory} and add the optional parts with the {@code with…} copies;
 * what is left null is left out and the server applies its defaults (enabled, no lease, no throttling,
 * one concurrent task, no protection). Compute resources (hardware plans) are not offered here.
 * {@link #toString()} never shows the password.
 *
 * @param backupServer            the backup server, by UID, bare UUID or name
 * @param name                    the tenant's name (standalone: its logon name; vCD: the organization's; AD: {@code NETBIOS\account})
 * @param password                the password of a standalone tenant, else null
 * @param type                    the tenant type
 * @param description             a description, or null
 * @param enabled                 false to create it disabled, or null
 * @param leaseExpiration         when the tenant's account expires (in the future), or null for no lease
 * @param resources               the quotas to create with it, possibly none
 * @param throttlingEnabled       whether to throttle, or null
 * @param throttlingSpeedLimit    the throttling limit, or null
 * @param throttlingSpeedUnit     its unit, or null
 * @param publicIpCount           public IP addresses to give it, or null
 * @param maxConcurrentTasks      1–10000, or null
 * @param backupProtectionEnabled whether to keep deleted backups, or null
 * @param backupProtectionPeriod  for how many days (1–99), or null
 * @param organizationRef         the vCloud Director organization of a vCD tenant, else null
 * @param domain                  the directory of an Active Directory tenant, else null
 * @param gatewayPoolUids         the gateway pools to assign it to, by UID or bare UUID, possibly none
 * @param failoverToOtherGateways whether it may fail over to other gateways, or null
 */
public record TenantSpec(String backupServer, String name, String password, TenantType type, String description, Boolean enabled,
        Instant leaseExpiration, List<BackupResourceSpec> resources, Boolean throttlingEnabled, Integer throttlingSpeedLimit,
        ThrottlingUnit throttlingSpeedUnit, Integer publicIpCount, Integer maxConcurrentTasks, Boolean backupProtectionEnabled,
        Integer backupProtectionPeriod, String organizationRef, DomainSpec domain, List<String> gatewayPoolUids,
        Boolean failoverToOtherGateways) {

    /** Requires backup server, name and type; copies the lists. */
    public TenantSpec {
        Objects.requireNonNull(backupServer, "backupServer");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        resources = List.copyOf(resources);
        gatewayPoolUids = List.copyOf(gatewayPoolUids);
    }

    /** A standalone tenant that logs on as {@code name} with {@code password}. */
    public static TenantSpec standalone(String backupServer, String name, String password) {
        return new TenantSpec(backupServer, name, Objects.requireNonNull(password, "password"), TenantType.Standalone, null, null, null,
                List.of(), null, null, null, null, null, null, null, null, null, List.of(), null);
    }

    /** A vCloud Director tenant: the organization {@code organizationRef}, named {@code organizationName}. */
    public static TenantSpec vcd(String backupServer, String organizationName, String organizationRef) {
        return new TenantSpec(backupServer, organizationName, null, TenantType.vCD, null, null, null, List.of(), null, null, null, null,
                null, null, null, Objects.requireNonNull(organizationRef, "organizationRef"), null, List.of(), null);
    }

    /** An Active Directory tenant: {@code account} ({@code NETBIOS\name}) of the directory {@code domain}. */
    public static TenantSpec activeDirectory(String backupServer, String account, DomainSpec domain) {
        return new TenantSpec(backupServer, account, null, TenantType.ActiveDirectory, null, null, null, List.of(), null, null, null,
                null, null, null, null, null, Objects.requireNonNull(domain, "domain"), List.of(), null);
    }

    /** This spec with a description. */
    public TenantSpec withDescription(String text) {
        return with(d -> d.description = text);
    }

    /** This spec created enabled or disabled. */
    public TenantSpec withEnabled(boolean value) {
        return with(d -> d.enabled = value);
    }

    /** This spec with a lease that ends at {@code expiration}. */
    public TenantSpec withLease(Instant expiration) {
        return with(d -> d.leaseExpiration = expiration);
    }

    /** This spec with one more quota. */
    public TenantSpec withResource(BackupResourceSpec resource) {
        return with(d -> d.resources.add(resource));
    }

    /** This spec with throttling switched on at {@code limit} {@code unit}. */
    public TenantSpec withThrottling(int limit, ThrottlingUnit unit) {
        return with(d -> {
            d.throttlingEnabled = true;
            d.throttlingSpeedLimit = limit;
            d.throttlingSpeedUnit = unit;
        });
    }

    /** This spec with public IP addresses drawn from the backup server's pool. */
    public TenantSpec withPublicIpCount(int count) {
        return with(d -> d.publicIpCount = count);
    }

    /** This spec with a limit on concurrent tasks. */
    public TenantSpec withMaxConcurrentTasks(int count) {
        return with(d -> d.maxConcurrentTasks = count);
    }

    /** This spec keeping deleted backups for {@code days}. */
    public TenantSpec withBackupProtection(int days) {
        return with(d -> {
            d.backupProtectionEnabled = true;
            d.backupProtectionPeriod = days;
        });
    }

    /** This spec assigned to the given gateway pools. */
    public TenantSpec withGatewayPools(List<String> uids) {
        return with(d -> d.gatewayPoolUids = new ArrayList<>(uids));
    }

    /** This spec allowed (or not) to fail over to other gateways. */
    public TenantSpec withFailoverToOtherGateways(boolean value) {
        return with(d -> d.failoverToOtherGateways = value);
    }

    /** Everything but the password, which shows as {@code ***} when set. */
    @Override
    public String toString() {
        return "TenantSpec[backupServer=" + backupServer + ", name=" + name + ", password=" + (password == null ? null : "***")
                + ", type=" + type + ", description=" + description + ", enabled=" + enabled + ", leaseExpiration=" + leaseExpiration
                + ", resources=" + resources + ", throttlingEnabled=" + throttlingEnabled + ", throttlingSpeedLimit=" + throttlingSpeedLimit
                + ", throttlingSpeedUnit=" + throttlingSpeedUnit + ", publicIpCount=" + publicIpCount + ", maxConcurrentTasks="
                + maxConcurrentTasks + ", backupProtectionEnabled=" + backupProtectionEnabled + ", backupProtectionPeriod="
                + backupProtectionPeriod + ", organizationRef=" + organizationRef + ", domain=" + domain + ", gatewayPoolUids="
                + gatewayPoolUids + ", failoverToOtherGateways=" + failoverToOtherGateways + "]";
    }

    /**
     * The body in the element order of §6.2. A UID or UUID goes into {@code BackupServerUid}; a name
     * into the legacy {@code BackupServerIdOrName}, which comes first (as for gateways).
     */
    Node toNode() {
        boolean byUid = Uids.isUidOrUuid(backupServer);
        Node spec = Node.element(CreateCloudTenantSpec.ROOT)
                .leafChild("BackupServerIdOrName", byUid ? null : backupServer)
                .leafChild("Name", name)
                .leafChild("Description", description)
                .leafChild("Password", password)
                .leafChild("Enabled", enabled)
                .leafChild("LeaseExpirationDate", DateTimes.format(leaseExpiration));
        if (!resources.isEmpty()) {
            Node list = Node.list("Resources", "BackupResource");
            resources.forEach(r -> list.add(r.toItem()));
            spec.add(list);
        }
        spec.leafChild("ThrottlingEnabled", throttlingEnabled)
                .leafChild("ThrottlingSpeedLimit", throttlingSpeedLimit)
                .leafChild("ThrottlingSpeedUnit", throttlingSpeedUnit == null ? null : throttlingSpeedUnit.name())
                .leafChild("PublicIpCount", publicIpCount)
                .leafChild("BackupServerUid", byUid ? backupServer : null)
                .leafChild("MaxConcurrentTasks", maxConcurrentTasks)
                .leafChild("BackupProtectionEnabled", backupProtectionEnabled)
                .leafChild("BackupProtectionPeriod", backupProtectionPeriod)
                .leafChild("TenantType", type.name())
                .leafChild("OrganizationRef", organizationRef);
        if (!gatewayPoolUids.isEmpty()) {
            spec.add(PoolChanges.uidList("CloudGatewayPools", "CloudGatewayPoolUid", gatewayPoolUids));
        }
        spec.leafChild("FailoverToOtherGatewaysIfFail", failoverToOtherGateways);
        if (domain != null) {
            spec.add(Node.element("Domain").leafChild("DomainName", domain.domainName()).leafChild("DomainAccount", domain.domainAccount())
                    .leafChild("Port", domain.port()));
        }
        return spec;
    }

    private TenantSpec with(Consumer<Draft> change) {
        Draft d = new Draft(this);
        change.accept(d);
        return d.build();
    }

    /** A mutable copy, so that each {@code with…} names only what it changes. */
    private static final class Draft {
        final String backupServer;
        final String name;
        final String password;
        final TenantType type;
        String description;
        Boolean enabled;
        Instant leaseExpiration;
        final List<BackupResourceSpec> resources;
        Boolean throttlingEnabled;
        Integer throttlingSpeedLimit;
        ThrottlingUnit throttlingSpeedUnit;
        Integer publicIpCount;
        Integer maxConcurrentTasks;
        Boolean backupProtectionEnabled;
        Integer backupProtectionPeriod;
        final String organizationRef;
        final DomainSpec domain;
        List<String> gatewayPoolUids;
        Boolean failoverToOtherGateways;

        Draft(TenantSpec s) {
            backupServer = s.backupServer;
            name = s.name;
            password = s.password;
            type = s.type;
            description = s.description;
            enabled = s.enabled;
            leaseExpiration = s.leaseExpiration;
            resources = new ArrayList<>(s.resources);
            throttlingEnabled = s.throttlingEnabled;
            throttlingSpeedLimit = s.throttlingSpeedLimit;
            throttlingSpeedUnit = s.throttlingSpeedUnit;
            publicIpCount = s.publicIpCount;
            maxConcurrentTasks = s.maxConcurrentTasks;
            backupProtectionEnabled = s.backupProtectionEnabled;
            backupProtectionPeriod = s.backupProtectionPeriod;
            organizationRef = s.organizationRef;
            domain = s.domain;
            gatewayPoolUids = s.gatewayPoolUids;
            failoverToOtherGateways = s.failoverToOtherGateways;
        }

        TenantSpec build() {
            return new TenantSpec(backupServer, name, password, type, description, enabled, leaseExpiration, resources, throttlingEnabled,
                    throttlingSpeedLimit, throttlingSpeedUnit, publicIpCount, maxConcurrentTasks, backupProtectionEnabled,
                    backupProtectionPeriod, organizationRef, domain, gatewayPoolUids, failoverToOtherGateways);
        }
    }
}
