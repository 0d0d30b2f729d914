package dev.cloudgate.client;

import dev.cloudgate.wire.Link;
import java.util.List;

/**
 * A subtenant of a standalone tenant (SPEC-tenants §4.6): an account with its own password and a
 * quota drawn from one of the tenant's backup resources. Its password is write-only: no answer
 * carries it.
 *
 * @param id          the subtenant's id (a bare UUID; subtenants have no UID)
 * @param href        the subtenant's Href
 * @param name        its logon name, unique within the tenant; it cannot be renamed
 * @param description the description, possibly empty
 * @param enabled     whether it may connect
 * @param quota       its repository quota
 * @param links       its links (Edit, Delete, Up to the tenant, Up to the backup server)
 */
public record Subtenant(String id, String href, String name, String description, boolean enabled, Quota quota, List<Link> links) {

    /** Copies {@code links}. */
    public Subtenant {
        links = List.copyOf(links);
    }

    /**
     * A subtenant's {@code RepositoryQuota}.
     *
     * @param unlimited        whether it may use the whole of the tenant's quota
     * @param displayName      the quota's name
     * @param tenantResourceId the id of the tenant's backup resource it draws on
     * @param quotaMb          the quota in MB
     * @param usedQuotaMb      how much of it is used, in MB
     * @param quotaId          the quota's own id, fixed at creation
     */
    public record Quota(boolean unlimited, String displayName, String tenantResourceId, long quotaMb, long usedQuotaMb, String quotaId) {
    }

    /** The name of the tenant the subtenant belongs to (its {@code Up CloudTenant} link). */
    public String tenantName() {
        return Uids.find(links, "Up", "CloudTenant").map(Link::name).orElse(null);
    }

    static Subtenant from(Doc d) {
        Doc q = d.child("RepositoryQuota");
        Quota quota = q == null ? null : new Quota(Boolean.TRUE.equals(q.bool("Unlimited")), q.text("DisplayName"), q.text("TenantResourceId"),
                orZero(q.number("QuotaMb")), orZero(q.number("UsedQuotaMb")), q.text("QuotaId"));
        return new Subtenant(d.text("Id"), d.text("Href"), d.text("Name"), d.text("Description"), !Boolean.FALSE.equals(d.bool("Enabled")),
                quota, d.links());
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
