package dev.cloudgate.http;

import dev.cloudgate.wire.ApiPaths;
import dev.cloudgate.wire.Uids;
import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.ManagedServer;
import dev.cloudgate.infrastructure.Tenant;
import dev.cloudgate.wire.Link;
import dev.cloudgate.wire.Node;
import java.util.List;

/** Backup server, managed server and tenant representations (SPEC §3.4, §3.5, §3.8). */
final class InfrastructureViews {
    private InfrastructureViews() {
    }

    static Node backupServerRef(Hrefs h, BackupServer s, String root) {
        String href = h.backupServer(s.id());
        return References.ref(root, "BackupServerReference", href, s.name(), Uids.of(BackupServer.KIND, s.id()), List.of(
                Link.of("Down", "JobReferenceList", href + "/jobs"),
                Link.of("Down", "RepositoryReferenceList", href + "/repositories"),
                Link.of("Down", "ExternalRepositoryReferenceList", href + "/externalRepositories"),
                Link.of("Down", "CredentialsList", href + "/credentials"),
                Link.of("Down", "PasswordKeyList", href + "/passwords"),
                Link.named("Alternate", "BackupServer", Hrefs.entity(href), s.name()),
                Link.of("Down", "ManagedServerReferenceList", h.of(ApiPaths.of(ApiPaths.BACKUP_SERVER_MANAGED_SERVERS, s.id())))));
    }

    static Node backupServer(Hrefs h, BackupServer s) {
        String href = h.backupServer(s.id());
        return References.entity("BackupServer", Hrefs.entity(href), s.name(), Uids.of(BackupServer.KIND, s.id()))
                .links(List.of(
                        Link.named("Alternate", "BackupServerReference", href, s.name()),
                        Link.of("Edit", "BackupServerReference", href),
                        Link.of("Delete", "BackupServerReference", href),
                        Link.of("Down", "JobReferenceList", href + "/jobs"),
                        Link.of("Down", "ManagedServerReferenceList", h.of(ApiPaths.of(ApiPaths.BACKUP_SERVER_MANAGED_SERVERS, s.id()))),
                        Link.of("Down", "RepositoryReferenceList", href + "/repositories"),
                        Link.of("Down", "CredentialsList", href + "/credentials"),
                        Link.of("Create", null, href + "/credentials?action=create"),
                        Link.of("Down", "PasswordKeyList", href + "/passwords"),
                        Link.of("Create", null, href + "/passwords?action=create"),
                        Link.of("VeeamZip", null, href + "?action=veeamzip"),
                        Link.of("QuickBackup", null, href + "?action=quickbackup"),
                        Link.of("Start", null, href + "?action=collect")))
                .leafChild("Description", s.description())
                .leafChild("Port", s.port())
                .leafChild("Version", s.version())
                .leafChild("WcfPort", s.wcfPort())
                .leafChild("VbrCertificateThumbprint", s.certificateThumbprint());
    }

    static Node managedServerRef(Hrefs h, ManagedServer m, BackupServer owner, String root) {
        String href = h.managedServer(m.id());
        return References.ref(root, "ManagedServerReference", href, m.name(), Uids.of(ManagedServer.KIND, m.id()), List.of(
                Link.named("Alternate", "ManagedServer", Hrefs.entity(href), m.name()),
                Link.named("Up", "BackupServerReference", h.backupServer(owner.id()), owner.name())));
    }

    static Node managedServer(Hrefs h, ManagedServer m, BackupServer owner) {
        String href = h.managedServer(m.id());
        return References.entity("ManagedServer", Hrefs.entity(href), m.name(), Uids.of(ManagedServer.KIND, m.id()))
                .links(List.of(
                        Link.named("Up", "BackupServer", Hrefs.entity(h.backupServer(owner.id())), owner.name()),
                        Link.named("Alternate", "ManagedServerReference", href, m.name()),
                        // SPEC §7 A35: emitted even for Windows servers; its target answers 501.
                        Link.named("Related", "HierarchyRoot", Hrefs.entity(h.of("/hierarchyRoots/" + m.id())), m.name())))
                .leafChild("Description", m.description())
                .leafChild("ManagedServerType", m.type().name());
    }

    static Node tenantRef(Hrefs h, Tenant t, BackupServer owner, String root) {
        String href = h.tenant(t.id());
        return References.ref(root, "CloudTenantReference", href, t.name(), Uids.of(Tenant.KIND, t.id()), List.of(
                Link.named("Up", "BackupServerReference", h.backupServer(owner.id()), owner.name()),
                Link.named("Alternate", "CloudTenant", Hrefs.entity(href), t.name())));
    }
}
