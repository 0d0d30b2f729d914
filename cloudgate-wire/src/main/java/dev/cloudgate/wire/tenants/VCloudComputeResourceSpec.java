package dev.cloudgate.wire.tenants;

import dev.cloudgate.wire.BodyNode;

/**
 * A {@code VCloudComputeResource} of a vCD tenant create (SPEC-tenants §6.2 #20): an organization VDC,
 * named by its hierarchy reference (opaque, trimmed, §2.3).
 */
public record VCloudComputeResourceSpec(
        String virtualDataCenterRef,
        boolean useNetworkFailoverResources,
        NetworkApplianceSpec appliance,
        UidRef wanAccelerator) {

    static VCloudComputeResourceSpec bind(BodyNode node) {
        String vdc = Values.optionalText(node, "VirtualDataCenterRef");
        if (vdc == null) {
            throw Values.required("VirtualDataCenterRef");
        }
        Values.requireLength(vdc, 1024, "Element 'VirtualDataCenterRef' must not be longer than 1024 characters.");
        Boolean failover = Values.bool(node, "UseNetworkFailoverResources");
        if (failover == null) {
            throw Values.required("UseNetworkFailoverResources");
        }
        BodyNode appliance = Values.child(node, "NetworkAppliance");
        return new VCloudComputeResourceSpec(
                vdc,
                failover,
                appliance == null ? null : NetworkApplianceSpec.bind(appliance),
                Values.uid(node, CreateCloudTenantResourceSpec.WAN_ACCELERATOR, "WanAcceleratorUid"));
    }
}
