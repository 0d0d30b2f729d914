package dev.cloudgate.http;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.auth.Role;
import java.util.Locale;
import java.util.Set;

/**
 * Paths the vendor documents but this server does not serve (SPEC §5.13): they answer 501 after
 * the role check of §7 A40, while paths nobody documents answer 404.
 */
final class VendorPaths {
    private static final Set<String> TOP = Set.of("jobs", "backups", "backupsessions", "backuptasksessions", "replicasessions",
            "restorepoints", "vmrestorepoints", "vmreplicapoints", "replicas", "repositories", "hierarchyroots", "lookupsvc",
            "lookup", "reports", "security", "catalog", "agents", "agentbackups", "agentjobs", "restoresessions",
            "vapprestorepoints", "vcdorganizations", "fileservers", "nasjobs", "nasbackups", "credentials", "passwords",
            "externalrepositories", "scaleoutrepositories", "wanaccelerators", "tenants", "discoveredcomputers", "protectiongroups");
    private static final Set<String> UNDER_BACKUP_SERVER = Set.of("jobs", "repositories", "externalrepositories", "credentials",
            "passwords");
    private static final Set<String> UNDER_CLOUD = Set.of("tenants", "hardwareplans", "publicipaddresses", "cloudfailoverplans",
            "vmreplicapoints", "replicas", "vlans", "failoversessions", "gatewaypools");
    /** SPEC-tenants §2.8 amending §7 A40: repositories and WAN accelerators are infrastructure too. */
    private static final Set<String> RESTRICTED_FOR_RESTORE = Set.of("backupservers", "managedservers", "cloud", "hierarchyroots",
            "lookupsvc", "repositories", "wanaccelerators");

    private VendorPaths() {
    }

    /** Throws the 403 or 501 a documented but unserved path earns; returns when the path is not documented. */
    static void refuse(String[] segments, Role role) {
        if (!documented(segments)) {
            return;
        }
        if (role == Role.RESTORE_OPERATOR && RESTRICTED_FOR_RESTORE.contains(segments[0].toLowerCase(Locale.ROOT))) {
            throw Failure.forbidden();
        }
        throw Failure.notImplemented();
    }

    private static boolean documented(String[] segments) {
        if (segments.length == 0) {
            return false;
        }
        String first = segments[0].toLowerCase(Locale.ROOT);
        if (TOP.contains(first)) {
            return true;
        }
        if (first.equals("backupservers") && segments.length >= 3) {
            return UNDER_BACKUP_SERVER.contains(segments[2].toLowerCase(Locale.ROOT));
        }
        if (first.equals("cloud") && segments.length >= 2) {
            return UNDER_CLOUD.contains(segments[1].toLowerCase(Locale.ROOT));
        }
        return false;
    }
}
