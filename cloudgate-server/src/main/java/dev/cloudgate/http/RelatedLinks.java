package dev.cloudgate.http;

import dev.cloudgate.tasks.Task;
import dev.cloudgate.tenants.TenantService;
import dev.cloudgate.wire.Link;
import dev.cloudgate.wire.Operations;

/**
 * A finished task's {@code Related} link where it names an object by more than its id: the tenant
 * operations of SPEC-tenants §5 name the tenant, and a backup resource's Href holds its tenant. They
 * are looked up when the task is shown; an object deleted since then leaves the link out.
 */
@FunctionalInterface
interface RelatedLinks {
    RelatedLinks NONE = (h, t) -> null;

    /** The link, or null when the operation has none. */
    Link related(Hrefs h, Task t);

    static RelatedLinks ofTenants(TenantService tenants) {
        return (h, t) -> {
            if (t.relatedId() == null) {
                return null;
            }
            return switch (t.operation()) {
                case Operations.CREATE_CLOUD_TENANT -> tenants.find(t.relatedId())
                        .map(tenant -> new Link("Related", Hrefs.entity(h.tenant(tenant.id())), tenant.name(), "CloudTenant")).orElse(null);
                case Operations.CREATE_CLOUD_TENANT_RESOURCE -> tenants.ownerOfResource(t.relatedId())
                        .map(tenant -> new Link("Related", h.tenant(tenant.id()) + "/resources/" + t.relatedId(), tenant.name(),
                                "CloudTenantResource")).orElse(null);
                // T-A12: Type CloudHardwarePlan, the plan entity, an empty Name.
                case Operations.CREATE_CLOUD_HARDWARE_PLAN -> new Link("Related",
                        Hrefs.entity(h.of(dev.cloudgate.wire.ApiPaths.of(dev.cloudgate.wire.ApiPaths.CLOUD_HARDWARE_PLAN, t.relatedId()))), "",
                        "CloudHardwarePlan");
                default -> null;
            };
        };
    }
}
