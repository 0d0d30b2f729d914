package dev.cloudgate.wire.tenants;

import dev.cloudgate.wire.BodyNode;
import java.util.Set;

/**
 * The body of {@code POST /cloud/tenants/{id}/resources}, and each {@code BackupResource} of a tenant
 * create (SPEC-tenants §6.5). {@code name} is null when empty or absent: the quota then takes the
 * repository's name (T-A34). {@code quotaMb} is checked (S19): 1024 to 2147483647.
 */
public record CreateCloudTenantResourceSpec(String name, UidRef repository, long quotaMb, UidRef wanAccelerator) {

    public static final String ROOT = "CreateCloudTenantResourceSpec";
    /** {@code <Name />} is a valid, empty name in XML (T-A34), so it must survive the reader. */
    public static final Set<String> KEEP_EMPTY = Set.of("Name");
    static final String REPOSITORY = "Repository";
    static final String WAN_ACCELERATOR = "WanAccelerator";

    public static CreateCloudTenantResourceSpec from(BodyNode body) {
        Bound bound = bind(body);
        bound.checkName();
        return bound.checkQuota();
    }

    /** What the body holds, typed but not yet judged beyond S1. */
    record Bound(String name, UidRef repository, Long quotaMb, UidRef wanAccelerator) {
        void checkName() {
            Values.requireLength(name, Values.MAX_NAME, "Name must not be longer than 255 characters.");
        }

        /** S19. */
        CreateCloudTenantResourceSpec checkQuota() {
            if (quotaMb == null || quotaMb < Values.MIN_QUOTA_MB || quotaMb > Values.MAX_QUOTA_MB) {
                throw Values.invalid("QuotaMb must be between 1024 and 2147483647.");
            }
            return new CreateCloudTenantResourceSpec(name, repository, quotaMb, wanAccelerator);
        }
    }

    static Bound bind(BodyNode node) {
        UidRef repository = Values.uid(node, REPOSITORY, "RepositoryUid");
        if (repository == null) {
            throw Values.required("RepositoryUid");
        }
        String name = Values.text(node, "Name");
        return new Bound(
                Values.blank(name) ? null : name.trim(),
                repository,
                Values.number(node, "QuotaMb"),
                Values.uid(node, WAN_ACCELERATOR, "WanAcceleratorUid"));
    }
}
