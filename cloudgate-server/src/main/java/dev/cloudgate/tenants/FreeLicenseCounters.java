package dev.cloudgate.tenants;

/** A tenant's free license counters (SPEC-tenants §4.7), in the vendor's element order; seed values. */
public record FreeLicenseCounters(
        int rentalVmBackupCount,
        int rentalWorkstationBackupCount,
        int rentalServerBackupCount,
        int newVmBackupCount,
        int newWorkstationBackupCount,
        int newServerBackupCount,
        int newVmReplicaCount) {

    public static final FreeLicenseCounters ZERO = new FreeLicenseCounters(0, 0, 0, 0, 0, 0, 0);
}
