package dev.cloudgate.client;

import dev.cloudgate.wire.Link;
import java.util.List;

/**
 * A tenant's backup resource: a quota on one repository (SPEC-tenants §4.3). Read from
 * {@code …/resources}, from one resource, or from the {@code Resources} of a {@link Tenant} (where it
 * carries no links).
 *
 * @param id                the resource's id (a bare UUID; backup resources have no UID)
 * @param href              the resource's Href
 * @param displayName       the quota's name, by default the repository's
 * @param repositoryUid     {@code urn:veeam:Repository:<uuid>}
 * @param wanAcceleratorUid {@code urn:veeam:WanAccelerator:<uuid>}, or null when none is set
 * @param quotaMb           the quota in MB
 * @param usedQuotaMb       how much of it is used, in MB
 * @param links             the resource's links (Delete, Up to the tenant, Up to the backup server); empty inside a tenant
 */
public record BackupResource(String id, String href, String displayName, String repositoryUid, String wanAcceleratorUid,
        long quotaMb, long usedQuotaMb, List<Link> links) {
    /** Copies {@code links}. */
    public BackupResource {
        links = List.copyOf(links);
    }

    /** The name of the tenant holding the quota (its {@code Up CloudTenant} link), or null inside a tenant entity. */
    public String tenantName() {
        return Uids.find(links, "Up", "CloudTenant").map(Link::name).orElse(null);
    }

    static BackupResource from(Doc d) {
        Doc quota = d.child("RepositoryQuota");
        return new BackupResource(d.text("Id"), d.text("Href"), quota == null ? null : quota.text("DisplayName"),
                quota == null ? null : quota.text("RepositoryUid"), quota == null ? null : quota.text("WanAcceleratorUid"),
                quota == null ? 0 : orZero(quota.number("Quota")), quota == null ? 0 : orZero(quota.number("UsedQuota")), d.links());
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
