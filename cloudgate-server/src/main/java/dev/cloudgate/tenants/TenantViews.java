package dev.cloudgate.tenants;

import dev.cloudgate.wire.Uids;
import dev.cloudgate.cloud.Pool;
import dev.cloudgate.http.Hrefs;
import dev.cloudgate.http.References;
import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.Repository;
import dev.cloudgate.infrastructure.WanAccelerator;
import dev.cloudgate.wire.Link;
import dev.cloudgate.wire.Node;
import dev.cloudgate.wire.tenants.DateTimes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Cloud tenant representations (SPEC-tenants §4.1, §4.2, §6.1): the reference, the entity with its
 * nested sub-objects (shown without their links), and the entity list. The password is never shown:
 * XML carries an empty {@code <Password />}, JSON nothing (§2.4, T-A9).
 */
public final class TenantViews {
    private TenantViews() {
    }

    /** A {@code CloudTenantReference}; {@code root} is {@code EntityRef} or, inside lists, {@code Ref}. */
    public static Node ref(Hrefs h, CloudTenant t, BackupServer owner, String root) {
        String href = h.tenant(t.id());
        return References.ref(root, "CloudTenantReference", href, t.name(), Uids.of(CloudTenant.KIND, t.id()), List.of(
                Link.named("Up", "BackupServerReference", h.backupServer(owner.id()), owner.name()),
                Link.named("Alternate", "CloudTenant", Hrefs.entity(href), t.name())));
    }

    /** {@code GET /cloud/tenants?format=Entity}, a pool's or a plan's tenants: {@code CloudTenants}. */
    public static Node entities(Hrefs h, List<TenantDetails> tenants) {
        return Node.list("CloudTenants", "CloudTenant").addAll(tenants.stream().map(d -> entity(h, d)).toList());
    }

    public static Node entity(Hrefs h, TenantDetails d) {
        CloudTenant t = d.tenant();
        String href = h.tenant(t.id());
        Node entity = References.entity("CloudTenant", Hrefs.entity(href), t.name(), Uids.of(CloudTenant.KIND, t.id()))
                .links(links(h, t, d.backupServer(), href))
                .add(Node.leaf("Password", "").xmlOnly())
                .leafChild("Description", t.description())
                .leafChild("Enabled", t.enabled())
                .add(Node.element("LeaseOptions").attr("Enabled", t.leaseEnabled())
                        .attr("ExpirationDate", DateTimes.format(t.leaseExpiration())))
                .add(Node.list("Resources", "CloudTenantResource").addAll(d.resources().stream()
                        .map(r -> resource(h, r, t, d.backupServer(), false)).toList()))
                .leafChild("LastResult", t.lastResult().name())
                .leafChild("LastActive", DateTimes.format(t.lastActive()))
                .add(Node.list("ComputeResources", "CloudTenantComputeResource").addAll(d.computeResources().stream()
                        .map(s -> computeResource(h, s, t, d.backupServer(), false)).toList()))
                .leafChild("ThrottlingEnabled", t.throttling().enabled())
                .leafChild("ThrottlingSpeedLimit", t.throttling().speedLimit())
                .leafChild("ThrottlingSpeedUnit", t.throttling().unit().name())
                .leafChild("PublicIpCount", t.publicIpCount())
                .leafChild("BackupCount", t.counters().backupCount())
                .leafChild("ReplicaCount", t.counters().replicaCount())
                .leafChild("MaxConcurrentTasks", t.maxConcurrentTasks())
                .leafChild("WorkStationBackupCount", t.counters().workstationBackupCount())
                .leafChild("ServerBackupCount", t.counters().serverBackupCount())
                .leafChild("BackupProtectionEnabled", t.backupProtection().enabled())
                .leafChild("BackupProtectionPeriod", t.backupProtection().periodDays())
                .add(tenantType(t));
        if (t.type() == TenantType.vCD) {
            entity.add(Node.list("VCloudComputeResources", "CloudTenantVCloudComputeResource").addAll(d.vCloudComputeResources().stream()
                    .map(v -> vCloudComputeResource(h, v, t, d.backupServer(), false)).toList()));
        }
        if (!d.poolIds().isEmpty()) {
            // T-A15: UIDs, so that a GET–PUT round trip keeps the assignment; both only while in a pool (T-B3).
            entity.add(Node.list("CloudGatewayPools", "CloudGatewayPoolUid").addAll(d.poolIds().stream()
                    .map(id -> Node.leaf("CloudGatewayPoolUid", Uids.of(Pool.KIND, id))).toList()));
            entity.leafChild("FailoverToOtherGatewaysIfFail", t.failoverToOtherGateways());
        }
        return entity;
    }

