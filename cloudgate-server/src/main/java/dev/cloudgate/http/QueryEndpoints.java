package dev.cloudgate.http;

import dev.cloudgate.wire.ApiPaths;
import dev.cloudgate.failure.Failure;
import dev.cloudgate.auth.Role;
import dev.cloudgate.query.QueryParameters;
import dev.cloudgate.query.QueryPlan;
import dev.cloudgate.query.QueryPlanner;
import dev.cloudgate.query.QueryService;
import dev.cloudgate.query.QueryType;
import dev.cloudgate.wire.Link;
import dev.cloudgate.wire.Node;
import java.util.ArrayList;
import java.util.List;

/** {@code GET /querySvc} and {@code GET /query} (SPEC §5.11, §6). */
record QueryEndpoints(QueryService queries, QueryResults results) {
    /** SPEC §5.11: the preconfigured queries, in the vendor's form; Task first, the only one for a Restore Operator. */
    private static final String[][] PRECONFIGURED = {
        {"TaskList", "Task", "TaskUid"},
        // SPEC-tenants §2.8 amending §5.11, in the vendor's order (get_querysvc.md 13.1).
        {"RepositoryList", "Repository", "name"},
        {"BackupServerList", "BackupServer", "name"},
        {"ManagedServerList", "ManagedServer", "name"},
        {"WanAcceleratorList", "WanAccelerator", "name"},
        {"CloudGatewayList", "CloudGateway", "name"},
        {"CloudTenantList", "CloudTenant", "name"},
        {"CloudSubtenantList", "CloudSubtenant", "Name"},
        {"CloudHardwarePlanList", "CloudHardwarePlan", "Name"},
        {"CloudGatewayPoolList", "CloudGatewayPool", "Name"},
    };

    Reply service(Call call) {
        Hrefs h = call.hrefs();
        List<Link> links = new ArrayList<>();
        links.add(Link.of("Up", "LogonSession", h.session(call.session().id())));
        boolean everything = call.session().role().seesInfrastructure();
        for (String[] q : PRECONFIGURED) {
            if (everything || q[1].equals("Task")) {
                links.add(Link.of("Down", q[0], h.of("/query?type=" + q[1] + "&format=Entities&sortAsc=" + q[2] + "&pageSize=15&page=1")));
            }
        }
        return Reply.ok(Node.element("QuerySvc").attr("Type", "QueryService").attr("Href", h.of(ApiPaths.QUERY_SERVICE)).links(links));
    }

    /**
     * The order of refusals: the role is judged on the type name alone (SPEC §2.5, §7 A40, so that
     * a Restore Operator gets 403 rather than a 400 for another parameter); then the type (400 or
     * 501 for a vendor type, decided right after the role); then the other parameters and the filter.
     */
    Reply query(Call call) {
        String typeName = call.param("type");
        if (call.session().role() == Role.RESTORE_OPERATOR && typeName != null && !typeName.isBlank()
                && !typeName.strip().equalsIgnoreCase(QueryType.TASK.typeName())) {
            throw Failure.forbidden();
        }
        QueryType type = QueryType.named(typeName);
        // T-A23: a Portal User may use /cloud/vlans but not this query type, as the vendor's role table says.
        if (type == QueryType.VLAN_CONFIGURATION && call.session().role() == Role.PORTAL_USER) {
            throw Failure.forbidden();
        }
        QueryPlan plan = QueryPlanner.plan(QueryParameters.parse(call.rawQuery()));
        return Reply.ok(queries.run(plan, call.session().id(), page -> results.render(call, plan, page)));
    }
}
