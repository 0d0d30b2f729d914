package dev.cloudgate.tenants;

import static dev.cloudgate.tenants.SpecExamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.http.References;
import dev.cloudgate.infrastructure.Host;
import dev.cloudgate.infrastructure.Platform;
import dev.cloudgate.infrastructure.Repository;
import dev.cloudgate.infrastructure.RepositoryKind;
import dev.cloudgate.infrastructure.SwitchType;
import dev.cloudgate.infrastructure.VlanConfiguration;
import dev.cloudgate.infrastructure.VlanRange;
import dev.cloudgate.infrastructure.WanAccelerator;
import dev.cloudgate.wire.Node;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Hardware plans, repositories, WAN accelerators and VLANs render as SPEC-tenants §4.1, §4.8–§4.11 show. */
class InfrastructureViewsTest {
    static final Repository REPO = new Repository(REPO_ID, BS1, "Cloud Repository 01", RepositoryKind.WindowsLocal, 1079639011328L, 881812750336L);
    static final WanAccelerator WAN = new WanAccelerator(WAN_ID, BS1, "wan01.tech.local", "Target WAN accelerator", "13.0.1.1071", 100, 6165, 5,
            "C:\\VeeamWAN", false, false);
    static final VlanConfiguration VLAN = new VlanConfiguration(UUID.fromString("78c6a038-38a2-4908-ac19-1540f9448533"), BS1, ESX_REF,
            Platform.VMware, "vSwitch0", "vSwitch0", SwitchType.VirtualSwitch, null, null, new VlanRange(500, 510), new VlanRange(511, 520));

    @Test
    void hardwarePlanReferenceListIsSection41() {
        Node refs = References.refList(List.of(HardwarePlanViews.ref(H, SILVER, VBR01, References.REF)));
        assertThat(xml(refs)).isEqualTo(example("hardware-plan-refs.xml"));
        assertThat(json(refs)).isEqualTo(compact(example("hardware-plan-refs.json")));
    }

    @Test
    void hardwarePlanEntityIsSection48() {
        Node plan = HardwarePlanViews.entity(H, SILVER, VBR01, ESX01);
        assertThat(xml(plan)).isEqualTo(example("hardware-plan.xml"));
        assertThat(json(plan)).isEqualTo(compact(example("hardware-plan.json")));
        assertThat(json(HardwarePlanViews.entities(H, List.of(new HardwarePlanViews.PlanView(SILVER, VBR01, ESX01)))))
                .isEqualTo(compact("{\"CloudHardwarePlans\": [" + example("hardware-plan.json") + "]}"));
    }

    @Test
    void hyperVPlanDiffersOnlyInsideItsDetails() {
        UUID id = UUID.fromString("127e652e-e02e-4951-99e7-03280edfe536");
        String hostRef = "urn:HyperV:Host:849a937a-3416-4f03-8111-67b06393afcb.";
        HardwarePlan plan = new HardwarePlan(id, BS1, "Hyper-V Silver", "", 10000, 16384, hostRef, Platform.HyperV,
                List.of(new PlanStorage.Volume(UUID.fromString("66d75e14-a35a-4dfe-a919-9b2a3bf87e4a"), "Cloud Replicas", "D:\\Replicas", 300)), 1, 1);
        Host host = new Host(UUID.randomUUID(), BS1, hostRef, "hv01.tech.local", Platform.HyperV, null, List.of());
        Node entity = HardwarePlanViews.entity(H, plan, VBR01, host);
        assertThat(TenantViewsTest.oneLine(xml(entity))).contains(TenantViewsTest.oneLine(example("hyperv-plan-details.xml").trim()));
        assertThat(json(entity)).contains(compact("{" + example("hyperv-plan-details.json").trim() + "}").replaceAll("^\\{|}$", ""));
    }

    @Test
    void repositoryIsSection49() {
        Node repository = InventoryViews.repository(H, REPO, VBR01);
        assertThat(xml(repository)).isEqualTo(example("repository.xml"));
        assertThat(json(repository)).isEqualTo(compact(example("repository.json")));
        // T-A17: the JSON list is "Repositories", not the plain rule's "Repositorys".
        assertThat(json(InventoryViews.repositories(H, List.of(new InventoryViews.Owned<>(REPO, VBR01)))))
                .isEqualTo(compact("{\"Repositories\": [" + example("repository.json") + "]}"));
        assertThat(xml(InventoryViews.repositories(H, List.of()))).endsWith("<Repositories xmlns=\"http://www.veeam.com/ent/v1.0\" />\n");
    }

