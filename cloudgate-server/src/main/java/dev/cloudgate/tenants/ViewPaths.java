package dev.cloudgate.tenants;

import dev.cloudgate.http.Hrefs;
import java.util.UUID;

/** The Href forms of SPEC-tenants §2.1; path shapes are fixed because real clients build them. */
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
        return h.tenant(tenantId) + "/resources/" + id;
    }

    static String computeResource(Hrefs h, UUID tenantId, UUID id) {
        return h.tenant(tenantId) + "/computeResources/" + id;
    }

    /** Lower case, as the vendor emits it (§2.1). */
    static String vCloudComputeResource(Hrefs h, UUID tenantId, UUID id) {
        return h.tenant(tenantId) + "/vcloudcomputeresources/" + id;
    }

    static String subtenant(Hrefs h, UUID tenantId, UUID id) {
        return h.tenant(tenantId) + "/subtenants/" + id;
    }

    static String hardwarePlan(Hrefs h, UUID id) {
        return h.of("/cloud/hardwarePlans/" + id);
    }

    static String repository(Hrefs h, UUID id) {
        return h.of("/repositories/" + id);
    }

    static String wanAccelerator(Hrefs h, UUID id) {
        return h.of("/wanAccelerators/" + id);
    }

    static String vlan(Hrefs h, UUID id) {
        return h.of("/cloud/vlans/" + id);
    }
}
