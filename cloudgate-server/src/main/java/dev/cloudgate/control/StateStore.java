package dev.cloudgate.control;

import java.util.UUID;

/** Whole-state writes that cut across every feature's tables: only the control API makes them. */
public interface StateStore {
    /** Empties the store: inventory, accounts, gateways, pools, logon sessions and tasks. */
    void clear();

    /** Removes a backup server with everything that belongs to it (managed servers, tenants, gateways, pools). */
    boolean removeBackupServer(UUID id);

    /** Removes a managed server and the gateway on it. */
    boolean removeManagedServer(UUID id);
}
