package dev.cloudgate.infrastructure;

import java.util.Optional;

/** A backup repository's kind (SPEC-tenants §2.6), as the vendor emits it. */
public enum RepositoryKind {
    WindowsLocal, LinuxLocal, CifsShare, DDBoost, Cloud, HPStoreOnce, ExaGrid, Foreign, SanSnapshot,
    HPStoreOnceIntegration, Extendable, Quantum, Nfs;

    public static Optional<RepositoryKind> parse(String text) {
        return Choices.parse(RepositoryKind.class, text);
    }
}
