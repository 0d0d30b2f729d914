package dev.cloudgate.http;

import dev.cloudgate.tasks.Task;
import dev.cloudgate.wire.ApiPaths;
import dev.cloudgate.wire.Link;
import dev.cloudgate.wire.Node;
import dev.cloudgate.wire.Operations;
import java.util.ArrayList;
import java.util.List;

/** Task representations (SPEC §4), including the operation-specific Related links of its table. */
final class TaskViews {
    private TaskViews() {
    }

    static Node task(Hrefs h, Task t, String root) {
        return task(h, t, root, RelatedLinks.NONE);
    }

    /** @param more the Related links that need the store (tenant operations, SPEC-tenants §5) */
    static Node task(Hrefs h, Task t, String root, RelatedLinks more) {
        String href = h.task(t.taskId());
        List<Link> links = new ArrayList<>();
        links.add(Link.of("Delete", "Task", href));
        if (t.finished() && Boolean.TRUE.equals(t.success())) {
            Link related = related(h, t);
            if (related == null) {
                related = more.related(h, t);
            }
            if (related != null) {
                links.add(related);
            }
        }
        Node node = Node.element(root).attr("Type", "Task").attr("Href", href).links(links)
                .leafChild("TaskId", t.taskId())
                .leafChild("State", t.state().name())
                .leafChild("Operation", t.operation());
        if (t.finished()) {
            node.add(Node.element("Result")
                    .attr("Success", Boolean.TRUE.equals(t.success()))
                    .leafChild("Message", t.message() == null ? "" : t.message()));
        }
        return node;
    }

    /** SPEC §4 table and §7 A15: the link types are the vendor's, typos included. */
    private static Link related(Hrefs h, Task t) {
        return switch (t.operation()) {
            case Operations.CREATE_CLOUD_GATEWAY -> t.relatedId() == null ? null
                    : new Link("Related", Hrefs.entity(h.gateway(t.relatedId())), "", "CloudGateway");
            case Operations.CREATE_CLOUD_GATEWAY_POOL -> t.relatedId() == null ? null
                    : new Link("Related", Hrefs.entity(h.pool(t.relatedId())), "", "CloudGatewayPools");
            case Operations.DELETE_CLOUD_GATEWAY_POOL -> Link.of("Related", "CloudGatewayPoolList",
                    Hrefs.entity(h.of(ApiPaths.CLOUD_GATEWAY_POOLS)));
            default -> null;
        };
    }
}
