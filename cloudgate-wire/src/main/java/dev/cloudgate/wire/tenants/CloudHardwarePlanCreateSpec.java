package dev.cloudgate.wire.tenants;

import dev.cloudgate.wire.BodyNode;
import dev.cloudgate.wire.Fields;
import java.util.Set;

/**
 * The body of {@code POST /cloud/hardwarePlans} (SPEC-tenants §6.11), judged by §7.1 (S2, S3, S26, S27,
 * S28 in that order). {@code details.storage()} is never null or empty here and item Ids are to be
 * ignored; {@code ParentType}/{@code ParentName} are shown from the seeded host afterwards.
 * Network counts default to 0.
 */
public record CloudHardwarePlanCreateSpec(
        UidRef backupServer,
        String name,
        String description,
        int processorUsageLimitMhz,
        int memoryUsageLimitMb,
        PlanDetails details) {

    public static final String ROOT = "CloudHardwarePlanCreateSpec";
    public static final Set<String> KEEP_EMPTY = Set.of();

    public static CloudHardwarePlanCreateSpec from(BodyNode body) {
        UidRef backupServer = Values.uid(body, CreateCloudTenantSpec.BACKUP_SERVER, "BackupServerUid");
        if (backupServer == null) {
            throw Values.required("BackupServerUid");
        }
        String name = Values.trimmed(Values.text(body, "Name"));
        String description = Values.text(body, "Description");
        Integer cpu = Fields.integer(body, "ProcessorUsageLimitMhz");
        Integer memory = Fields.integer(body, "MemoryUsageLimitMb");
        BodyNode detailsNode = Values.child(body, "HardwarePlanDetails");
        PlanDetails details = detailsNode == null ? null : PlanDetails.bind(detailsNode);

        if (Values.blank(name) || name.length() > Values.MAX_NAME) {
            throw Values.invalid("Name must be a non-empty string of at most 255 characters.");
        }
        Values.requireLength(description, Values.MAX_DESCRIPTION, "Description must not be longer than 1024 characters.");
        PlanDetails.checkLimit(cpu, "ProcessorUsageLimitMhz");
        PlanDetails.checkLimit(memory, "MemoryUsageLimitMb");
        PlanDetails.checkOne(details);
        if (details.hypervisorHostRef() == null) {
            throw Values.required("HypervisorHostRef");
        }
        Values.requireLength(details.hypervisorHostRef(), 1024, "Element 'HypervisorHostRef' must not be longer than 1024 characters.");
        PlanDetails withList = details.storage() != null ? details : new PlanDetails(details.platform(), details.hypervisorHostRef(),
                details.parentType(), details.parentName(), java.util.List.of(), details.countWithInternet(), details.countWithoutInternet());
        withList.checkContent(true);
        return new CloudHardwarePlanCreateSpec(backupServer, name, description == null ? "" : description, cpu, memory, new PlanDetails(
                withList.platform(), withList.hypervisorHostRef(), withList.parentType(), withList.parentName(), withList.storage(),
                orZero(withList.countWithInternet()), orZero(withList.countWithoutInternet())));
    }

    private static Integer orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
