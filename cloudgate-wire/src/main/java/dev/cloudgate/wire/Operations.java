package dev.cloudgate.wire;

/**
 * The vendor's names of task operations (a task's {@code Operation}, SPEC §4), declared once for the
 * server's task commands, task views and audit lines, and the Java client.
 */
public final class Operations {
    public static final String CREATE_CLOUD_GATEWAY = "CreateCloudGateway";
    public static final String EDIT_CLOUD_GATEWAY = "EditCloudGateway";
    public static final String DELETE_CLOUD_GATEWAY = "DeleteCloudGateway";
    public static final String CREATE_CLOUD_GATEWAY_POOL = "CreateCloudGatewayPool";
    /** SPEC §7 A16: the vendor's name for a pool edit, unlike EditCloudGateway. */
    public static final String UPDATE_CLOUD_GATEWAY_POOL = "UpdateCloudGatewayPool";
    public static final String DELETE_CLOUD_GATEWAY_POOL = "DeleteCloudGatewayPool";
    public static final String CREATE_CLOUD_TENANT = "CreateCloudTenant";
    public static final String EDIT_CLOUD_TENANT = "EditCloudTenant";
    public static final String DELETE_CLOUD_TENANT = "DeleteCloudTenant";
    /** SPEC-tenants §5: also the (sic) operation of a compute resource create (T-A11). */
    public static final String CREATE_CLOUD_TENANT_RESOURCE = "CreateCloudTenantResource";
    public static final String DELETE_CLOUD_TENANT_RESOURCE = "DeleteCloudTenantResource";

    private Operations() {
    }
}
