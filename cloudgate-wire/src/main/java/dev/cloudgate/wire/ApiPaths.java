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
    public static final String CLOUD_TENANT_RESOURCES = CLOUD_TENANT + "/resources";
    /** {@code {rid}}: a backup resource's bare UUID (SPEC-tenants §2.2). */
    public static final String CLOUD_TENANT_RESOURCE = CLOUD_TENANT_RESOURCES + "/{rid}";
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
}
