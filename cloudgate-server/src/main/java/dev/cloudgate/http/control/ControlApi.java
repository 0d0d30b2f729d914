package dev.cloudgate.http.control;

import dev.cloudgate.control.Faults;
import dev.cloudgate.control.InventoryControl;
import dev.cloudgate.control.Journal;
import dev.cloudgate.control.StateControl;
import dev.cloudgate.http.RequestFaults;
import dev.cloudgate.http.RequestObserver;
import dev.cloudgate.http.Routes;
import java.time.Clock;

/** Assembles the control API's routing table and handler; the one entry point for the composition root. */
public final class ControlApi {
    private ControlApi() {
    }

    public static ControlHandler handler(String adminToken, StateControl state, InventoryControl inventory, Faults faults,
            Journal journal) {
        Routes routes = new Routes();
        new StateEndpoints(state).register(routes);
        new InventoryEndpoints(inventory, state).register(routes);
        new FaultEndpoints(faults).register(routes);
        new JournalEndpoints(journal).register(routes);
        return new ControlHandler(adminToken, routes);
    }

    /** The API handler's observer that fills the journal. */
    public static RequestObserver journalObserver(Journal journal, Clock clock) {
        return new JournalObserver(journal, clock);
    }

    /** The API handler's seam for request faults. */
    public static RequestFaults requestFaults(Faults faults) {
        return new FaultInjector(faults);
    }
}
