package dev.cloudgate.client;

import dev.cloudgate.wire.Node;
import dev.cloudgate.wire.tenants.CloudSubtenantCreateSpec;
import java.util.Objects;

/**
 * What {@link CloudgateClient#createSubtenant} sends: a {@code CloudSubtenantCreateSpec} (SPEC-tenants
 * §6.8), read by the server with the wire module's {@link CloudSubtenantCreateSpec}. Start from
 * {@link #limited} or {@link #unlimited}. {@link #toString()} never shows the password.
 *
 * @param name             the subtenant's logon name, unique within the tenant
 * @param password         its password
 * @param description      a description, or null
 * @param enabled          false to create it disabled, or null (enabled)
 * @param tenantResourceId the id of the tenant's backup resource the quota draws on
 * @param quotaName        the quota's name, or null for the subtenant's name
 * @param quotaMb          the quota in MB (1024 to 2147483647); null with an unlimited quota
 * @param unlimited        whether the subtenant may use the whole of the tenant's quota
 */
public record SubtenantSpec(String name, String password, String description, Boolean enabled, String tenantResourceId, String quotaName,
        Long quotaMb, boolean unlimited) {

    /** Requires name, password and backup resource. */
    public SubtenantSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(tenantResourceId, "tenantResourceId");
    }

    /** A subtenant with a quota of {@code quotaMb} MB out of the tenant's backup resource {@code tenantResourceId}. */
    public static SubtenantSpec limited(String name, String password, String tenantResourceId, long quotaMb) {
        return new SubtenantSpec(name, password, null, null, tenantResourceId, null, quotaMb, false);
    }

    /** A subtenant that may use all of the tenant's backup resource {@code tenantResourceId}. */
    public static SubtenantSpec unlimited(String name, String password, String tenantResourceId) {
        return new SubtenantSpec(name, password, null, null, tenantResourceId, null, null, true);
    }

    /** This spec with a description. */
    public SubtenantSpec withDescription(String text) {
        return new SubtenantSpec(name, password, text, enabled, tenantResourceId, quotaName, quotaMb, unlimited);
    }

    /** This spec created enabled or disabled. */
    public SubtenantSpec withEnabled(boolean value) {
        return new SubtenantSpec(name, password, description, value, tenantResourceId, quotaName, quotaMb, unlimited);
    }

    /** This spec with its own quota name. */
    public SubtenantSpec withQuotaName(String value) {
        return new SubtenantSpec(name, password, description, enabled, tenantResourceId, value, quotaMb, unlimited);
    }

    /** Everything but the password, which shows as {@code ***}. */
    @Override
    public String toString() {
        return "SubtenantSpec[name=" + name + ", password=***, description=" + description + ", enabled=" + enabled + ", tenantResourceId="
                + tenantResourceId + ", quotaName=" + quotaName + ", quotaMb=" + quotaMb + ", unlimited=" + unlimited + "]";
    }

    /** The body in the XSD order of §6.8. */
    Node toNode() {
        return Node.element(CloudSubtenantCreateSpec.ROOT)
                .leafChild("Name", name)
                .leafChild("Description", description)
                .leafChild("Password", password)
                .leafChild("Enabled", enabled)
                .leafChild("TenantResourceId", tenantResourceId)
                .leafChild("QuotaName", quotaName)
                .leafChild("QuotaMb", quotaMb)
                .leafChild("UnlimitedQuota", unlimited);
    }
}
