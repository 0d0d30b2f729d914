package dev.cloudgate.query;

import dev.cloudgate.failure.Failure;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The query types this server answers (SPEC §6.1) with their fields (§6.4) mapped onto the schema
 * of {@code V1__init.sql}. Each type names the rows it selects, the id it returns and the column
 * that gives creation order, which is the default order and breaks ties (§6.4, §7 A43).
 */
public enum QueryType {
    CLOUD_GATEWAY("CloudGateway", "gateway g join backup_server b on b.id = g.backup_server_id", "g.id", "g.seq",
            Field.uid("UID", "CloudGateway", "g.id"),
            Field.text("Name", "g.name"),
            Field.bool("Enabled", "g.enabled"),
            Field.text("Description", "g.description"),
            Field.uid("BackupServerUid", "BackupServer", "g.backup_server_id"),
            Field.text("BackupServerName", "b.name"),
            Field.choice("NetworkMode", "g.network_mode", "Direct", "NAT"),
            Field.text("ExternalIP", "g.external_ip"),
            Field.integer("ExternalPort", "g.external_port"),
            Field.integer("InternalPort", "g.internal_port")),
    CLOUD_GATEWAY_POOL("CloudGatewayPool", "gateway_pool p join backup_server b on b.id = p.backup_server_id",
            "p.id", "p.seq",
            Field.uid("UID", "CloudGatewayPool", "p.id"),
            Field.text("Name", "p.name"),
            Field.text("Description", "p.description"),
            Field.uid("BackupServerUid", "BackupServer", "p.backup_server_id"),
            Field.text("BackupServerName", "b.name")),
    BACKUP_SERVER("BackupServer", "backup_server b", "b.id", "b.seq",
            Field.uid("UID", "BackupServer", "b.id"),
            Field.text("Name", "b.name"),
            Field.text("Description", "b.description"),
            // Nullable in the schema; an unset address compares as the empty string it is shown as.
            Field.text("IpOrDnsName", "coalesce(b.ip_or_dns_name, '')"),
            Field.integer("Port", "b.port"),
            Field.text("Version", "b.version")),
    MANAGED_SERVER("ManagedServer", "managed_server m join backup_server b on b.id = m.backup_server_id",
            "m.id", "m.seq",
            Field.uid("UID", "ManagedServer", "m.id"),
            Field.text("Name", "m.name"),
            Field.text("Description", "m.description"),
            // Declared order of SPEC §3.5; ordering comparisons use it.
            Field.choice("ManagedServerType", "m.server_type", "ESX", "VC", "Linux", "Local", "Windows", "ESXi",
                    "HvServer", "HvCluster", "Scvmm", "BackupServer", "SanHost", "SmbServer", "SmbCluster",
                    "VcdSystem", "Cloud", "AzureWinServer", "VmSnapshotStorageHost", "ConfigurationService",
                    "ExternalInfrastructureProxy", "NdmpServer", "ExternalInfrastructureServer"),
            Field.uid("BackupServerUid", "BackupServer", "m.backup_server_id"),
            Field.text("BackupServerName", "b.name")),
    TASK("Task", "task t", "t.task_no", "t.task_no",
            Field.text("TaskId", "'task-' || cast(t.task_no as varchar(11))").alias("TaskUid").sortedBy("t.task_no"),
            Field.choice("State", "t.state", "Running", "OperationFinished", "Finished"),
            Field.text("Operation", "t.operation")),
    CLOUD_TENANT("CloudTenant", "tenant te join backup_server b on b.id = te.backup_server_id", "te.id", "te.seq",
            Field.uid("UID", "CloudTenant", "te.id"),
            Field.text("Name", "te.name"),
            Field.bool("Enabled", "te.enabled"),
            Field.uid("BackupServerUid", "BackupServer", "te.backup_server_id"),
            Field.text("BackupServerName", "b.name"),
            // SPEC-tenants §8: declared order Standalone < vCD < ActiveDirectory; empty reference for non-vCD tenants.
            Field.choice("Type", "te.tenant_type", "Standalone", "vCD", "ActiveDirectory"),
            Field.text("OrganizationReference", "coalesce(te.organization_ref, '')")),
    REPOSITORY("Repository", "repository r join backup_server b on b.id = r.backup_server_id", "r.id", "r.seq",
            Field.uid("UID", "Repository", "r.id"),
            Field.text("Name", "r.name"),
            Field.integer("FreeSpace", "r.free_space"),
            Field.integer("Capacity", "r.capacity"),
            Field.uid("BackupServerUid", "BackupServer", "r.backup_server_id"),
            Field.text("BackupServerName", "b.name")),
    WAN_ACCELERATOR("WanAccelerator", "wan_accelerator w join backup_server b on b.id = w.backup_server_id", "w.id", "w.seq",
            Field.uid("UID", "WanAccelerator", "w.id"),
            Field.text("Name", "w.name"),
            Field.integer("Capacity", "w.capacity_gb"),
            Field.integer("ConnectionsCount", "w.connections_count"),
            Field.bool("HighBandwidthModeEnabled", "w.high_bandwidth"),
            Field.uid("BackupServerUid", "BackupServer", "w.backup_server_id"),
            Field.text("BackupServerName", "b.name")),
    // SPEC-tenants §8: the subtenant's UID is its bare Id, typed String; Disabled is the negated flag.
    CLOUD_SUBTENANT("CloudSubtenant", "subtenant s join tenant te on te.id = s.tenant_id join backup_server b on b.id = te.backup_server_id",
            "s.id", "s.seq",
            Field.text("UID", "cast(s.id as varchar(36))"),
            Field.text("Name", "s.name"),
            Field.uid("CloudTenantUid", "CloudTenant", "s.tenant_id"),
            Field.text("CloudTenantName", "te.name"),
            Field.bool("Disabled", "(not s.enabled)"),
            Field.bool("Unlimited", "s.unlimited"),
            Field.integer("Quota", "s.quota_mb"),
            Field.integer("UsedQuota", "s.used_quota_mb"),
            Field.text("BackupResourceId", "cast(s.backup_resource_id as varchar(36))"),
            Field.uid("BackupServerUid", "BackupServer", "te.backup_server_id"),
            Field.text("BackupServerName", "b.name")),
    // T-A21: Platform is an enumeration, VMware < HyperV.
    CLOUD_HARDWARE_PLAN("CloudHardwarePlan", "hardware_plan hp join backup_server b on b.id = hp.backup_server_id", "hp.id", "hp.seq",
            Field.uid("UID", "CloudHardwarePlan", "hp.id"),
            Field.text("Name", "hp.name"),
            Field.choice("Platform", "hp.platform", "VMware", "HyperV"),
            Field.uid("BackupServerUid", "BackupServer", "hp.backup_server_id"),
            Field.text("BackupServerName", "b.name")),
    // The entity shows the bare UUID as UID (T-A17); the full UID form matches too. ClusterRef is the host's reference.
    VLAN_CONFIGURATION("VlanConfiguration", "vlan_configuration v join backup_server b on b.id = v.backup_server_id", "v.id", "v.seq",
            Field.uid("UID", "VlanConfiguration", "v.id"),
            Field.text("SwitchName", "v.switch_name"),
            Field.choice("SwitchType", "v.switch_type", "VirtualSwitch", "DistributedVirtualSwitch"),
            Field.text("SwitchId", "v.switch_id"),
            Field.text("ClusterName", "coalesce(v.cluster_name, '')"),
            Field.text("ClusterRef", "v.host_ref"),
            Field.uid("BackupServerUid", "BackupServer", "v.backup_server_id"),
            Field.text("BackupServerName", "b.name"));

