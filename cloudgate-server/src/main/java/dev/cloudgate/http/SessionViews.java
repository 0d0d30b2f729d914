package dev.cloudgate.http;

import dev.cloudgate.auth.LogonSession;
import dev.cloudgate.wire.ApiPaths;
import dev.cloudgate.wire.Link;
import dev.cloudgate.wire.Node;
import java.util.ArrayList;
import java.util.List;

/** The entry document and logon sessions (SPEC §5.1, §5.2, §5.3). */
final class SessionViews {
    private SessionViews() {
    }

    static Node enterpriseManager(Hrefs h, List<String> versions) {
        Node supported = Node.list("SupportedVersions", "SupportedVersion");
        for (String version : versions) {
            supported.add(Node.element("SupportedVersion").attr("Name", version)
                    .links(List.of(Link.of("Create", "LogonSession", h.of(ApiPaths.LOGON + "/?v=" + version))))
                    .jsonOrder("Links", "Name"));
        }
        return Node.element("EnterpriseManager")
                .links(List.of(
                        Link.of("Down", "LogonSessionList", h.of(ApiPaths.LOGON_SESSIONS)),
                        Link.of("Create", "LogonSession", h.of(ApiPaths.LOGON + "/?v=latest"))))
                .add(supported)
                .jsonOrder("SupportedVersions", "Links");
    }

    /** {@code cloudConnect}: whether any backup server offers Cloud Connect (SPEC §5.6). */
    static Node session(Hrefs h, LogonSession s, String root, boolean cloudConnect) {
        String href = h.session(s.id());
        List<Link> links = new ArrayList<>();
        links.add(Link.of("Up", "EnterpriseManager", h.root()));
        boolean infra = s.role().seesInfrastructure();
        if (infra) {
            links.add(Link.of("Down", "BackupServerReferenceList", h.of(ApiPaths.BACKUP_SERVERS)));
            links.add(Link.of("Down", "ManagedServerReferenceList", h.of(ApiPaths.MANAGED_SERVERS)));
            // SPEC-tenants §2.8 amending §5.2, in the vendor's relative order (logging_on.md).
            links.add(Link.of("Down", "RepositoryReferenceList", h.of(ApiPaths.REPOSITORIES)));
            links.add(Link.of("Down", "WanAcceleratorReferenceList", h.of(ApiPaths.WAN_ACCELERATORS)));
        }
        links.add(Link.of("Down", "TaskList", h.of(ApiPaths.TASKS)));
        links.add(Link.of("Down", "QueryService", h.of(ApiPaths.QUERY_SERVICE)));
        if (infra) {
            links.add(Link.of("Down", "BackupServerList", Hrefs.entity(h.of(ApiPaths.BACKUP_SERVERS))));
            links.add(Link.of("Down", "ManagedServerList", Hrefs.entity(h.of(ApiPaths.MANAGED_SERVERS))));
            links.add(Link.of("Down", "RepositoryList", Hrefs.entity(h.of(ApiPaths.REPOSITORIES))));
            links.add(Link.of("Down", "WanAcceleratorList", Hrefs.entity(h.of(ApiPaths.WAN_ACCELERATORS))));
            if (cloudConnect) {
                links.add(Link.of("Down", "CloudConnectService", h.of(ApiPaths.CLOUD)));
            }
        }
        // Typed, as on the vendor's pages: clients pick the logout link by Rel and Type (overrides SPEC §5.2 item 9).
        links.add(Link.of("Delete", "LogonSession", href));
        return Node.element(root).attr("Type", "LogonSession").attr("Href", href).links(links)
                .leafChild("UserName", s.userName())
                .leafChild("SessionId", s.id().toString());
    }
}
