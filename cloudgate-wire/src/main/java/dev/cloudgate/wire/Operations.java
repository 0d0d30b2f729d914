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
    // SPEC-tenants §5.
    public static final String CREATE_CLOUD_TENANT = "CreateCloudTenant";
    public static final String EDIT_CLOUD_TENANT = "EditCloudTenant";
    public static final String DELETE_CLOUD_TENANT = "DeleteCloudTenant";
    /** Also the operation of a compute resource create (sic, SPEC-tenants T-A11). */
    public static final String CREATE_CLOUD_TENANT_RESOURCE = "CreateCloudTenantResource";
    public static final String DELETE_CLOUD_TENANT_RESOURCE = "DeleteCloudTenantResource";
    public static final String DELETE_CLOUD_TENANT_COMPUTE_RESOURCE = "DeleteCloudTenantComputeResource";
    public static final String ADD_CLOUD_SUBTENANT = "AddCloudSubtenant";
    public static final String EDIT_CLOUD_SUBTENANT = "EditCloudSubtenant";
    public static final String DELETE_CLOUD_SUBTENANT = "DeleteCloudSubtenant";
    public static final String CREATE_CLOUD_HARDWARE_PLAN = "CreateCloudHardwarePlan";
    public static final String EDIT_CLOUD_HARDWARE_PLAN = "EditCloudHardwarePlan";
    public static final String DELETE_CLOUD_HARDWARE_PLAN = "DeleteCloudHardwarePlan";
    public static final String UPDATE_VLAN_CONFIGURATION = "UpdateVlanConfiguration";
    public static final String DELETE_VLAN_CONFIGURATION = "DeleteVlanConfiguration";

    private Operations() {
    }
}
