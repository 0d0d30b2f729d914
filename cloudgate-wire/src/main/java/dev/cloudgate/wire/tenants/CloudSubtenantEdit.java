package dev.cloudgate.wire.tenants;

import dev.cloudgate.wire.BodyNode;
import java.util.Set;
import java.util.UUID;

/**
 * The body of {@code PUT /cloud/tenants/{id}/subtenants/{sid}}: a {@code CloudSubtenant} entity (SPEC-
 * tenants §2.7, §6.8). Null means unchanged; an empty {@code Password} is null (§2.4). {@code Name},
 * {@code UsedQuotaMb} and {@code QuotaId} are skipped: a subtenant cannot be renamed.
 *
 * <p>{@link #from} judges types only; {@link #check} judges S3, S6, S19 and S25 against the stored quota.
 */
public record CloudSubtenantEdit(
        String description,
        String password,
        Boolean enabled,
        Boolean unlimited,
        String quotaName,
        String tenantResourceId,
        Long quotaMb) {

    public static final String ROOT = "CloudSubtenant";
    public static final Set<String> KEEP_EMPTY = Set.of("Description");

    /** A subtenant's quota after merging: {@code resourceId} is the tenant backup resource it draws on. */
    public record Quota(boolean unlimited, String displayName, UUID resourceId, long quotaMb) {
    }

    public static CloudSubtenantEdit from(BodyNode body) {
        String password = Values.text(body, "Password");
        BodyNode quota = Values.child(body, "RepositoryQuota");
        return new CloudSubtenantEdit(
                Values.text(body, "Description"),
                password == null || password.isEmpty() ? null : password,
                Values.bool(body, "Enabled"),
                quota == null ? null : Values.bool(Values.attribute(quota, "Unlimited"), "Unlimited"),
                quota == null ? null : Values.optionalText(quota, "DisplayName"),
                quota == null ? null : Values.optionalText(quota, "TenantResourceId"),
                quota == null ? null : Values.number(quota, "QuotaMb"));
    }

    /** @return the quota after merging the body into {@code stored} */
    public Quota check(Quota stored) {
        Values.requireLength(description, Values.MAX_DESCRIPTION, "Description must not be longer than 1024 characters.");
        Values.requireLength(password, Values.MAX_PASSWORD, "Password must not be longer than 255 characters.");
        boolean mergedUnlimited = unlimited != null ? unlimited : stored.unlimited();
        if (!mergedUnlimited) {
            Quotas.check(quotaMb != null ? quotaMb : stored.quotaMb());
        }
        UUID resource = tenantResourceId != null ? Quotas.tenantResourceId(tenantResourceId) : stored.resourceId();
        Values.requireLength(quotaName, Values.MAX_NAME, "DisplayName must not be longer than 255 characters.");
        return new Quota(mergedUnlimited, quotaName != null ? quotaName : stored.displayName(), resource,
                quotaMb != null && (quotaMb >= Values.MIN_QUOTA_MB && quotaMb <= Values.MAX_QUOTA_MB) ? quotaMb : stored.quotaMb());
    }
}
