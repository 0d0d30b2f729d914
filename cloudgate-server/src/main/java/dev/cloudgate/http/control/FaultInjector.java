package dev.cloudgate.http.control;

import dev.cloudgate.control.Fault;
import dev.cloudgate.control.Faults;
import dev.cloudgate.http.RequestFaults;
import java.util.Optional;

/** Lets the API handler ask the fault registry about each request. */
final class FaultInjector implements RequestFaults {
    private final Faults faults;

    FaultInjector(Faults faults) {
        this.faults = faults;
    }

    @Override
    public boolean idle() {
        return faults.noneForRequests();
    }

    @Override
    public Injected inject(String method, String path) throws InterruptedException {
        Optional<Fault> fault = faults.onRequest(method, path);
        if (fault.isEmpty()) {
            return null;
        }
        Integer status = fault.get().spec().status();
        String message = fault.get().spec().message();
        return new Injected(fault.get().label(), status == null ? 0 : status,
                message != null ? message : "Injected fault " + fault.get().id() + ": the server answers " + status + ".");
    }
}
