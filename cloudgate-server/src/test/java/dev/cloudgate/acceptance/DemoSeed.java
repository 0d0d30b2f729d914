package dev.cloudgate.acceptance;

/**
 * The ids of the demo seed ({@code cloudgate-server/src/main/resources/seed/demo.yaml}) that tests name, in one
 * place: a test that starts on the demo seed reads them from here rather than repeating them. Each comes as the
 * bare id a path takes and, where tests send or compare it, as the {@code urn:veeam:…} UID a body takes.
 */
public final class DemoSeed {
    /** backupServers[0], vbr01.tech.local: the service provider's backup server, home of almost everything below. */
    public static final String BS1 = "8ea5406b-a6e9-42d9-bca5-44b6a5d94af1";
    public static final String BS1_UID = "urn:veeam:BackupServer:" + BS1;
    /** backupServers[1], 172.24.31.67: the second site's backup server. */
    public static final String BS2 = "29e5d158-1f58-44bc-bbaa-2752d787a91d";
    public static final String BS2_UID = "urn:veeam:BackupServer:" + BS2;

    /** vbr01's repository "Cloud Repository 01" (WindowsLocal), where ABC Company's quota lives. */
    public static final String REPO_01 = "a0f35f34-8d58-4470-b52d-071e1417732a";
    public static final String REPO_01_UID = "urn:veeam:Repository:" + REPO_01;
    /** vbr01's repository "Cloud Repository 02" (LinuxLocal). */
    public static final String REPO_02 = "0a9c15f5-bc17-4848-a14b-b2ec3f9919ea";
    public static final String REPO_02_UID = "urn:veeam:Repository:" + REPO_02;
    /** vbr01's repository "Object Storage 01" (kind Cloud). */
    public static final String REPO_CLOUD = "3c1d8e5a-7b2f-4a9c-8d6e-1f0a2b3c4d5e";
    public static final String REPO_CLOUD_UID = "urn:veeam:Repository:" + REPO_CLOUD;
    /** 172.24.31.67's repository "Site B Repository": not vbr01's. */
    public static final String REPO_SITE_B = "8a1f3e5c-9d2b-4c7a-8e6f-4b6c8d0e2f05";
    public static final String REPO_SITE_B_UID = "urn:veeam:Repository:" + REPO_SITE_B;

    /** vbr01's WAN accelerator wan01.tech.local. */
    public static final String WAN = "34ebeeb4-75d0-4e71-b315-fbc16eb2975f";
    public static final String WAN_UID = "urn:veeam:WanAccelerator:" + WAN;

    /** vbr01's VMware host esx01.tech.local, by the ref a hardware plan names it with. */
    public static final String ESX_HOST = "urn:VMware:Host:b7f17482-2f34-446c-976c-924539a98b0b.host-438";
    /** vbr01's Hyper-V host hv01.tech.local, by its ref. */
    public static final String HV_HOST = "urn:HyperV:Host:849a937a-3416-4f03-8111-67b06393afcb.";
    /** esx01's datastore "Cloud Replicas", the one VMware Silver uses. */
    public static final String DS_441 = "urn:VMware:Datastore:ed6ad5f1-671b-4875-9d81-72a431953aca.datastore-441";
    /** esx01's datastore "Cloud Replicas 2", which no plan uses. */
    public static final String DS_442 = "urn:VMware:Datastore:ed6ad5f1-671b-4875-9d81-72a431953aca.datastore-442";

    /** vbr01's hardware plan "VMware Silver" on esx01. */
    public static final String SILVER = "91156f8d-8bd3-44af-bec3-b6ac2ea24288";
    public static final String SILVER_UID = "urn:veeam:CloudHardwarePlan:" + SILVER;
    /** vbr01's hardware plan "Hyper-V Silver" on hv01. */
    public static final String HV_SILVER = "127e652e-e02e-4951-99e7-03280edfe536";
    public static final String HV_SILVER_UID = "urn:veeam:CloudHardwarePlan:" + HV_SILVER;

    /** vbr01's VLAN configuration of esx01's vSwitch0 (500-510 with Internet, 511-520 without). */
    public static final String VLAN = "78c6a038-38a2-4908-ac19-1540f9448533";

    /** vbr01's vCloud Director organization TechCompanyOrg, by its ref. */
    public static final String ORG = "urn:vCloud:Organization:7b8c3fa3-b664-43d6-8a59-19803997ce48.urn:vcloud:org:49c8966b-260a-4d3b-9bca-d0cc6349a9a6";
    /** TechCompanyOrg's virtual data center TechCompanyOrgVDC, by its ref. */
    public static final String ORG_VDC = "urn:vCloud:OrgVdc:7b8c3fa3-b664-43d6-8a59-19803997ce48.urn:vcloud:vdc:64318a39-a879-4a27-8e5d-58fae0fafaab";

    /** vbr01's tenant "ABC Company", the one with a quota, a subtenant and a pool. */
    public static final String TENANT_ABC = "5cf540af-512a-5ba8-9f12-77fba51207e0";
    /** vbr01's tenant "XYZ Corporation", with nothing of its own. */
    public static final String TENANT_XYZ = "1b5f2c40-6d9e-4f1c-8a7b-3c4d5e6f7a06";
    /** 172.24.31.67's tenant "Second Site Tenant". */
    public static final String TENANT_SECOND_SITE = "6a0e7b95-1c4d-4e6b-8f5a-8b9c0d1e2f11";
    /** ABC Company's backup resource (its quota on Cloud Repository 01). */
    public static final String ABC_RESOURCE = "2fcc7f11-2a33-448d-a242-ba8f0618c97b";
    /** ABC Company's subtenant "ABC Company User 01". */
    public static final String ABC_USER_01 = "0eb0c130-d91a-4e05-9403-ac2ded0fc1ea";

    /** The pool "GatewayPool 1" (ABC Company's, SPEC-tenants §3.6). */
    public static final String POOL_1 = "64bf55fb-b53f-4214-950a-fcc3a241622b";
    /** The gateway of GatewayPool 1, on gw04.tech.local. */
    public static final String POOL_1_GATEWAY = "c7a1e3f5-2b4d-4c6e-8f0a-1b3c5d7e9f13";

    /** Not in the seed: an id well-formed as any but of nothing, for the 404s. */
    public static final String UNKNOWN = "0b0b0b0b-0000-4000-8000-000000000009";

    private DemoSeed() {
    }
}