    @Test
    void repositoryReferenceCarriesTheLinksOfSection41() {
        String ref = xml(InventoryViews.repositoryRef(H, REPO, VBR01, References.ENTITY_REF));
        String href = "https://localhost:9398/api/repositories/" + REPO_ID;
        assertThat(ref).contains("<EntityRef xmlns=\"http://www.veeam.com/ent/v1.0\" Type=\"RepositoryReference\" Href=\"" + href
                        + "\" Name=\"Cloud Repository 01\" UID=\"urn:veeam:Repository:" + REPO_ID + "\">")
                .contains("<Link Rel=\"Up\" Type=\"BackupServerReference\" Href=\"https://localhost:9398/api/backupServers/" + BS1
                        + "\" Name=\"vbr01.tech.local\" />\n    <Link Rel=\"Alternate\" Type=\"Repository\" Href=\"" + href
                        + "?format=Entity\" Name=\"Cloud Repository 01\" />\n    <Link Rel=\"Down\" Type=\"BackupReferenceList\" Href=\""
                        + href + "/backups\" />\n    <Link Rel=\"Down\" Type=\"ReplicaReferenceList\" Href=\"" + href + "/replicas\" />");
    }

    @Test
    void wanAcceleratorIsSection410() {
        Node wan = InventoryViews.wanAccelerator(H, WAN, VBR01);
        assertThat(xml(wan)).isEqualTo(example("wan-accelerator.xml"));
        assertThat(json(wan)).isEqualTo(compact(example("wan-accelerator.json")));
        assertThat(json(InventoryViews.wanAcceleratorRef(H, WAN, VBR01, References.ENTITY_REF))).isEqualTo(compact("""
                {"Links": [
                  {"Rel": "Up", "Href": "https://localhost:9398/api/backupServers/8ea5406b-a6e9-42d9-bca5-44b6a5d94af1", "Name": "vbr01.tech.local", "Type": "BackupServerReference"},
                  {"Rel": "Alternate", "Href": "https://localhost:9398/api/wanAccelerators/34ebeeb4-75d0-4e71-b315-fbc16eb2975f?format=Entity", "Name": "wan01.tech.local", "Type": "WanAccelerator"}],
                 "UID": "urn:veeam:WanAccelerator:34ebeeb4-75d0-4e71-b315-fbc16eb2975f", "Name": "wan01.tech.local",
                 "Href": "https://localhost:9398/api/wanAccelerators/34ebeeb4-75d0-4e71-b315-fbc16eb2975f", "Type": "WanAcceleratorReference"}
                """));
    }

    @Test
    void vlanConfigurationIsSection411AndItsListItemsAreCalledVlans() {
        Node vlan = InventoryViews.vlan(H, VLAN, VBR01, "VlanConfiguration");
        assertThat(xml(vlan)).isEqualTo(example("vlan.xml"));
        assertThat(json(vlan)).isEqualTo(compact(example("vlan.json")));
        Node list = InventoryViews.vlans(H, List.of(new InventoryViews.Owned<>(VLAN, VBR01)));
        assertThat(xml(list)).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<VlanConfigurations xmlns=\"http://www.veeam.com/ent/v1.0\">\n"
                + "  <Vlans Name=\"vSwitch0\" UID=\"78c6a038-38a2-4908-ac19-1540f9448533\">\n    <Links>\n");
        assertThat(json(list)).isEqualTo(compact("{\"Vlans\": [" + example("vlan.json") + "]}"));
        String ref = json(InventoryViews.vlanRef(H, VLAN, VBR01, References.REF));
        assertThat(ref).contains("\"UID\":\"urn:veeam:VlanConfiguration:78c6a038-38a2-4908-ac19-1540f9448533\",\"Name\":\"vSwitch0\","
                + "\"Href\":\"https://localhost:9398/api/cloud/vlans/78c6a038-38a2-4908-ac19-1540f9448533\",\"Type\":\"VlanConfigurationReference\"");
    }

    @Test
    void aVlanConfigurationOfACluster() {
        VlanConfiguration clustered = new VlanConfiguration(VLAN.id(), BS1, ESX_REF, Platform.VMware, "dvSwitch", "50 2a", SwitchType.DistributedVirtualSwitch,
                "Cluster A", "domain-c7", new VlanRange(1, 10), new VlanRange(11, 20));
        assertThat(TenantViewsTest.oneLine(xml(InventoryViews.vlan(H, clustered, VBR01, "VlanConfiguration"))))
                .contains("<SwitchName>dvSwitch</SwitchName><SwitchId>50 2a</SwitchId><ClusterName>Cluster A</ClusterName>"
                        + "<ClusterId>domain-c7</ClusterId><SwitchType>DistributedVirtualSwitch</SwitchType>");
    }
}
