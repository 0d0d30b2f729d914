package dev.cloudgate.wire.tenants;

import dev.cloudgate.wire.BodyNode;

/**
 * {@code NetworkAppliance} of a compute or vCloud compute resource (SPEC-tenants §6.6, T-A35), as sent.
 * {@code manual} is null when the address is obtained automatically or no settings were given.
 */
public record NetworkApplianceSpec(
        String name,
        String productionNetwork,
        boolean obtainIpAddressAutomatically,
        ManualIp manual,
        String viDistributedSwitchUuid,
        boolean productionNetworkUnderDvs) {

    /** {@code ManualIpAddressSettingsInfoType}: dotted IPv4 addresses. */
    public record ManualIp(String ipAddress, String subnetMask, String defaultGateway) {
    }

    static NetworkApplianceSpec bind(BodyNode node) {
        Boolean automatic = Values.bool(node, "ObtainIPAddressAutomatically", "ObtainIpAddressAutomatically");
        if (automatic == null) {
            throw Values.required("ObtainIPAddressAutomatically");
        }
        BodyNode manualNode = Values.child(node, "ManualIpAddressSettingsInfoType");
        ManualIp manual = manualNode == null ? null : new ManualIp(
                Values.optionalText(manualNode, "IpAddress"),
                Values.optionalText(manualNode, "SubnetMask"),
                Values.optionalText(manualNode, "DefaultGateway"));
        Boolean underDvs = Values.bool(node, "ProductionNetworkUnderDvs");
        return new NetworkApplianceSpec(
                Values.trimmed(Values.text(node, "Name")),
                Values.trimmed(Values.text(node, "ProductionNetwork")),
                automatic,
                manual,
                Values.optionalText(node, "ViDistributedSwitchUuid"),
                underDvs != null && underDvs);
    }

    /** S21. */
    void checkNames() {
        if (Values.blank(name) || Values.blank(productionNetwork)) {
            throw Values.invalid("NetworkAppliance needs a Name and a ProductionNetwork.");
        }
        Values.requireLength(name, Values.MAX_NAME, "Element 'Name' of NetworkAppliance must not be longer than 255 characters.");
        Values.requireLength(productionNetwork, Values.MAX_NAME,
                "Element 'ProductionNetwork' must not be longer than 255 characters.");
    }

    /** S22. */
    void checkManualSettings() {
        if (!obtainIpAddressAutomatically && manual == null) {
            throw Values.invalid("ManualIpAddressSettingsInfoType must be specified when ObtainIPAddressAutomatically is false.");
        }
    }

    /** S23: checked whenever settings are present, as they are kept as given. */
    void checkAddresses() {
        if (manual == null) {
            return;
        }
        checkAddress(manual.ipAddress(), "IpAddress");
        checkAddress(manual.subnetMask(), "SubnetMask");
        checkAddress(manual.defaultGateway(), "DefaultGateway");
    }

    private static void checkAddress(String value, String element) {
        if (!Values.ipv4(value)) {
            throw Values.invalid(element + " is not a valid IPv4 address.");
        }
    }

    /** S24. */
    void checkDistributedSwitch() {
        if (productionNetworkUnderDvs && Values.blank(viDistributedSwitchUuid)) {
            throw Values.invalid("ViDistributedSwitchUuid must be specified when ProductionNetworkUnderDvs is true.");
        }
        Values.requireLength(viDistributedSwitchUuid, Values.MAX_NAME,
                "Element 'ViDistributedSwitchUuid' must not be longer than 255 characters.");
    }
}
