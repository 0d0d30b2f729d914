package dev.cloudgate.wire.tenants;

/** The request bodies of SPEC-tenants §6, as the spec prints them. */
final class Examples {
    static final String NS = "http://www.veeam.com/ent/v1.0";
    static final String BS = "urn:veeam:BackupServer:8ea5406b-a6e9-42d9-bca5-44b6a5d94af1";
    static final String REPO = "urn:veeam:Repository:a0f35f34-8d58-4470-b52d-071e1417732a";
    static final String PLAN = "urn:veeam:CloudHardwarePlan:91156f8d-8bd3-44af-bec3-b6ac2ea24288";
    static final String POOL = "urn:veeam:CloudGatewayPool:64bf55fb-b53f-4214-950a-fcc3a241622b";
    static final String WAN = "urn:veeam:WanAccelerator:34ebeeb4-75d0-4e71-b315-fbc16eb2975f";

    private Examples() {
    }

    static final String CREATE_TENANT_XML = """
            <?xml version="1.0" encoding="utf-8"?>
            <CreateCloudTenantSpec xmlns="http://www.veeam.com/ent/v1.0">
              <Name>Tri-M Company</Name>
              <Description>Tenant account for Tri-M Company</Description>
              <Password>Str0ng-Pa55</Password>
              <Enabled>true</Enabled>
              <LeaseExpirationDate>2099-12-31T00:00:00Z</LeaseExpirationDate>
              <Resources>
                <BackupResource>
                  <Name>Cloud Repository 01</Name>
                  <RepositoryUid>urn:veeam:Repository:a0f35f34-8d58-4470-b52d-071e1417732a</RepositoryUid>
                  <QuotaMb>307200</QuotaMb>
                </BackupResource>
              </Resources>
              <ComputeResources>
                <ComputeResource>
                  <CloudHardwarePlanUid>urn:veeam:CloudHardwarePlan:91156f8d-8bd3-44af-bec3-b6ac2ea24288</CloudHardwarePlanUid>
                  <PlatformType>VMware</PlatformType>
                  <UseNetworkFailoverResources>false</UseNetworkFailoverResources>
                </ComputeResource>
              </ComputeResources>
              <ThrottlingEnabled>false</ThrottlingEnabled>
              <ThrottlingSpeedLimit>1</ThrottlingSpeedLimit>
              <ThrottlingSpeedUnit>MBps</ThrottlingSpeedUnit>
              <PublicIpCount>0</PublicIpCount>
              <BackupServerUid>urn:veeam:BackupServer:8ea5406b-a6e9-42d9-bca5-44b6a5d94af1</BackupServerUid>
              <MaxConcurrentTasks>2</MaxConcurrentTasks>
              <TenantType>Standalone</TenantType>
              <CloudGatewayPools>
                <CloudGatewayPoolUid>urn:veeam:CloudGatewayPool:64bf55fb-b53f-4214-950a-fcc3a241622b</CloudGatewayPoolUid>
              </CloudGatewayPools>
              <FailoverToOtherGatewaysIfFail>true</FailoverToOtherGatewaysIfFail>
            </CreateCloudTenantSpec>
            """;

    static final String CREATE_TENANT_JSON = """
            {
              "Name": "Tri-M Company",
              "Description": "Tenant account for Tri-M Company",
              "Password": "Str0ng-Pa55",
              "Enabled": true,
              "LeaseExpirationDate": "2099-12-31T00:00:00Z",
              "Resources": {"BackupResources": [{"Name": "Cloud Repository 01", "RepositoryUid": "urn:veeam:Repository:a0f35f34-8d58-4470-b52d-071e1417732a", "QuotaMb": 307200}]},
              "ComputeResources": {"ComputeResources": [{"CloudHardwarePlanUid": "urn:veeam:CloudHardwarePlan:91156f8d-8bd3-44af-bec3-b6ac2ea24288", "PlatformType": "VMware", "UseNetworkFailoverResources": false}]},
              "ThrottlingEnabled": false,
              "ThrottlingSpeedLimit": 1,
              "ThrottlingSpeedUnit": "MBps",
              "PublicIpCount": 0,
              "BackupServerUid": "urn:veeam:BackupServer:8ea5406b-a6e9-42d9-bca5-44b6a5d94af1",
              "MaxConcurrentTasks": 2,
              "TenantType": "Standalone",
              "CloudGatewayPools": {"CloudGatewayPoolUids": ["urn:veeam:CloudGatewayPool:64bf55fb-b53f-4214-950a-fcc3a241622b"]},
              "FailoverToOtherGatewaysIfFail": true
            }
            """;