    private final String typeName;
    private final String from;
    private final String idColumn;
    private final String creationOrder;
    private final List<Field> fields;

    QueryType(String typeName, String from, String idColumn, String creationOrder, Field... fields) {
        this.typeName = typeName;
        this.from = from;
        this.idColumn = idColumn;
        this.creationOrder = creationOrder;
        this.fields = List.of(fields);
    }

    /**
     * The type called {@code name}, in any case.
     *
     * @throws Failure invalid when missing or unknown, not implemented for vendor types
     *     outside this slice (SPEC §6.1)
     */
    public static QueryType named(String name) {
        if (name == null || name.isBlank()) {
            throw Failure.invalid("Query parameter 'type' is missing.");
        }
        for (QueryType type : values()) {
            if (type.typeName.equalsIgnoreCase(name.strip())) {
                return type;
            }
        }
        if (VendorQueryTypes.isVendorType(name.strip())) {
            throw Failure.notImplemented("Query type '" + name + "' is not implemented by this server.");
        }
        throw Failure.invalid("Unknown query type '" + name + "'.");
    }

    /** The vendor's spelling, e.g. {@code CloudGateway}. */
    public String typeName() {
        return typeName;
    }

    /** Tasks are the caller's own (SPEC §4): a task query needs the logon session's id. */
    public boolean sessionScoped() {
        return this == TASK;
    }

    /** Restricts task rows to one session's remembered tasks (SPEC §4, §8 B15); one {@code ?} for its id. */
    String sessionScope() {
        return sessionScoped() ? "t.session_id = ? and t.forgotten = false" : null;
    }

    Field field(String name) {
        return fields.stream().filter(field -> field.isCalled(name)).findFirst().orElseThrow(() ->
                Failure.invalid("Unknown field '" + name + "' for query type " + typeName + "; known fields: "
                        + fields.stream().map(Field::name).collect(Collectors.joining(", ")) + "."));
    }

    String from() {
        return from;
    }

    String idColumn() {
        return idColumn;
    }

    String creationOrder() {
        return creationOrder;
    }
}
