package dev.cloudgate.client;

import dev.cloudgate.wire.Node;
import dev.cloudgate.wire.tenants.CloudTenantComputeResourceCreateSpec;
import dev.cloudgate.wire.tenants.Platform;
import java.util.Objects;

/**
 * What {@link CloudgateClient#createComputeResource} sends: a {@code CloudTenantComputeResourceCreateSpec}
 * (SPEC-tenants §6.6), a tenant's subscription to a hardware plan, read by the server with the wire
 * module's {@link CloudTenantComputeResourceCreateSpec}. Subscribing again to the same plan replaces the
 * subscription and keeps its id.
 *
 * @param hardwarePlan                the plan, by UID or bare UUID
 * @param platform                    the plan's platform (the task fails when it is not the plan's)
 * @param useNetworkFailoverResources whether the tenant gets a network extension appliance
 * @param appliance                   the appliance's settings, or null
 * @param wanAccelerator              a WAN accelerator of the same backup server, by UID or bare UUID, or null
 */
public record ComputeResourceSpec(String hardwarePlan, Platform platform, boolean useNetworkFailoverResources, NetworkAppliance appliance,
        String wanAccelerator) {

    /** Requires the plan and its platform. */
    public ComputeResourceSpec {
        Objects.requireNonNull(hardwarePlan, "hardwarePlan");
        Objects.requireNonNull(platform, "platform");
    }

    /** A subscription to {@code hardwarePlan} (of {@code platform}) without network failover. */
    public static ComputeResourceSpec of(String hardwarePlan, Platform platform) {
        return new ComputeResourceSpec(hardwarePlan, platform, false, null, null);
    }

    /** This subscription with network failover through {@code appliance}. */
    public ComputeResourceSpec withNetworkFailover(NetworkAppliance value) {
        return new ComputeResourceSpec(hardwarePlan, platform, true, Objects.requireNonNull(value, "appliance"), wanAccelerator);
    }

    /** This subscription with a WAN accelerator. */
    public ComputeResourceSpec withWanAccelerator(String value) {
        return new ComputeResourceSpec(hardwarePlan, platform, useNetworkFailoverResources, appliance, value);
    }

    /** The body in the XSD order of §6.6. */
    Node toNode() {
        Node spec = Node.element(CloudTenantComputeResourceCreateSpec.ROOT)
                .leafChild("CloudHardwarePlanUid", hardwarePlan)
                .leafChild("WanAcceleratorUid", wanAccelerator)
                .leafChild("PlatformType", platform.name())
                .leafChild("UseNetworkFailoverResources", useNetworkFailoverResources);
        return appliance == null ? spec : spec.add(appliance.toNode());
    }
}