    /** §4.2, T-A32: the sub-resource links depend on the tenant's type. */
    private static List<Link> links(Hrefs h, CloudTenant t, BackupServer owner, String href) {
        List<Link> links = new ArrayList<>(List.of(
                Link.named("Up", "BackupServerReference", h.backupServer(owner.id()), owner.name()),
                Link.named("Alternate", "CloudTenantReference", href, t.name()),
                Link.named("Edit", "CloudTenantReference", href, t.name()),
                Link.of("Down", "CloudTenantResourceList", href + "/resources"),
                Link.of("Create", "CloudTenantResource", href + "/resources"),
                Link.of("Delete", null, href)));
        switch (t.type()) {
            case Standalone -> links.addAll(List.of(
                    Link.of("Down", "CloudTenantComputeResourceList", href + "/computeResources"),
                    Link.of("Create", "CloudTenantComputeResource", href + "/computeResources"),
                    Link.of("Down", "CloudSubtenantList", href + "/subtenants"),
                    Link.of("Create", "CloudSubtenant", href + "/subtenants")));
            case vCD -> links.addAll(List.of(
                    Link.of("Down", "CloudTenantVCloudComputeResourceList", href + "/vcloudcomputeresources"),
                    Link.of("Create", "CloudTenantVCloudComputeResource", href + "/vcloudcomputeresources")));
            case ActiveDirectory -> {
            }
        }
        links.add(Link.named("Related", "FreeLicenseCounters", href + "/freelicenseCounters", "FreeLicenseCounters"));
        return links;
    }

    private static Node tenantType(CloudTenant t) {
        Node choice = switch (t.logon()) {
            case TenantLogon.Standalone ignored -> Node.element("StandaloneTenant")
                    .add(Node.element("TenantCredentials").leafChild("Username", t.name()));
            case TenantLogon.Vcd vcd -> Node.element("vCloudTenant")
                    .leafChild("OrganizationName", vcd.organizationName())
                    .leafChild("OrganizationRef", vcd.organizationRef());
            case TenantLogon.ActiveDirectory ad -> Node.element("ADTenantType")
                    .add(Node.element("Domain")
                            .leafChild("DomainName", ad.domainName())
                            .leafChild("DomainAccount", ad.domainAccountId().toString())
                            .leafChild("Port", ad.port()))
                    .leafChild("Account", t.name());
        };
        return Node.element("TenantType").add(choice);
    }

    // ---- backup resources (§4.3, §6.5) ----

    /** {@code GET …/resources}: {@code CloudTenantResources}, each with its links. */
    public static Node resources(Hrefs h, CloudTenant t, BackupServer owner, List<BackupResource> resources) {
        return Node.list("CloudTenantResources", "CloudTenantResource")
                .addAll(resources.stream().map(r -> resource(h, r, t, owner, true)).toList());
    }

    /** @param withLinks true as a document root or list item, false inside a tenant entity (§4.3) */
    public static Node resource(Hrefs h, BackupResource r, CloudTenant t, BackupServer owner, boolean withLinks) {
        String href = ViewPaths.resource(h, t.id(), r.id());
        Node node = Node.element("CloudTenantResource").attr("Type", "CloudTenantResource").attr("Href", href).attr("Id", r.id().toString());
        if (withLinks) {
            node.links(List.of(
                    Link.named("Delete", "CloudTenantResource", href, r.displayName()),
                    upTenant(h, t),
                    upBackupServer(h, owner)));
        }
        return node.add(Node.element("RepositoryQuota")
                .leafChild("DisplayName", r.displayName())
                .leafChild("RepositoryUid", Uids.of(Repository.KIND, r.repositoryId()))
                .leafChild("WanAcceleratorUid", wanUid(r.wanAcceleratorId()))
                .leafChild("Quota", r.quotaMb())
                .leafChild("UsedQuota", r.usedQuotaMb()));
    }

