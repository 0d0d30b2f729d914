package dev.cloudgate.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The Cloud Connect inventory of SPEC-tenants §3.1–§3.4, in creation order: repositories, WAN
 * accelerators, hosts, vCD organizations, AD domains and public IP addresses (seed and control API
 * only, T-B1), and the VLAN configurations (seeded, then edited or deleted through the API).
 */
public interface CloudInventoryStore {
    List<Repository> repositories();

    Optional<Repository> repository(UUID id);

    void add(Repository repository);

    boolean removeRepository(UUID id);

    List<WanAccelerator> wanAccelerators();

    Optional<WanAccelerator> wanAccelerator(UUID id);

    void add(WanAccelerator accelerator);

    boolean removeWanAccelerator(UUID id);

    List<Host> hosts();

    void add(Host host);

    List<VcdOrganization> organizations();

    void add(VcdOrganization organization);

    List<AdDomain> domains();

    void add(AdDomain domain);

    List<PublicIpAddress> publicIps();

    void add(PublicIpAddress address);

    /** Gives up to {@code count} free addresses of the backup server to the tenant, in pool order; returns how many it gave. */
    int assignPublicIps(UUID backupServerId, UUID tenantId, int count);

    List<VlanConfiguration> vlans();

    Optional<VlanConfiguration> vlan(UUID id);

    void add(VlanConfiguration vlan);

    /** Replaces the two ranges. */
    void update(VlanConfiguration vlan);

    boolean removeVlan(UUID id);

    default List<Repository> repositoriesOf(UUID backupServerId) {
        return repositories().stream().filter(r -> r.backupServerId().equals(backupServerId)).toList();
    }

    default List<Host> hostsOf(UUID backupServerId) {
        return hosts().stream().filter(h -> h.backupServerId().equals(backupServerId)).toList();
    }

    /** The host of that backup server named by its ref or name (§3.2, §2.3). */
    default Optional<Host> host(UUID backupServerId, String refOrName) {
        List<Host> hosts = hostsOf(backupServerId);
        return hosts.stream().filter(h -> h.ref().equalsIgnoreCase(refOrName.trim())).findFirst()
                .or(() -> hosts.stream().filter(h -> h.isNamedBy(refOrName)).findFirst());
    }

    default Optional<VcdOrganization> organization(UUID backupServerId, String ref) {
        return organizations().stream()
                .filter(o -> o.backupServerId().equals(backupServerId) && o.ref().equalsIgnoreCase(ref.trim())).findFirst();
    }

    default Optional<AdDomain> domain(UUID backupServerId, String name) {
        return domains().stream()
                .filter(d -> d.backupServerId().equals(backupServerId) && d.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    default long freePublicIps(UUID backupServerId) {
        return publicIps().stream().filter(a -> a.backupServerId().equals(backupServerId) && a.isFree()).count();
    }
}
