package dev.cloudgate.wire.tenants;

import dev.cloudgate.wire.BodyNode;
import java.util.Set;

/**
 * The body of {@code POST /cloud/tenants/{id}/computeResources}, and each {@code ComputeResource} of a
 * tenant create (SPEC-tenants §6.6): a hardware plan subscription. {@code appliance} is null when not
 * given; it is kept as given even when {@code useNetworkFailoverResources} is false.
 */
public record CloudTenantComputeResourceCreateSpec(
        UidRef hardwarePlan,
        UidRef wanAccelerator,
        Platform platform,
        boolean useNetworkFailoverResources,
        NetworkApplianceSpec appliance) {

    public static final String ROOT = "CloudTenantComputeResourceCreateSpec";
    public static final Set<String> KEEP_EMPTY = Set.of();
    static final String HARDWARE_PLAN = "CloudHardwarePlan";

    public static CloudTenantComputeResourceCreateSpec from(BodyNode body) {
        Bound bound = bind(body);
        bound.checkPlatform();
        if (bound.appliance() != null) {
            bound.appliance().checkNames();
            bound.appliance().checkManualSettings();
            bound.appliance().checkAddresses();
            bound.appliance().checkDistributedSwitch();
        }
        return bound.spec();
    }

    record Bound(UidRef hardwarePlan, UidRef wanAccelerator, String platformType, boolean useNetworkFailoverResources,
                 NetworkApplianceSpec appliance) {
        /** S20. */
        void checkPlatform() {
            if (Platform.parse(platformType).isEmpty()) {
                throw Values.invalid("PlatformType must be VMware or HyperV.");
            }
        }

        CloudTenantComputeResourceCreateSpec spec() {
            return new CloudTenantComputeResourceCreateSpec(hardwarePlan, wanAccelerator, Platform.parse(platformType).orElseThrow(),
                    useNetworkFailoverResources, appliance);
        }
    }

    static Bound bind(BodyNode node) {
        UidRef plan = Values.uid(node, HARDWARE_PLAN, "CloudHardwarePlanUid");
        if (plan == null) {
            throw Values.required("CloudHardwarePlanUid");
        }
        Boolean failover = Values.bool(node, "UseNetworkFailoverResources");
        if (failover == null) {
            throw Values.required("UseNetworkFailoverResources");
        }
        BodyNode appliance = Values.child(node, "NetworkAppliance");
        return new Bound(
                plan,
                Values.uid(node, CreateCloudTenantResourceSpec.WAN_ACCELERATOR, "WanAcceleratorUid"),
                Values.text(node, "PlatformType"),
                failover,
                appliance == null ? null : NetworkApplianceSpec.bind(appliance));
    }
}
