package dev.cloudgate.cloud;

import java.util.UUID;

/** A cloud gateway: the Cloud Connect role on a managed Windows server (SPEC §3.6). */
public record Gateway(
        UUID id,
        UUID backupServerId,
        UUID managedServerId,
        String name,
        boolean enabled,
        NetworkMode networkMode,
        String externalIp,
        int externalPort,
        int internalPort,
        String description) {

    public static final String KIND = "CloudGateway";
    public static final int DEFAULT_PORT = 6180;
}
