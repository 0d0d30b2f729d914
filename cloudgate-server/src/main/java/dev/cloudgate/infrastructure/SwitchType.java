package dev.cloudgate.infrastructure;

import java.util.Optional;

/** A VLAN configuration's switch kind (SPEC-tenants §2.6); declared order is the query order. */
public enum SwitchType {
    VirtualSwitch, DistributedVirtualSwitch;

    public static Optional<SwitchType> parse(String text) {
        return Choices.parse(SwitchType.class, text);
    }
}
