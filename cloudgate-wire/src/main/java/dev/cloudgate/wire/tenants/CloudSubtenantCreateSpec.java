package dev.cloudgate.wire.tenants;

import dev.cloudgate.wire.BodyNode;
import java.util.Set;
import java.util.UUID;

/**
 * The body of {@code POST /cloud/tenants/{id}/subtenants} (SPEC-tenants §6.8), judged by §7.1 (S2, S3,
 * S5, S6, S19, S25 in that order). {@code quotaName} is null when not sent (the subtenant's name is
 * the default); {@code quotaMb} is null only for an unlimited quota sent without one (T-A29: the
 * tenant resource's quota is stored then).
 */
public record CloudSubtenantCreateSpec(
        String name,
        String description,
        String password,
        boolean enabled,
        UUID tenantResourceId,
        String quotaName,
        Long quotaMb,
        boolean unlimitedQuota) {

    public static final String ROOT = "CloudSubtenantCreateSpec";
    public static final Set<String> KEEP_EMPTY = Set.of();

    public static CloudSubtenantCreateSpec from(BodyNode body) {
        Boolean unlimited = Values.bool(body, "UnlimitedQuota");
        if (unlimited == null) {
            throw Values.required("UnlimitedQuota");
        }
        String name = Values.trimmed(Values.text(body, "Name"));
        String description = Values.text(body, "Description");
        String password = Values.text(body, "Password");
        Boolean enabled = Values.bool(body, "Enabled");
        String resourceId = Values.text(body, "TenantResourceId");
        String quotaName = Values.optionalText(body, "QuotaName");
        Long quotaMb = Values.number(body, "QuotaMb");

        if (Values.blank(name) || name.length() > Values.MAX_NAME) {
            throw Values.invalid("Name must be a non-empty string of at most 255 characters.");
        }
        Values.requireLength(description, Values.MAX_DESCRIPTION, "Description must not be longer than 1024 characters.");
        if (Values.blank(password)) {
            throw Values.invalid("Password must be specified for a subtenant.");
        }
        Values.requireLength(password, Values.MAX_PASSWORD, "Password must not be longer than 255 characters.");
        if (!unlimited) {
            Quotas.check(quotaMb);
        }
        UUID resource = Quotas.tenantResourceId(resourceId);
        Values.requireLength(quotaName, Values.MAX_NAME, "QuotaName must not be longer than 255 characters.");
        return new CloudSubtenantCreateSpec(name, description == null ? "" : description, password, enabled == null || enabled,
                resource, quotaName, quotaMb, unlimited);
    }
}
