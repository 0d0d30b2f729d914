package dev.cloudgate.wire.tenants;

import dev.cloudgate.wire.BodyNode;
import dev.cloudgate.wire.Fields;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The body of {@code PUT /cloud/tenants/{id}}: a {@code CloudTenant} entity of which only the writable
 * elements count (SPEC-tenants §2.7, §6.3). Null means "not sent, unchanged"; an empty {@code Password}
 * is null too (§2.4). Identity attributes, {@code Links} and read-only elements are never read.
 *
 * <p>{@link #from} judges types only (S1); {@link #check} judges the rest against the stored lease,
 * in the order of §7.1, and gives the lease after merging.
 */
public record CloudTenantEdit(
        String password,
        String description,
        Boolean enabled,
        Boolean leaseEnabled,
        Instant leaseExpiration,
        Boolean throttlingEnabled,
        Integer throttlingSpeedLimit,
        String throttlingSpeedUnit,
        Integer maxConcurrentTasks,
        Boolean backupProtectionEnabled,
        Integer backupProtectionPeriod,
        List<UidRef> cloudGatewayPools,
        Boolean failoverToOtherGatewaysIfFail) {

    public static final String ROOT = "CloudTenant";
    /** An empty Description sets ""; an empty CloudGatewayPools wrapper removes every pool (§2.7). */
    public static final Set<String> KEEP_EMPTY = Set.of("Description", "CloudGatewayPools");

    /** A tenant's lease: {@code expiration} is null when no date is set; {@code enabled} false means no lease. */
    public record Lease(boolean enabled, Instant expiration) {
        public static final Lease NONE = new Lease(false, null);
    }

    public static CloudTenantEdit from(BodyNode body) {
        Boolean leaseEnabled = null;
        Instant leaseExpiration = null;
        BodyNode options = Values.child(body, "LeaseOptions");
        if (options != null) {
            leaseEnabled = Values.bool(Values.attribute(options, "Enabled"), "Enabled");
            leaseExpiration = Values.date(Values.attribute(options, "ExpirationDate", "LeaseExpirationDate"), "ExpirationDate");
        }
        // put_tenants_id.md's spec form: the date alone means an enabled lease (§6.3).
        Instant specDate = Values.date(Values.text(body, "LeaseExpirationDate"), "LeaseExpirationDate");
        if (specDate != null) {
            if (leaseExpiration != null && !leaseExpiration.equals(specDate) || Boolean.FALSE.equals(leaseEnabled)) {
                throw Values.invalid("Elements 'LeaseOptions' and 'LeaseExpirationDate' disagree.");
            }
            leaseEnabled = Boolean.TRUE;
            leaseExpiration = specDate;
        }
        String password = Values.text(body, "Password");
        List<UidRef> pools = PoolUids.read(body);
        return new CloudTenantEdit(
                password == null || password.isEmpty() ? null : password,
                Values.text(body, "Description"),
                Values.bool(body, "Enabled"),
                leaseEnabled,
                leaseExpiration,
                Values.bool(body, "ThrottlingEnabled"),
                Fields.integer(body, "ThrottlingSpeedLimit"),
                Values.optionalText(body, "ThrottlingSpeedUnit"),
                Fields.integer(body, "MaxConcurrentTasks"),
                Values.bool(body, "BackupProtectionEnabled"),
                Fields.integer(body, "BackupProtectionPeriod"),
                pools == null ? null : distinct(pools),
                Values.bool(body, "FailoverToOtherGatewaysIfFail", "FailoverToOthersGatewaysIfFail"));
    }

    /**
     * S3, S6, S7, S8, S9–S12 in that order. A lease date that differs from the stored one must lie in
     * the future; the stored date sent back is accepted even when past (the C# client's round trip).
     *
     * @return the lease after merging the body into {@code stored}
     */
    public Lease check(Instant now, Lease stored) {
        Values.requireLength(description, Values.MAX_DESCRIPTION, "Description must not be longer than 1024 characters.");
        Values.requireLength(password, Values.MAX_PASSWORD, "Password must not be longer than 255 characters.");
        if (leaseExpiration != null && !leaseExpiration.equals(stored.expiration()) && !leaseExpiration.isAfter(now)) {
            throw Values.invalid("LeaseExpirationDate must lie in the future.");
        }
        Lease merged = merge(stored);
        if (merged.enabled() && merged.expiration() == null) {
            throw Values.invalid("An expiration date is required when the lease is enabled.");
        }
        Limits.throttlingSpeedLimit(throttlingSpeedLimit);
        Limits.throttlingSpeedUnit(throttlingSpeedUnit);
        Limits.maxConcurrentTasks(maxConcurrentTasks);
        Limits.backupProtectionPeriod(backupProtectionPeriod);
        return merged;
    }

    /** {@code Enabled="false"} ends the lease and forgets the date (§6.3). */
    private Lease merge(Lease stored) {
        boolean enabled = leaseEnabled != null ? leaseEnabled : stored.enabled();
        if (!enabled) {
            return Lease.NONE;
        }
        return new Lease(true, leaseExpiration != null ? leaseExpiration : stored.expiration());
    }

    /** The parsed unit, once {@link #check} has passed; null when not sent. */
    public ThrottlingUnit throttlingUnit() {
        return throttlingSpeedUnit == null ? null : ThrottlingUnit.parse(throttlingSpeedUnit).orElseThrow();
    }

    private static List<UidRef> distinct(List<UidRef> uids) {
        Map<UUID, UidRef> unique = new LinkedHashMap<>();
        uids.forEach(uid -> unique.putIfAbsent(uid.id(), uid));
        return List.copyOf(unique.values());
    }
}
