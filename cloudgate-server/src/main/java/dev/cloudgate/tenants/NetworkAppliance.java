package dev.cloudgate.tenants;

import java.util.Objects;

/**
 * Network extension appliance settings (SPEC-tenants §4.4 item 5, §6.6, T-A35). {@code manual} is
 * null when the address is obtained automatically; {@code distributedSwitchUuid} is {@code ""} when
 * none. The DVS elements are shown for VMware only, which the view decides from the plan's platform.
 */
public record NetworkAppliance(
        String name,
        String productionNetwork,
        boolean obtainAddressAutomatically,
        ManualIpSettings manual,
        String distributedSwitchUuid,
        boolean productionNetworkUnderDvs) {

    public NetworkAppliance {
        Objects.requireNonNull(name);
        Objects.requireNonNull(productionNetwork);
        Objects.requireNonNull(distributedSwitchUuid);
    }
}
