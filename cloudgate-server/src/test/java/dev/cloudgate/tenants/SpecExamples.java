package dev.cloudgate.tenants;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudgate.http.Hrefs;
import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.DatastoreType;
import dev.cloudgate.infrastructure.Host;
import dev.cloudgate.infrastructure.HostDatastore;
import dev.cloudgate.infrastructure.ParentType;
import dev.cloudgate.infrastructure.Platform;
import dev.cloudgate.wire.JsonWriter;
import dev.cloudgate.wire.Node;
import dev.cloudgate.wire.XmlWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The cast of SPEC-tenants' examples as domain records, and the examples themselves
 * ({@code src/test/resources/examples/tenants}, copied verbatim from the contract), with the project's
 * one normalisation: the xsd/xsi declarations the server adds to XML roots (SPEC §1.2) are left out,
 * and JSON is compared in a compact form that keeps property order (SPEC J6, J9).
 */
final class SpecExamples {
    static final Hrefs H = new Hrefs("https://localhost:9398/api");
    static final ObjectMapper JSON = new ObjectMapper();

    static final UUID BS1 = UUID.fromString("8ea5406b-a6e9-42d9-bca5-44b6a5d94af1");
    static final BackupServer VBR01 = new BackupServer(BS1, "vbr01.tech.local", "", 9392, "13.0.1.1071", 9393, null, "vbr01.tech.local", true);
    static final UUID ABC_ID = UUID.fromString("5cf540af-512a-5ba8-9f12-77fba51207e0");
    static final UUID POOL_ID = UUID.fromString("64bf55fb-b53f-4214-950a-fcc3a241622b");
    static final UUID REPO_ID = UUID.fromString("a0f35f34-8d58-4470-b52d-071e1417732a");
    static final UUID WAN_ID = UUID.fromString("34ebeeb4-75d0-4e71-b315-fbc16eb2975f");
    static final UUID SILVER_ID = UUID.fromString("91156f8d-8bd3-44af-bec3-b6ac2ea24288");
    static final UUID REPLICAS_DS = UUID.fromString("5df6b488-3a56-4dde-88d2-5e1c93280395");
    static final String ESX_REF = "urn:VMware:Host:b7f17482-2f34-446c-976c-924539a98b0b.host-438";
    static final String DS_REF = "urn:VMware:Datastore:ed6ad5f1-671b-4875-9d81-72a431953aca.datastore-441";

    static final CloudTenant ABC = new CloudTenant(ABC_ID, BS1, "ABC Company", "Tenant account for ABC Company", "hash-never-shown",
            true, Instant.parse("2027-12-31T00:00:00Z"), new Throttling(true, 10, ThrottlingUnit.MBps), 2, new BackupProtection(true, 14),
            true, 0, LastResult.Success, Instant.parse("2025-01-11T01:24:51.137Z"), new TenantCounters(2, 0, 0, 0),
            new FreeLicenseCounters(2, 0, 1, 4, 0, 1, 0), TenantLogon.Standalone.INSTANCE);
    static final BackupResource ABC_QUOTA = new BackupResource(UUID.fromString("2fcc7f11-2a33-448d-a242-ba8f0618c97b"), ABC_ID, REPO_ID,
            "Cloud Repository 01", 307200, 20609, WAN_ID);
    static final TenantDetails ABC_DETAILS = new TenantDetails(ABC, VBR01, List.of(ABC_QUOTA), List.of(), List.of(), List.of(POOL_ID));

    static final Host ESX01 = new Host(UUID.fromString("0c1e5f5e-6a43-4b8e-9c0a-3d4c1f1e2a10"), BS1, ESX_REF, "esx01.tech.local",
            Platform.VMware, ParentType.HostSystem, List.of(new HostDatastore(DS_REF, "datastore1", DatastoreType.Datastore)));
    static final HardwarePlan SILVER = new HardwarePlan(SILVER_ID, BS1, "VMware Silver", "Hardware plan for VMware VMs", 10000, 16384,
            ESX_REF, Platform.VMware, List.of(new PlanStorage.Datastore(REPLICAS_DS, "Cloud Replicas", DatastoreType.Datastore, DS_REF, 300)),
            1, 1);
    static final ComputeResource ABC_SUBSCRIPTION = new ComputeResource(UUID.fromString("25f485fd-06e3-4ee2-9703-465c4d8c2fae"), ABC_ID,
            SILVER_ID, WAN_ID, true, new NetworkAppliance("ABC Company Appliance", "VM Network", true, null, "", false), 8192, 2,
            List.of(new StorageUsage(REPLICAS_DS, 35)));

    static final Subtenant ABC_USER = new Subtenant(UUID.fromString("0eb0c130-d91a-4e05-9403-ac2ded0fc1ea"), ABC_ID, "ABC Company User 01",
            "ABC Company PC User", "hash-never-shown", true, ABC_QUOTA.id(), "Cloud Vol User 01", 10240, false, 0,
            UUID.fromString("724f861d-16e7-40ee-8b68-cf7b51c31d61"));

    private SpecExamples() {
    }

    static String example(String name) {
        try (InputStream in = SpecExamples.class.getResourceAsStream("/examples/tenants/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String xml(Node node) {
        return new String(XmlWriter.write(node), StandardCharsets.UTF_8)
                .replace(" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"", "")
                .replace(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"", "");
    }

    static String json(Node node) {
        return compact(new String(JsonWriter.write(node), StandardCharsets.UTF_8));
    }

    /** Whitespace between tokens dropped, property order kept. */
    static String compact(String json) {
        try {
            return JSON.writeValueAsString(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
