package dev.cloudgate.client;

import dev.cloudgate.wire.Node;
import dev.cloudgate.wire.tenants.CloudTenantEdit;
import dev.cloudgate.wire.tenants.DateTimes;
import dev.cloudgate.wire.tenants.ThrottlingUnit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What {@link CloudgateClient#editTenant} sends: a {@code CloudTenant} holding only the elements to
 * change (SPEC-tenants §2.7, §6.3), read by the server with the wire module's {@link CloudTenantEdit}.
 * Null means unchanged; an empty description clears it; an empty pool list removes every pool.
 * Start from {@link #none()}: <pre>{@code TenantChanges.none().withEnabled(false).withMaxConcurrentTasks(4)}</pre>
 * {@link #toString()} never shows the password.
 *
 * @param password                a new password (replaces the old one even when equal), or null
 * @param description             a new description ({@code ""} clears it), or null
 * @param enabled                 enable or disable the tenant, or null
 * @param leaseEnabled            true with {@code leaseExpiration} sets a lease, false ends it, null leaves it
 * @param leaseExpiration         the new end of the lease, or null
 * @param throttlingEnabled       switch throttling on or off, or null
 * @param throttlingSpeedLimit    a new limit, or null
 * @param throttlingSpeedUnit     a new unit, or null
 * @param maxConcurrentTasks      a new limit (1–10000), or null
 * @param backupProtectionEnabled switch deleted-backup protection on or off, or null
 * @param backupProtectionPeriod  a new period in days (1–99), or null
 * @param gatewayPoolUids         the new pool list (empty: none), or null
 * @param failoverToOtherGateways a new failover setting, or null
 */
public record TenantChanges(String password, String description, Boolean enabled, Boolean leaseEnabled, Instant leaseExpiration,
        Boolean throttlingEnabled, Integer throttlingSpeedLimit, ThrottlingUnit throttlingSpeedUnit, Integer maxConcurrentTasks,
        Boolean backupProtectionEnabled, Integer backupProtectionPeriod, List<String> gatewayPoolUids, Boolean failoverToOtherGateways) {

    /** Copies the pool list when there is one. */
    public TenantChanges {
        gatewayPoolUids = gatewayPoolUids == null ? null : List.copyOf(gatewayPoolUids);
    }

    /** No change at all; add changes with the {@code with…} copies. */
    public static TenantChanges none() {
        return new TenantChanges(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** True when these changes change nothing. */
    public boolean isEmpty() {
        return equals(none());
    }

    /** These changes, plus a new password. */
    public TenantChanges withPassword(String value) {
        return with(d -> d.password = value);
    }

    /** These changes, plus a new description. */
    public TenantChanges withDescription(String value) {
        return with(d -> d.description = value);
    }

    /** These changes, plus enabling or disabling the tenant. */
    public TenantChanges withEnabled(boolean value) {
        return with(d -> d.enabled = value);
    }

    /** These changes, plus a lease ending at {@code expiration} (which must lie in the future). */
    public TenantChanges withLease(Instant expiration) {
        return with(d -> {
            d.leaseEnabled = true;
            d.leaseExpiration = expiration;
        });
    }

    /** These changes, plus ending the lease: the account no longer expires. */
    public TenantChanges withoutLease() {
        return with(d -> {
            d.leaseEnabled = false;
            d.leaseExpiration = null;
        });
    }

    /** These changes, plus switching throttling on or off. */
    public TenantChanges withThrottlingEnabled(boolean value) {
        return with(d -> d.throttlingEnabled = value);
    }

    /** These changes, plus a new throttling limit. */
    public TenantChanges withThrottlingSpeedLimit(int value) {
        return with(d -> d.throttlingSpeedLimit = value);
    }

    /** These changes, plus a new throttling unit. */
    public TenantChanges withThrottlingSpeedUnit(ThrottlingUnit value) {
        return with(d -> d.throttlingSpeedUnit = value);
    }

    /** These changes, plus a new limit on concurrent tasks. */
    public TenantChanges withMaxConcurrentTasks(int value) {
        return with(d -> d.maxConcurrentTasks = value);
    }

    /** These changes, plus switching deleted-backup protection on or off. */
    public TenantChanges withBackupProtectionEnabled(boolean value) {
        return with(d -> d.backupProtectionEnabled = value);
    }

    /** These changes, plus a new protection period in days. */
    public TenantChanges withBackupProtectionPeriod(int days) {
        return with(d -> d.backupProtectionPeriod = days);
    }

    /** These changes, plus a new pool list (empty: no pools). */
    public TenantChanges withGatewayPools(List<String> uids) {
        return with(d -> d.gatewayPoolUids = new ArrayList<>(uids));
    }

    /** These changes, plus a new failover setting. */
    public TenantChanges withFailoverToOtherGateways(boolean value) {
        return with(d -> d.failoverToOtherGateways = value);
    }

    /** Everything but the password, which shows as {@code ***} when set. */
    @Override
    public String toString() {
        return "TenantChanges[password=" + (password == null ? null : "***") + ", description=" + description + ", enabled=" + enabled
                + ", leaseEnabled=" + leaseEnabled + ", leaseExpiration=" + leaseExpiration + ", throttlingEnabled=" + throttlingEnabled
                + ", throttlingSpeedLimit=" + throttlingSpeedLimit + ", throttlingSpeedUnit=" + throttlingSpeedUnit
                + ", maxConcurrentTasks=" + maxConcurrentTasks + ", backupProtectionEnabled=" + backupProtectionEnabled
                + ", backupProtectionPeriod=" + backupProtectionPeriod + ", gatewayPoolUids=" + gatewayPoolUids
                + ", failoverToOtherGateways=" + failoverToOtherGateways + "]";
    }

    /** The body: a {@code CloudTenant} with only the changed elements, in entity order (§4.2). */
    Node toNode() {
        Node tenant = Node.element(CloudTenantEdit.ROOT)
                .leafChild("Password", password)
                .leafChild("Description", description)
                .leafChild("Enabled", enabled);
        if (leaseEnabled != null) {
            tenant.add(Node.element("LeaseOptions").attr("Enabled", leaseEnabled).attr("ExpirationDate", DateTimes.format(leaseExpiration)));
        }
        tenant.leafChild("ThrottlingEnabled", throttlingEnabled)
                .leafChild("ThrottlingSpeedLimit", throttlingSpeedLimit)
                .leafChild("ThrottlingSpeedUnit", throttlingSpeedUnit == null ? null : throttlingSpeedUnit.name())
                .leafChild("MaxConcurrentTasks", maxConcurrentTasks)
                .leafChild("BackupProtectionEnabled", backupProtectionEnabled)
                .leafChild("BackupProtectionPeriod", backupProtectionPeriod);
        if (gatewayPoolUids != null) {
            tenant.add(PoolChanges.uidList("CloudGatewayPools", "CloudGatewayPoolUid", gatewayPoolUids));
        }
        return tenant.leafChild("FailoverToOtherGatewaysIfFail", failoverToOtherGateways);
    }

    private TenantChanges with(Consumer<Draft> change) {
        Draft d = new Draft(this);
        change.accept(d);
        return new TenantChanges(d.password, d.description, d.enabled, d.leaseEnabled, d.leaseExpiration, d.throttlingEnabled,
                d.throttlingSpeedLimit, d.throttlingSpeedUnit, d.maxConcurrentTasks, d.backupProtectionEnabled, d.backupProtectionPeriod,
                d.gatewayPoolUids, d.failoverToOtherGateways);
    }

    /** A mutable copy, so that each {@code with…} names only what it changes. */
    private static final class Draft {
        String password;
        String description;
        Boolean enabled;
        Boolean leaseEnabled;
        Instant leaseExpiration;
        Boolean throttlingEnabled;
        Integer throttlingSpeedLimit;
        ThrottlingUnit throttlingSpeedUnit;
        Integer maxConcurrentTasks;
        Boolean backupProtectionEnabled;
        Integer backupProtectionPeriod;
        List<String> gatewayPoolUids;
        Boolean failoverToOtherGateways;

        Draft(TenantChanges c) {
            password = c.password;
            description = c.description;
            enabled = c.enabled;
            leaseEnabled = c.leaseEnabled;
            leaseExpiration = c.leaseExpiration;
            throttlingEnabled = c.throttlingEnabled;
            throttlingSpeedLimit = c.throttlingSpeedLimit;
            throttlingSpeedUnit = c.throttlingSpeedUnit;
            maxConcurrentTasks = c.maxConcurrentTasks;
            backupProtectionEnabled = c.backupProtectionEnabled;
            backupProtectionPeriod = c.backupProtectionPeriod;
            gatewayPoolUids = c.gatewayPoolUids;
            failoverToOtherGateways = c.failoverToOtherGateways;
        }
    }
}
