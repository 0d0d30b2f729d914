package dev.cloudgate.client;

import dev.cloudgate.wire.Node;
import java.util.Objects;

/**
 * The network extension appliance of a compute resource (SPEC-tenants §4.4, §6.6): how a tenant's
 * replicas reach the production network after a failover. Read from a {@link ComputeResource} and
 * sent in a {@link ComputeResourceSpec}.
 *
 * @param name                         the appliance's name
 * @param productionNetwork            the network it joins
 * @param obtainIpAddressAutomatically true for DHCP; false with the three manual addresses
 * @param ipAddress                    the manual IPv4 address, or null
 * @param subnetMask                   the manual subnet mask, or null
 * @param defaultGateway               the manual default gateway, or null
 * @param distributedSwitchUuid        VMware: the distributed switch, or null (the server shows an empty one as "")
 * @param productionNetworkUnderDvs    VMware: whether the production network is on that distributed switch
 */
public record NetworkAppliance(String name, String productionNetwork, boolean obtainIpAddressAutomatically, String ipAddress,
        String subnetMask, String defaultGateway, String distributedSwitchUuid, boolean productionNetworkUnderDvs) {

    /** Requires name and production network. */
    public NetworkAppliance {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(productionNetwork, "productionNetwork");
    }

    /** An appliance that obtains its address by DHCP. */
    public static NetworkAppliance automatic(String name, String productionNetwork) {
        return new NetworkAppliance(name, productionNetwork, true, null, null, null, null, false);
    }

    /** An appliance with a fixed IPv4 address. */
    public static NetworkAppliance manual(String name, String productionNetwork, String ipAddress, String subnetMask, String defaultGateway) {
        return new NetworkAppliance(name, productionNetwork, false, Objects.requireNonNull(ipAddress, "ipAddress"),
                Objects.requireNonNull(subnetMask, "subnetMask"), Objects.requireNonNull(defaultGateway, "defaultGateway"), null, false);
    }

    /** This appliance on a production network under the distributed switch {@code uuid} (VMware). */
    public NetworkAppliance underDistributedSwitch(String uuid) {
        return new NetworkAppliance(name, productionNetwork, obtainIpAddressAutomatically, ipAddress, subnetMask, defaultGateway,
                Objects.requireNonNull(uuid, "uuid"), true);
    }

    /** The element in the serializer order of §6.6 (manual settings fourth). */
    Node toNode() {
        Node appliance = Node.element("NetworkAppliance")
                .leafChild("Name", name)
                .leafChild("ProductionNetwork", productionNetwork)
                .leafChild("ObtainIPAddressAutomatically", obtainIpAddressAutomatically);
        if (!obtainIpAddressAutomatically) {
            appliance.add(Node.element("ManualIpAddressSettingsInfoType").leafChild("IpAddress", ipAddress)
                    .leafChild("SubnetMask", subnetMask).leafChild("DefaultGateway", defaultGateway));
        }
        return appliance.leafChild("ViDistributedSwitchUuid", distributedSwitchUuid)
                .leafChild("ProductionNetworkUnderDvs", productionNetworkUnderDvs ? Boolean.TRUE : null);
    }

    static NetworkAppliance from(Doc d) {
        Doc manual = d.child("ManualIpAddressSettingsInfoType");
        String dvs = d.text("ViDistributedSwitchUuid");
        return new NetworkAppliance(d.text("Name"), d.text("ProductionNetwork"), !Boolean.FALSE.equals(d.bool("ObtainIPAddressAutomatically")),
                manual == null ? null : manual.text("IpAddress"), manual == null ? null : manual.text("SubnetMask"),
                manual == null ? null : manual.text("DefaultGateway"), dvs == null || dvs.isEmpty() ? null : dvs,
                Boolean.TRUE.equals(d.bool("ProductionNetworkUnderDvs")));
    }
}
