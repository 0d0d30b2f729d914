package dev.cloudgate.query;

import java.util.Locale;
import java.util.Set;

/**
 * Query types the vendor documents (query_type.md, 13.0) but this slice does not serve: asking for
 * one is 501, not 400 (SPEC §6.1), so that a client can tell "not here" from "no such thing".
 */
final class VendorQueryTypes {

    private static final Set<String> NAMES = Set.of(
            "agentbackupjob", "agentprotectiongroup", "agentrestorepoint", "backup", "backupfile",
            "backupjobsession", "backuptasksession", "cdppolicy", "cdpreplica", "cdpreplicasession",
            "cdpreplicatasksession", "cloudfailoverplan", "cloudfailoversession",
            "cloudpublicipaddress", "cloudreplica", "cloudvmreplicapoint", "credentials",
            "discoveredcomputer", "failoverplan", "fileserver", "hierarchyroot", "job", "nasjob", "nasobject",
            "objectinjob", "passwords", "replica", "replicajobsession", "replicatasksession",
            "restorepoint", "restoresession", "vappreplicapoint", "vapprestorepoint", "vcloudorganizationconfig",
            "vmreplicapoint", "vmrestorepoint", "vsphereselfserviceconfig");

    private VendorQueryTypes() {
    }

    static boolean isVendorType(String name) {
        return NAMES.contains(name.toLowerCase(Locale.ROOT));
    }
}
