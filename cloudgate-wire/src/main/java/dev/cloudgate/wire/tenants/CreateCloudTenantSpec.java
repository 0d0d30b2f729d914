package dev.cloudgate.wire.tenants;

import dev.cloudgate.wire.BodyNode;
import dev.cloudgate.wire.Fields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The body of {@code POST /cloud/tenants} (SPEC-tenants §6.2), judged as far as the request alone allows
 * (§7.1 S2–S24, first failing row first) with the defaults of §6.2 applied. Left to the server: that the
 * backup server exists and that its two spellings agree (S1), and every check of §7.3.
 *
 * <p>Type-specific parts are null or empty unless the type uses them: {@code password} (Standalone),
 * {@code organizationRef} and {@code vCloudComputeResources} (vCD), {@code domain} (ActiveDirectory).
 */
public record CreateCloudTenantSpec(
        String backupServerIdOrName,
        UidRef backupServerUid,
        String name,
        String description,
        String password,
        boolean enabled,
        Instant leaseExpiration,
        List<CreateCloudTenantResourceSpec> resources,
        List<CloudTenantComputeResourceCreateSpec> computeResources,
        boolean throttlingEnabled,
        int throttlingSpeedLimit,
        ThrottlingUnit throttlingSpeedUnit,
        int publicIpCount,
        int maxConcurrentTasks,
        boolean backupProtectionEnabled,
        int backupProtectionPeriod,
        TenantType tenantType,
        String organizationRef,
        List<VCloudComputeResourceSpec> vCloudComputeResources,
        List<UidRef> cloudGatewayPools,
        boolean failoverToOtherGatewaysIfFail,
        DomainSpec domain) {

    public static final String ROOT = "CreateCloudTenantSpec";
    /** Quota names may be empty (T-A34); see {@link CreateCloudTenantResourceSpec#KEEP_EMPTY}. */
    public static final Set<String> KEEP_EMPTY = Set.of("Name");
    static final String BACKUP_SERVER = "BackupServer";
    static final String POOL = "CloudGatewayPool";
    public static final int MAX_CONCURRENT_TASKS = 10000;
    public static final int MAX_PROTECTION_DAYS = 99;

    /** @param now the server's clock: a lease date must lie after it (S7) */
    public static CreateCloudTenantSpec from(BodyNode body, Instant now) {
        Draft draft = Draft.bind(body);
        draft.check(now);
        return draft.spec();
    }

    private record Draft(
            String backupServerIdOrName, UidRef backupServerUid, String name, String description, String password,
            Boolean enabled, Instant leaseExpiration,
            List<CreateCloudTenantResourceSpec.Bound> resources, List<CloudTenantComputeResourceCreateSpec.Bound> computeResources,
            Boolean throttlingEnabled, Integer throttlingSpeedLimit, String throttlingSpeedUnit, Integer publicIpCount,
            Integer maxConcurrentTasks, Boolean backupProtectionEnabled, Integer backupProtectionPeriod, String tenantType,
            String organizationRef, List<VCloudComputeResourceSpec> vCloudComputeResources, List<UidRef> pools,
            Boolean failover, DomainSpec.Bound domain) {

        static Draft bind(BodyNode body) {
            String idOrName = Values.optionalText(body, "BackupServerIdOrName");
            UidRef backupServer = Values.uid(body, BACKUP_SERVER, "BackupServerUid", "BackupServerUID");
            if (idOrName == null && backupServer == null) {
                throw Values.required("BackupServerUid");
            }
            Values.requireLength(idOrName, Values.MAX_NAME, "Element 'BackupServerIdOrName' must not be longer than 255 characters.");
            BodyNode domain = Values.child(body, "Domain");
            return new Draft(
                    idOrName,
                    backupServer,
                    Values.trimmed(Values.text(body, "Name")),
                    Values.text(body, "Description"),
                    Values.text(body, "Password"),
                    Values.bool(body, "Enabled"),
                    Values.date(Values.text(body, "LeaseExpirationDate"), "LeaseExpirationDate"),
                    mapItems(body, "Resources", CreateCloudTenantResourceSpec::bind),
                    mapItems(body, "ComputeResources", CloudTenantComputeResourceCreateSpec::bind),
                    Values.bool(body, "ThrottlingEnabled"),
                    Fields.integer(body, "ThrottlingSpeedLimit"),
                    Values.text(body, "ThrottlingSpeedUnit"),
                    Fields.integer(body, "PublicIpCount", "PublicIPCount"),
                    Fields.integer(body, "MaxConcurrentTasks"),
                    Values.bool(body, "BackupProtectionEnabled"),
                    Fields.integer(body, "BackupProtectionPeriod"),
                    Values.optionalText(body, "TenantType"),
                    Values.optionalText(body, "OrganizationRef"),
                    mapItems(body, "VCloudComputeResources", VCloudComputeResourceSpec::bind),
                    distinctPools(body),
                    Values.bool(body, "FailoverToOtherGatewaysIfFail", "FailoverToOthersGatewaysIfFail"),
                    domain == null ? null : DomainSpec.bind(domain));
        }

        TenantType type() {
            return tenantType == null ? TenantType.Standalone : TenantType.parse(tenantType).orElse(null);
        }

        /** The rows of §7.1 in table order. */
        void check(Instant now) {
            if (Values.blank(name) || name.length() > Values.MAX_NAME) {
                throw Values.invalid("Name must be a non-empty string of at most 255 characters.");
            }
            Values.requireLength(description, Values.MAX_DESCRIPTION, "Description must not be longer than 1024 characters.");
            TenantType type = type();
            if (type == TenantType.Standalone && Values.blank(password)) {
                throw Values.invalid("Password must be specified for a standalone tenant.");
            }
            if (type == TenantType.Standalone) {
                Values.requireLength(password, Values.MAX_PASSWORD, "Password must not be longer than 255 characters.");
            }
            if (leaseExpiration != null && !leaseExpiration.isAfter(now)) {
                throw Values.invalid("LeaseExpirationDate must lie in the future.");
            }
            Limits.throttlingSpeedLimit(throttlingSpeedLimit);
            Limits.throttlingSpeedUnit(throttlingSpeedUnit);
            Limits.maxConcurrentTasks(maxConcurrentTasks);
            Limits.backupProtectionPeriod(backupProtectionPeriod);
            if (publicIpCount != null && publicIpCount < 0) {
                throw Values.invalid("PublicIpCount must not be negative.");
            }
            if (type == null) {
                throw Values.invalid("TenantType must be one of Standalone, vCD, ActiveDirectory.");
            }
            if (type == TenantType.vCD && organizationRef == null) {
                throw Values.invalid("OrganizationRef must be specified for a vCD tenant.");
            }
            Values.requireLength(organizationRef, 1024, "Element 'OrganizationRef' must not be longer than 1024 characters.");
            if (type == TenantType.ActiveDirectory && (domain == null || !domain.complete())) {
                throw Values.invalid("Domain with DomainName, DomainAccount and a valid Port must be specified for an ActiveDirectory tenant.");
            }
            if (type != TenantType.Standalone && !computeResources.isEmpty()) {
                throw Values.invalid("ComputeResources can be given only for a standalone tenant.");
            }
            if (type != TenantType.vCD && !vCloudComputeResources.isEmpty()) {
                throw Values.invalid("VCloudComputeResources can be given only for a vCD tenant.");
            }
            resources.forEach(CreateCloudTenantResourceSpec.Bound::checkName);
            checkListedOnce();
            resources.forEach(CreateCloudTenantResourceSpec.Bound::checkQuota);
            computeResources.forEach(CloudTenantComputeResourceCreateSpec.Bound::checkPlatform);
            checkAppliances();
        }

        /** S18: one repository, plan or VDC listed twice. */
        private void checkListedOnce() {
            Set<UUID> repositories = new HashSet<>();
            for (CreateCloudTenantResourceSpec.Bound resource : resources) {
                if (!repositories.add(resource.repository().id())) {
                    throw Values.invalid("Repository " + resource.repository().sent() + " is listed more than once.");
                }
            }
            Set<UUID> plans = new HashSet<>();
            for (CloudTenantComputeResourceCreateSpec.Bound compute : computeResources) {
                if (!plans.add(compute.hardwarePlan().id())) {
                    throw Values.invalid("Hardware plan " + compute.hardwarePlan().sent() + " is listed more than once.");
                }
            }
            Set<String> vdcs = new HashSet<>();
            for (VCloudComputeResourceSpec vdc : vCloudComputeResources) {
                if (!vdcs.add(vdc.virtualDataCenterRef().toLowerCase(Locale.ROOT))) {
                    throw Values.invalid("Organization VDC " + vdc.virtualDataCenterRef() + " is listed more than once.");
                }
            }
        }

        /** S21–S24, row by row over every appliance of the body. */
        private void checkAppliances() {
            List<NetworkApplianceSpec> appliances = new ArrayList<>();
            computeResources.stream().map(CloudTenantComputeResourceCreateSpec.Bound::appliance).filter(a -> a != null).forEach(appliances::add);
            vCloudComputeResources.stream().map(VCloudComputeResourceSpec::appliance).filter(a -> a != null).forEach(appliances::add);
            appliances.forEach(NetworkApplianceSpec::checkNames);
            appliances.forEach(NetworkApplianceSpec::checkManualSettings);
            appliances.forEach(NetworkApplianceSpec::checkAddresses);
            appliances.forEach(NetworkApplianceSpec::checkDistributedSwitch);
        }

        CreateCloudTenantSpec spec() {
            TenantType type = type();
            return new CreateCloudTenantSpec(
                    backupServerIdOrName,
                    backupServerUid,
                    name,
                    description == null ? "" : description,
                    type == TenantType.Standalone ? password : null,
                    enabled == null || enabled,
                    leaseExpiration,
                    resources.stream().map(CreateCloudTenantResourceSpec.Bound::checkQuota).toList(),
                    computeResources.stream().map(CloudTenantComputeResourceCreateSpec.Bound::spec).toList(),
                    throttlingEnabled != null && throttlingEnabled,
                    throttlingSpeedLimit == null ? 1 : throttlingSpeedLimit,
                    throttlingSpeedUnit == null ? ThrottlingUnit.MBps : ThrottlingUnit.parse(throttlingSpeedUnit).orElseThrow(),
                    publicIpCount == null ? 0 : publicIpCount,
                    maxConcurrentTasks == null ? 1 : maxConcurrentTasks,
                    backupProtectionEnabled != null && backupProtectionEnabled,
                    backupProtectionPeriod == null ? 1 : backupProtectionPeriod,
                    type,
                    type == TenantType.vCD ? organizationRef : null,
                    type == TenantType.vCD ? vCloudComputeResources : List.of(),
                    pools,
                    failover != null && failover,
                    type == TenantType.ActiveDirectory ? domain.spec() : null);
        }
    }

    /** {@code CloudGatewayPools}: UIDs, duplicates collapsed (T-A16), in the order first sent. */
    private static List<UidRef> distinctPools(BodyNode body) {
        List<UidRef> sent = PoolUids.read(body);
        if (sent == null) {
            return List.of();
        }
        Map<UUID, UidRef> unique = new LinkedHashMap<>();
        sent.forEach(uid -> unique.putIfAbsent(uid.id(), uid));
        return List.copyOf(unique.values());
    }

    private static <T> List<T> mapItems(BodyNode body, String wrapper, java.util.function.Function<BodyNode, T> bind) {
        List<BodyNode> items = Values.items(body, wrapper);
        return items == null ? List.of() : items.stream().map(bind).toList();
    }
}