    static final String CREATE_VCD_XML = """
            <CreateCloudTenantSpec xmlns="http://www.veeam.com/ent/v1.0">
              <Name>TechCompanyOrg</Name>
              <Resources>
                <BackupResource>
                  <Name>TechCompany Cloud Vol</Name>
                  <RepositoryUid>urn:veeam:Repository:a0f35f34-8d58-4470-b52d-071e1417732a</RepositoryUid>
                  <QuotaMb>102400</QuotaMb>
                </BackupResource>
              </Resources>
              <BackupServerUid>urn:veeam:BackupServer:8ea5406b-a6e9-42d9-bca5-44b6a5d94af1</BackupServerUid>
              <TenantType>vCD</TenantType>
              <OrganizationRef>urn:vCloud:Organization:7b8c3fa3-b664-43d6-8a59-19803997ce48.urn:vcloud:org:49c8966b-260a-4d3b-9bca-d0cc6349a9a6</OrganizationRef>
              <VCloudComputeResources>
                <VCloudComputeResource>
                  <VirtualDataCenterRef>urn:vCloud:OrgVdc:7b8c3fa3-b664-43d6-8a59-19803997ce48.urn:vcloud:vdc:64318a39-a879-4a27-8e5d-58fae0fafaab</VirtualDataCenterRef>
                  <UseNetworkFailoverResources>false</UseNetworkFailoverResources>
                </VCloudComputeResource>
              </VCloudComputeResources>
            </CreateCloudTenantSpec>
            """;

    static final String CREATE_VCD_JSON = """
            {"Name": "TechCompanyOrg", "Resources": {"BackupResources": [{"Name": "TechCompany Cloud Vol", "RepositoryUid": "urn:veeam:Repository:a0f35f34-8d58-4470-b52d-071e1417732a", "QuotaMb": 102400}]}, "BackupServerUid": "urn:veeam:BackupServer:8ea5406b-a6e9-42d9-bca5-44b6a5d94af1", "TenantType": "vCD", "OrganizationRef": "urn:vCloud:Organization:7b8c3fa3-b664-43d6-8a59-19803997ce48.urn:vcloud:org:49c8966b-260a-4d3b-9bca-d0cc6349a9a6", "VCloudComputeResources": {"VCloudComputeResources": [{"VirtualDataCenterRef": "urn:vCloud:OrgVdc:7b8c3fa3-b664-43d6-8a59-19803997ce48.urn:vcloud:vdc:64318a39-a879-4a27-8e5d-58fae0fafaab", "UseNetworkFailoverResources": false}]}}
            """;

    static final String CREATE_AD_XML = """
            <CreateCloudTenantSpec xmlns="http://www.veeam.com/ent/v1.0">
              <Name>TECH\\william.fox</Name>
              <BackupServerUid>urn:veeam:BackupServer:8ea5406b-a6e9-42d9-bca5-44b6a5d94af1</BackupServerUid>
              <TenantType>ActiveDirectory</TenantType>
              <Domain>
                <DomainName>tech.local</DomainName>
                <DomainAccount>TECH\\administrator</DomainAccount>
                <Port>389</Port>
              </Domain>
            </CreateCloudTenantSpec>
            """;

    static final String CREATE_AD_JSON = """
            {"Name": "TECH\\\\william.fox", "BackupServerUid": "urn:veeam:BackupServer:8ea5406b-a6e9-42d9-bca5-44b6a5d94af1", "TenantType": "ActiveDirectory", "Domain": {"DomainName": "tech.local", "DomainAccount": "TECH\\\\administrator", "Port": 389}}
            """;

