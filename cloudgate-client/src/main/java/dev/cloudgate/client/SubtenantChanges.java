package dev.cloudgate.client;

import dev.cloudgate.wire.Node;
import dev.cloudgate.wire.tenants.CloudSubtenantEdit;

/**
 * What {@link CloudgateClient#editSubtenant} sends: a {@code CloudSubtenant} holding only the elements
 * to change (SPEC-tenants §2.7, §6.8), read by the server with the wire module's {@link CloudSubtenantEdit}.
 * Null means unchanged; a subtenant cannot be renamed. Start from {@link #none()}.
 * {@link #toString()} never shows the password.
 *
 * @param password         a new password (replaces the old one even when equal), or null
 * @param description      a new description ({@code ""} clears it), or null
 * @param enabled          enable or disable the subtenant, or null
 * @param unlimited        make the quota unlimited (true) or limited (false, needs a quota in MB now or before), or null
 * @param quotaName        a new quota name, or null
 * @param tenantResourceId move the quota to another backup resource of the tenant, or null
 * @param quotaMb          a new quota in MB, or null
 */
public record SubtenantChanges(String password, String description, Boolean enabled, Boolean unlimited, String quotaName,
        String tenantResourceId, Long quotaMb) {

    /** No change at all. */
    public static SubtenantChanges none() {
        return new SubtenantChanges(null, null, null, null, null, null, null);
    }

    /** True when these changes change nothing. */
    public boolean isEmpty() {
        return equals(none());
    }

    /** These changes, plus a new password. */
    public SubtenantChanges withPassword(String value) {
        return new SubtenantChanges(value, description, enabled, unlimited, quotaName, tenantResourceId, quotaMb);
    }

    /** These changes, plus a new description. */
    public SubtenantChanges withDescription(String value) {
        return new SubtenantChanges(password, value, enabled, unlimited, quotaName, tenantResourceId, quotaMb);
    }

    /** These changes, plus enabling or disabling the subtenant. */
    public SubtenantChanges withEnabled(boolean value) {
        return new SubtenantChanges(password, description, value, unlimited, quotaName, tenantResourceId, quotaMb);
    }

    /** These changes, plus a limited quota of {@code mb} MB. */
    public SubtenantChanges withQuotaMb(long mb) {
        return new SubtenantChanges(password, description, enabled, false, quotaName, tenantResourceId, mb);
    }

    /** These changes, plus an unlimited quota. */
    public SubtenantChanges withUnlimitedQuota() {
        return new SubtenantChanges(password, description, enabled, true, quotaName, tenantResourceId, quotaMb);
    }

    /** These changes, plus a new quota name. */
    public SubtenantChanges withQuotaName(String value) {
        return new SubtenantChanges(password, description, enabled, unlimited, value, tenantResourceId, quotaMb);
    }

    /** These changes, plus drawing the quota on another of the tenant's backup resources. */
    public SubtenantChanges withTenantResource(String resourceId) {
        return new SubtenantChanges(password, description, enabled, unlimited, quotaName, resourceId, quotaMb);
    }

    /** Everything but the password, which shows as {@code ***} when set. */
    @Override
    public String toString() {
        return "SubtenantChanges[password=" + (password == null ? null : "***") + ", description=" + description + ", enabled=" + enabled
                + ", unlimited=" + unlimited + ", quotaName=" + quotaName + ", tenantResourceId=" + tenantResourceId + ", quotaMb=" + quotaMb + "]";
    }

    /** The body: a {@code CloudSubtenant} with only the changed elements, in entity order (§4.6). */
    Node toNode() {
        Node subtenant = Node.element(CloudSubtenantEdit.ROOT)
                .leafChild("Description", description)
                .leafChild("Password", password)
                .leafChild("Enabled", enabled);
        if (unlimited != null || quotaName != null || tenantResourceId != null || quotaMb != null) {
            subtenant.add(Node.element("RepositoryQuota").attr("Unlimited", unlimited)
                    .leafChild("DisplayName", quotaName)
                    .leafChild("TenantResourceId", tenantResourceId)
                    .leafChild("QuotaMb", quotaMb));
        }
        return subtenant;
    }
}
