package dev.cloudgate.wire;

/**
 * The vendor API's paths below {@code /api} (SPEC §5), declared once for the server's route table,
 * its Hrefs and audit lines, and the Java client. {@code {id}} marks the one path parameter; real
 * clients build these shapes themselves, so they never change.
 */
public final class ApiPaths {
    public static final String ROOT = "/";
    public static final String LOGON = "/sessionMngr";
    public static final String LOGON_SESSIONS = "/logonSessions";
    public static final String LOGON_SESSION = LOGON_SESSIONS + "/{id}";
    public static final String BACKUP_SERVERS = "/backupServers";
    public static final String BACKUP_SERVER = BACKUP_SERVERS + "/{id}";
    public static final String BACKUP_SERVER_MANAGED_SERVERS = BACKUP_SERVER + "/managedServers";
    public static final String MANAGED_SERVERS = "/managedServers";
    public static final String MANAGED_SERVER = MANAGED_SERVERS + "/{id}";
    public static final String CLOUD = "/cloud";
    public static final String CLOUD_GATEWAYS = CLOUD + "/gateways";
    public static final String CLOUD_GATEWAY = CLOUD_GATEWAYS + "/{id}";
    public static final String CLOUD_GATEWAY_POOLS = CLOUD + "/gatewayPools";
    public static final String CLOUD_GATEWAY_POOL = CLOUD_GATEWAY_POOLS + "/{id}";
    public static final String CLOUD_GATEWAY_POOL_GATEWAYS = CLOUD_GATEWAY_POOL + "/gateways";
    public static final String CLOUD_GATEWAY_POOL_TENANTS = CLOUD_GATEWAY_POOL + "/tenants";
    public static final String CLOUD_TENANTS = CLOUD + "/tenants";
    public static final String CLOUD_TENANT = CLOUD_TENANTS + "/{id}";
    public static final String CLOUD_TENANT_GATEWAY_POOLS = CLOUD_TENANT + "/gatewayPools";
    // SPEC-tenants §1.1. Sub-objects of a tenant have a second parameter; see of(template, id, subId).
    public static final String CLOUD_TENANT_RESOURCES = CLOUD_TENANT + "/resources";
    public static final String CLOUD_TENANT_RESOURCE = CLOUD_TENANT_RESOURCES + "/{rid}";
    public static final String CLOUD_TENANT_COMPUTE_RESOURCES = CLOUD_TENANT + "/computeResources";
    public static final String CLOUD_TENANT_COMPUTE_RESOURCE = CLOUD_TENANT_COMPUTE_RESOURCES + "/{cid}";
    /** Requests may use any case (SPEC §1.1); the vendor's Hrefs spell it all lower case (SPEC-tenants §2.1). */
    public static final String CLOUD_TENANT_VCLOUD_COMPUTE_RESOURCES = CLOUD_TENANT + "/vCloudComputeResources";
    public static final String CLOUD_TENANT_VCLOUD_COMPUTE_RESOURCE = CLOUD_TENANT_VCLOUD_COMPUTE_RESOURCES + "/{vid}";
    public static final String CLOUD_TENANT_VCLOUD_COMPUTE_RESOURCES_HREF = CLOUD_TENANT + "/vcloudcomputeresources";
    public static final String CLOUD_TENANT_SUBTENANTS = CLOUD_TENANT + "/subtenants";
    public static final String CLOUD_TENANT_SUBTENANT = CLOUD_TENANT_SUBTENANTS + "/{sid}";
    public static final String CLOUD_TENANT_FREE_LICENSE_COUNTERS = CLOUD_TENANT + "/freelicenseCounters";
    public static final String CLOUD_HARDWARE_PLANS = CLOUD + "/hardwarePlans";
    public static final String CLOUD_HARDWARE_PLAN = CLOUD_HARDWARE_PLANS + "/{id}";
    public static final String CLOUD_HARDWARE_PLAN_TENANTS = CLOUD_HARDWARE_PLAN + "/tenants";
    public static final String CLOUD_VLANS = CLOUD + "/vlans";
    public static final String CLOUD_VLAN = CLOUD_VLANS + "/{id}";
    public static final String REPOSITORIES = "/repositories";
    public static final String REPOSITORY = REPOSITORIES + "/{id}";
    public static final String BACKUP_SERVER_REPOSITORIES = BACKUP_SERVER + "/repositories";
    public static final String WAN_ACCELERATORS = "/wanAccelerators";
    public static final String WAN_ACCELERATOR = WAN_ACCELERATORS + "/{id}";
    public static final String TASKS = "/tasks";
    public static final String TASK = TASKS + "/{id}";
    public static final String QUERY_SERVICE = "/querySvc";
    public static final String QUERY = "/query";

    private ApiPaths() {
    }

    /** The path of {@code template} with its {@code {id}} replaced (the caller encodes the id where it must). */
    public static String of(String template, Object id) {
        return template.replace("{id}", String.valueOf(id));
    }

    /** The path of a tenant's sub-object: {@code {id}} is the tenant, the template's second parameter {@code subId}. */
    public static String of(String template, Object id, Object subId) {
        return of(template, id).replaceFirst("\\{[a-z]+}", java.util.regex.Matcher.quoteReplacement(String.valueOf(subId)));
    }
}