    static final String PASSWORD_RESET_XML = """
            <?xml version="1.0" encoding="utf-8"?>
            <CloudTenant Type="CloudTenant" Href="http://localhost:9399/api/cloud/tenants/urn:veeam:CloudTenant:5cf540af-512a-5ba8-9f12-77fba51207e0?format=Entity" Name="" UID="urn:veeam:CloudTenant:urn:veeam:CloudTenant:5cf540af-512a-5ba8-9f12-77fba51207e0" xmlns="http://www.veeam.com/ent/v1.0" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <Password>N3w-Pa55</Password>
            </CloudTenant>
            """;

    static final String EDIT_TENANT_XML = """
            <CloudTenant xmlns="http://www.veeam.com/ent/v1.0">
              <Password />
              <Description>Tenant account for ABC Company (gold)</Description>
              <Enabled>false</Enabled>
              <LeaseOptions Enabled="true" ExpirationDate="2028-06-30T00:00:00Z" />
              <ThrottlingEnabled>true</ThrottlingEnabled>
              <ThrottlingSpeedLimit>100</ThrottlingSpeedLimit>
              <ThrottlingSpeedUnit>Mbps</ThrottlingSpeedUnit>
              <MaxConcurrentTasks>4</MaxConcurrentTasks>
              <CloudGatewayPools />
            </CloudTenant>
            """;

    static final String EDIT_TENANT_JSON = """
            {"Description": "Tenant account for ABC Company (gold)", "Enabled": false, "LeaseOptions": {"Enabled": true, "ExpirationDate": "2028-06-30T00:00:00Z"}, "ThrottlingEnabled": true, "ThrottlingSpeedLimit": 100, "ThrottlingSpeedUnit": "Mbps", "MaxConcurrentTasks": 4, "CloudGatewayPools": {}}
            """;

    static final String CREATE_RESOURCE_XML = """
            <?xml version="1.0" encoding="utf-8"?>
            <CreateCloudTenantResourceSpec xmlns="http://www.veeam.com/ent/v1.0">
              <Name>Cloud Repository 02</Name>
              <RepositoryUid>urn:veeam:Repository:0a9c15f5-bc17-4848-a14b-b2ec3f9919ea</RepositoryUid>
              <QuotaMb>102400</QuotaMb>
              <WanAcceleratorUid />
            </CreateCloudTenantResourceSpec>
            """;

    static final String CREATE_RESOURCE_JSON = """
            {"Name": "Cloud Repository 02", "RepositoryUid": "urn:veeam:Repository:0a9c15f5-bc17-4848-a14b-b2ec3f9919ea", "QuotaMb": 102400, "WanAcceleratorUid": ""}
            """;

    static final String CREATE_COMPUTE_XML = """
            <?xml version="1.0" encoding="utf-8"?>
            <CloudTenantComputeResourceCreateSpec xmlns="http://www.veeam.com/ent/v1.0">
              <CloudHardwarePlanUid>urn:veeam:CloudHardwarePlan:91156f8d-8bd3-44af-bec3-b6ac2ea24288</CloudHardwarePlanUid>
              <WanAcceleratorUid>urn:veeam:WanAccelerator:34ebeeb4-75d0-4e71-b315-fbc16eb2975f</WanAcceleratorUid>
              <PlatformType>VMware</PlatformType>
              <UseNetworkFailoverResources>true</UseNetworkFailoverResources>
              <NetworkAppliance>
                <Name>ABC Company Appliance</Name>
                <ProductionNetwork>VM Network</ProductionNetwork>
                <ObtainIPAddressAutomatically>false</ObtainIPAddressAutomatically>
                <ManualIpAddressSettingsInfoType>
                  <IpAddress>172.17.52.37</IpAddress>
                  <SubnetMask>255.255.254.0</SubnetMask>
                  <DefaultGateway>172.17.52.1</DefaultGateway>
                </ManualIpAddressSettingsInfoType>
              </NetworkAppliance>
            </CloudTenantComputeResourceCreateSpec>
            """;

