package dev.cloudgate.cli;

import dev.cloudgate.client.Subtenant;
import java.util.Map;

/** How a tenant's subtenants look in a table and on their own; they have no password to show (SPEC-tenants §2.4). */
final class SubtenantViews {
    private SubtenantViews() {
    }

    static Table<Subtenant> subtenants() {
        return new Table<Subtenant>()
                .column("ID", Subtenant::id)
                .column("NAME", Subtenant::name)
                .column("ENABLED", Subtenant::enabled)
                .column("QUOTA MB", s -> s.quota() == null ? null : s.quota().unlimited() ? "unlimited" : s.quota().quotaMb())
                .column("USED MB", s -> s.quota() == null ? null : s.quota().usedQuotaMb())
                .column("QUOTA NAME", s -> s.quota() == null ? null : s.quota().displayName())
                .column("DESCRIPTION", Subtenant::description);
    }

    static Map<String, Object> subtenant(Subtenant s) {
        Map<String, Object> f = Output.fields();
        f.put("Name", s.name());
        f.put("ID", s.id());
        f.put("Tenant", s.tenantName());
        f.put("Enabled", s.enabled());
        f.put("Description", s.description());
        Subtenant.Quota q = s.quota();
        if (q != null) {
            f.put("Quota", q.displayName() + ": " + (q.unlimited() ? "unlimited (up to " + q.quotaMb() + " MB)" : q.quotaMb() + " MB")
                    + " (" + q.usedQuotaMb() + " used)");
            f.put("Tenant quota", q.tenantResourceId());
            f.put("Quota ID", q.quotaId());
        }
        return f;
    }
}
