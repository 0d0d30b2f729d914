package dev.cloudgate.http;

import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.Infrastructure;
import dev.cloudgate.infrastructure.VlanConfiguration;
import dev.cloudgate.tenants.InventoryViews;
import dev.cloudgate.tenants.VlanService;
import dev.cloudgate.wire.tenants.VlanConfigurationEdit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code /cloud/vlans} (SPEC-tenants §6.14): read, edit the ranges, delete; there is no create. */
final class VlanEndpoints {
    private final VlanService vlans;
    private final Infrastructure infrastructure;

    VlanEndpoints(VlanService vlans, Infrastructure infrastructure) {
        this.vlans = vlans;
        this.infrastructure = infrastructure;
    }

    Reply list(Call call) {
        List<VlanConfiguration> all = vlans.all();
        Map<UUID, BackupServer> owners = infrastructure.backupServers().stream()
                .collect(Collectors.toMap(BackupServer::id, Function.identity()));
        if (Formats.entity(call)) {
            return Reply.ok(InventoryViews.vlans(call.hrefs(), all.stream()
                    .map(v -> new InventoryViews.Owned<>(v, owners.get(v.backupServerId()))).toList()));
        }
        return Reply.ok(References.refList(all.stream()
                .map(v -> InventoryViews.vlanRef(call.hrefs(), v, owners.get(v.backupServerId()), References.REF)).toList()));
    }

    Reply get(Call call) {
        VlanConfiguration v = vlan(call);
        BackupServer owner = infrastructure.backupServer(v.backupServerId());
        return Reply.ok(Formats.entity(call) ? InventoryViews.vlan(call.hrefs(), v, owner, "VlanConfiguration")
                : InventoryViews.vlanRef(call.hrefs(), v, owner, References.ENTITY_REF));
    }

    Reply edit(Call call) {
        VlanConfiguration v = vlan(call);
        VlanConfigurationEdit edit = VlanConfigurationEdit.from(call.body(VlanConfigurationEdit.ROOT, VlanConfigurationEdit.KEEP_EMPTY).node());
        return TaskEndpoints.accepted(call, vlans.requestUpdate(call.session().id(), v, edit));
    }

    Reply delete(Call call) {
        return TaskEndpoints.accepted(call, vlans.requestDelete(call.session().id(), vlan(call)));
    }

    private VlanConfiguration vlan(Call call) {
        return vlans.get(call.pathId(VlanConfiguration.KIND, "VLAN configuration"), call.pathParam("id"));
    }
}