    static final String CREATE_COMPUTE_JSON = """
            {"CloudHardwarePlanUid": "urn:veeam:CloudHardwarePlan:91156f8d-8bd3-44af-bec3-b6ac2ea24288", "WanAcceleratorUid": "urn:veeam:WanAccelerator:34ebeeb4-75d0-4e71-b315-fbc16eb2975f", "PlatformType": "VMware", "UseNetworkFailoverResources": true, "NetworkAppliance": {"Name": "ABC Company Appliance", "ProductionNetwork": "VM Network", "ObtainIPAddressAutomatically": false, "ManualIpAddressSettingsInfoType": {"IpAddress": "172.17.52.37", "SubnetMask": "255.255.254.0", "DefaultGateway": "172.17.52.1"}}}
            """;

    static final String CREATE_SUBTENANT_XML = """
            <?xml version="1.0" encoding="utf-8"?>
            <CloudSubtenantCreateSpec xmlns="http://www.veeam.com/ent/v1.0">
              <Name>ABC Company User 02</Name>
              <Description>ABC Company Laptop User</Description>
              <Password>12345678</Password>
              <Enabled>true</Enabled>
              <TenantResourceId>2fcc7f11-2a33-448d-a242-ba8f0618c97b</TenantResourceId>
              <QuotaName>User 02 Quota</QuotaName>
              <QuotaMb>10240</QuotaMb>
              <UnlimitedQuota>false</UnlimitedQuota>
            </CloudSubtenantCreateSpec>
            """;

    static final String CREATE_SUBTENANT_JSON = """
            {"Name": "ABC Company User 02", "Description": "ABC Company Laptop User", "Password": "12345678", "Enabled": true, "TenantResourceId": "2fcc7f11-2a33-448d-a242-ba8f0618c97b", "QuotaName": "User 02 Quota", "QuotaMb": 10240, "UnlimitedQuota": false}
            """;

    static final String CREATE_PLAN_XML = """
            <?xml version="1.0" encoding="utf-8"?>
            <CloudHardwarePlanCreateSpec xmlns="http://www.veeam.com/ent/v1.0">
              <BackupServerUid>urn:veeam:BackupServer:8ea5406b-a6e9-42d9-bca5-44b6a5d94af1</BackupServerUid>
              <Name>VMware Gold</Name>
              <Description>Hardware Plan for VMware</Description>
              <ProcessorUsageLimitMhz>10000</ProcessorUsageLimitMhz>
              <MemoryUsageLimitMb>20000</MemoryUsageLimitMb>
              <HardwarePlanDetails>
                <ViCloudHardwarePlan>
                  <HypervisorHostRef>urn:VMware:Host:b7f17482-2f34-446c-976c-924539a98b0b.host-438</HypervisorHostRef>
                  <ParentType>HostSystem</ParentType>
                  <ParentName>esx01.tech.local</ParentName>
                  <Datastores>
                    <Datastore>
                      <FriendlyName>Cloud Replicas</FriendlyName>
                      <DatastoreType>Datastore</DatastoreType>
                      <Reference>urn:VMware:Datastore:ed6ad5f1-671b-4875-9d81-72a431953aca.datastore-441</Reference>
                      <QuotaGb>500</QuotaGb>
                    </Datastore>
                  </Datastores>
                  <Network>
                    <CountWithInternet>1</CountWithInternet>
                    <CountWithoutInternet>0</CountWithoutInternet>
                  </Network>
                </ViCloudHardwarePlan>
              </HardwarePlanDetails>
            </CloudHardwarePlanCreateSpec>
            """;

    static final String CREATE_PLAN_JSON = """
            {"BackupServerUid": "urn:veeam:BackupServer:8ea5406b-a6e9-42d9-bca5-44b6a5d94af1", "Name": "VMware Gold", "Description": "Hardware Plan for VMware", "ProcessorUsageLimitMhz": 10000, "MemoryUsageLimitMb": 20000, "HardwarePlanDetails": {"ViCloudHardwarePlan": {"HypervisorHostRef": "urn:VMware:Host:b7f17482-2f34-446c-976c-924539a98b0b.host-438", "ParentType": "HostSystem", "ParentName": "esx01.tech.local", "Datastores": {"Datastores": [{"FriendlyName": "Cloud Replicas", "DatastoreType": "Datastore", "Reference": "urn:VMware:Datastore:ed6ad5f1-671b-4875-9d81-72a431953aca.datastore-441", "QuotaGb": 500}]}, "Network": {"CountWithInternet": 1, "CountWithoutInternet": 0}}}}
            """;
}
