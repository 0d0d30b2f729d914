package dev.cloudgate.http;

import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.Infrastructure;
import dev.cloudgate.tenants.HardwarePlan;
import dev.cloudgate.tenants.HardwarePlanViews;
import dev.cloudgate.tenants.PlanService;
import dev.cloudgate.tenants.TenantService;
import dev.cloudgate.tenants.TenantViews;
import dev.cloudgate.wire.tenants.CloudHardwarePlanCreateSpec;
import dev.cloudgate.wire.tenants.CloudHardwarePlanEdit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code /cloud/hardwarePlans} (SPEC-tenants §6.11): wire records in, views out, tasks back. */
final class HardwarePlanEndpoints {
    private final PlanService plans;
    private final TenantService tenants;
    private final Infrastructure infrastructure;

    HardwarePlanEndpoints(PlanService plans, TenantService tenants, Infrastructure infrastructure) {
        this.plans = plans;
        this.tenants = tenants;
        this.infrastructure = infrastructure;
    }

    Reply list(Call call) {
        List<HardwarePlan> all = plans.all();
        if (Formats.entity(call)) {
            return Reply.ok(HardwarePlanViews.entities(call.hrefs(), plans.views(all)));
        }
        Map<UUID, BackupServer> owners = infrastructure.backupServers().stream()
                .collect(Collectors.toMap(BackupServer::id, Function.identity()));
        return Reply.ok(References.refList(all.stream()
                .map(p -> HardwarePlanViews.ref(call.hrefs(), p, owners.get(p.backupServerId()), References.REF)).toList()));
    }

    Reply get(Call call) {
        HardwarePlan plan = plan(call);
        if (Formats.entity(call)) {
            HardwarePlanViews.PlanView v = plans.views(List.of(plan)).get(0);
            return Reply.ok(HardwarePlanViews.entity(call.hrefs(), v.plan(), v.owner(), v.host()));
        }
        return Reply.ok(HardwarePlanViews.ref(call.hrefs(), plan, infrastructure.backupServer(plan.backupServerId()), References.ENTITY_REF));
    }

    /** T-A20: always the entity list, whatever {@code format} says. */
    Reply tenants(Call call) {
        HardwarePlan plan = plan(call);
        return Reply.ok(TenantViews.entities(call.hrefs(), tenants.details(plans.subscribers(plan))));
    }

    Reply create(Call call) {
        CloudHardwarePlanCreateSpec spec = CloudHardwarePlanCreateSpec.from(
                call.body(CloudHardwarePlanCreateSpec.ROOT, CloudHardwarePlanCreateSpec.KEEP_EMPTY).node());
        return TaskEndpoints.accepted(call, plans.requestCreate(call.session().id(), spec));
    }

    Reply edit(Call call) {
        HardwarePlan plan = plan(call);
        CloudHardwarePlanEdit edit = CloudHardwarePlanEdit.from(call.body(CloudHardwarePlanEdit.ROOT, CloudHardwarePlanEdit.KEEP_EMPTY).node());
        return TaskEndpoints.accepted(call, plans.requestEdit(call.session().id(), plan, edit));
    }

    Reply delete(Call call) {
        return TaskEndpoints.accepted(call, plans.requestDelete(call.session().id(), plan(call)));
    }

    private HardwarePlan plan(Call call) {
        return plans.get(call.pathId(HardwarePlan.KIND, "Hardware plan"), call.pathParam("id"));
    }
}