    // ---- compute resources (§4.4, §6.6) ----

    /** {@code GET …/computeResources}: {@code CloudTenantComputeResources}, each with its links. */
    public static Node computeResources(Hrefs h, CloudTenant t, BackupServer owner, List<TenantDetails.Subscription> subscriptions) {
        return Node.list("CloudTenantComputeResources", "CloudTenantComputeResource")
                .addAll(subscriptions.stream().map(s -> computeResource(h, s, t, owner, true)).toList());
    }

    /** Platform and storage statistics come from the subscribed plan, in the plan's order (T-B7, T-B13). */
    public static Node computeResource(Hrefs h, TenantDetails.Subscription s, CloudTenant t, BackupServer owner, boolean withLinks) {
        ComputeResource r = s.resource();
        HardwarePlan plan = s.plan();
        String href = ViewPaths.computeResource(h, t.id(), r.id());
        Node node = Node.element("CloudTenantComputeResource").attr("Type", "CloudTenantComputeResource").attr("Href", href)
                .attr("Id", r.id().toString());
        if (withLinks) {
            // T-A19: the vendor's Delete link here says CloudTenantResource and an empty Name.
            node.links(List.of(Link.named("Delete", "CloudTenantResource", href, ""), upTenant(h, t), upBackupServer(h, owner)));
        }
        Node stats = Node.list("StorageResourceStats", "StorageResourceStat");
        for (PlanStorage item : plan.storage()) {
            stats.add(Node.element("StorageResourceStat")
                    .leafChild("StorageName", item.friendlyName())
                    .leafChild("StorageUsageGb", r.usageGbOf(item.id()))
                    .leafChild("StorageLimitGb", item.quotaGb()));
        }
        return node
                .leafChild("CloudHardwarePlanUid", Uids.of(HardwarePlan.KIND, plan.id()))
                .leafChild("WanAcceleratorUid", wanUid(r.wanAcceleratorId()))
                .leafChild("PlatformType", plan.platform().name())
                .leafChild("UseNetworkFailoverResources", r.useNetworkFailover())
                .add(appliance(r.appliance(), plan.platform() == dev.cloudgate.infrastructure.Platform.VMware))
                .add(Node.element("ComputeResourceStats")
                        .leafChild("MemoryUsageMb", r.memoryUsageMb())
                        .leafChild("CPUCount", r.cpuCount())
                        .add(stats));
    }

    /** T-A35: only when settings exist; the DVS elements for VMware only. */
    static Node appliance(NetworkAppliance a, boolean vmware) {
        if (a == null) {
            return Node.leaf("NetworkAppliance", null);
        }
        Node node = Node.element("NetworkAppliance")
                .leafChild("Name", a.name())
                .leafChild("ProductionNetwork", a.productionNetwork())
                .leafChild("ObtainIPAddressAutomatically", a.obtainAddressAutomatically());
        if (a.manual() != null) {
            node.add(Node.element("ManualIpAddressSettingsInfoType")
                    .leafChild("IpAddress", a.manual().ipAddress())
                    .leafChild("SubnetMask", a.manual().subnetMask())
                    .leafChild("DefaultGateway", a.manual().defaultGateway()));
        }
        if (vmware) {
            node.leafChild("ViDistributedSwitchUuid", a.distributedSwitchUuid())
                    .leafChild("ProductionNetworkUnderDvs", a.productionNetworkUnderDvs());
        }
        return node;
    }

    // ---- vCloud compute resources (§4.5, §6.7) ----

    public static Node vCloudComputeResources(Hrefs h, CloudTenant t, BackupServer owner, List<TenantDetails.Vdc> vdcs) {
        return Node.list("CloudTenantVCloudComputeResources", "CloudTenantVCloudComputeResource")
                .addAll(vdcs.stream().map(v -> vCloudComputeResource(h, v, t, owner, true)).toList());
    }

