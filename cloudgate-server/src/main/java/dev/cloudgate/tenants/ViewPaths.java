package dev.cloudgate.tenants;

import dev.cloudgate.http.Hrefs;
import dev.cloudgate.wire.ApiPaths;
import java.util.UUID;

/** The Href forms of SPEC-tenants §2.1, from the paths declared once in {@link ApiPaths}. */
final class ViewPaths {
    private ViewPaths() {
    }

    static String tenantEntity(Hrefs h, UUID tenantId) {
        return Hrefs.entity(h.tenant(tenantId));
    }

    static String backupServerEntity(Hrefs h, UUID backupServerId) {
        return Hrefs.entity(h.backupServer(backupServerId));
    }

    static String resource(Hrefs h, UUID tenantId, UUID id) {
        return h.of(ApiPaths.of(ApiPaths.CLOUD_TENANT_RESOURCE, tenantId, id));
    }

    static String computeResource(Hrefs h, UUID tenantId, UUID id) {
        return h.of(ApiPaths.of(ApiPaths.CLOUD_TENANT_COMPUTE_RESOURCE, tenantId, id));
    }

    /** Lower case, as the vendor emits it (§2.1). */
    static String vCloudComputeResource(Hrefs h, UUID tenantId, UUID id) {
        return h.of(ApiPaths.of(ApiPaths.CLOUD_TENANT_VCLOUD_COMPUTE_RESOURCES_HREF, tenantId) + "/" + id);
    }

    static String subtenant(Hrefs h, UUID tenantId, UUID id) {
        return h.of(ApiPaths.of(ApiPaths.CLOUD_TENANT_SUBTENANT, tenantId, id));
    }

    static String hardwarePlan(Hrefs h, UUID id) {
        return h.of(ApiPaths.of(ApiPaths.CLOUD_HARDWARE_PLAN, id));
    }

    static String repository(Hrefs h, UUID id) {
        return h.of(ApiPaths.of(ApiPaths.REPOSITORY, id));
    }

    static String wanAccelerator(Hrefs h, UUID id) {
        return h.of(ApiPaths.of(ApiPaths.WAN_ACCELERATOR, id));
    }

    static String vlan(Hrefs h, UUID id) {
        return h.of(ApiPaths.of(ApiPaths.CLOUD_VLAN, id));
    }
}