    public static Node vCloudComputeResource(Hrefs h, TenantDetails.Vdc v, CloudTenant t, BackupServer owner, boolean withLinks) {
        VCloudComputeResource r = v.resource();
        String href = ViewPaths.vCloudComputeResource(h, t.id(), r.id());
        Node node = Node.element("CloudTenantVCloudComputeResource").attr("Type", "CloudTenantVCloudComputeResource").attr("Href", href)
                .attr("Id", r.id().toString());
        if (withLinks) {
            // §4.5: as for compute resources, but Delete carries its Href only (its target answers 501).
            node.links(List.of(Link.of("Delete", null, href), upTenant(h, t), upBackupServer(h, owner)));
        }
        return node
                .leafChild("VirtualDataCenterName", v.vdc().name())
                .leafChild("VirtualDataCenterRef", v.vdc().ref())
                .leafChild("Enabled", v.vdc().enabled())
                .leafChild("AllocationModel", v.vdc().allocationModel().name())
                .leafChild("UseNetworkFailoverResources", r.useNetworkFailover())
                .add(Node.element("ResourceUsage")
                        .leafChild("CpuUsageMhz", r.cpuUsageMhz())
                        .leafChild("MemoryUsageMb", r.memoryUsageMb())
                        .leafChild("StorageUsageGb", r.storageUsageGb()))
                .leafChild("WanAcceleratorUid", wanUid(r.wanAcceleratorId()))
                // vCloud Director runs on vSphere: the appliance has the VMware shape.
                .add(appliance(r.appliance(), true));
    }

    // ---- subtenants (§4.6, §6.8) ----

    public static Node subtenants(Hrefs h, CloudTenant t, BackupServer owner, List<Subtenant> subtenants) {
        return Node.list("CloudSubtenants", "CloudSubtenant").addAll(subtenants.stream().map(s -> subtenant(h, s, t, owner)).toList());
    }

    public static Node subtenant(Hrefs h, Subtenant s, CloudTenant t, BackupServer owner) {
        String href = ViewPaths.subtenant(h, t.id(), s.id());
        return Node.element("CloudSubtenant").attr("Type", "CloudSubtenant").attr("Href", href).attr("Id", s.id().toString())
                .links(List.of(
                        Link.named("Edit", "CloudSubtenant", href, s.name()),
                        Link.of("Delete", null, href),
                        upTenant(h, t),
                        upBackupServer(h, owner)))
                .leafChild("Name", s.name())
                .leafChild("Description", s.description())
                .add(Node.leaf("Password", "").xmlOnly())
                .leafChild("Enabled", s.enabled())
                .add(Node.element("RepositoryQuota").attr("Unlimited", s.unlimited())
                        .leafChild("DisplayName", s.quotaDisplayName())
                        .leafChild("TenantResourceId", s.backupResourceId().toString())
                        .leafChild("QuotaMb", s.quotaMb())
                        .leafChild("UsedQuotaMb", s.usedQuotaMb())
                        .leafChild("QuotaId", s.quotaId().toString()));
    }

    // ---- free license counters (§4.7, §6.9) ----

    /** Attribute {@code Href} only, no {@code Type}, as the vendor shows. */
    public static Node freeLicenseCounters(Hrefs h, CloudTenant t) {
        FreeLicenseCounters c = t.freeLicenseCounters();
        return Node.element("CloudTenantFreeLicenseCounters").attr("Href", h.tenant(t.id()) + "/freelicenseCounters")
                .links(List.of(upTenant(h, t)))
                .leafChild("RentalVMBackupCount", c.rentalVmBackupCount())
                .leafChild("RentalWorkstationBackupCount", c.rentalWorkstationBackupCount())
                .leafChild("RentalServerBackupCount", c.rentalServerBackupCount())
                .leafChild("NewVMBackupCount", c.newVmBackupCount())
                .leafChild("NewWorkstationBackupCount", c.newWorkstationBackupCount())
                .leafChild("NewServerBackupCount", c.newServerBackupCount())
                .leafChild("NewVMReplicaCount", c.newVmReplicaCount());
    }

    private static Link upTenant(Hrefs h, CloudTenant t) {
        return Link.named("Up", "CloudTenant", ViewPaths.tenantEntity(h, t.id()), t.name());
    }

    private static Link upBackupServer(Hrefs h, BackupServer owner) {
        return Link.named("Up", "BackupServer", ViewPaths.backupServerEntity(h, owner.id()), owner.name());
    }

    private static String wanUid(UUID id) {
        return id == null ? null : Uids.of(WanAccelerator.KIND, id);
    }
}
