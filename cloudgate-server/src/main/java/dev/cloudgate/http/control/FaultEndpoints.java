package dev.cloudgate.http.control;

import dev.cloudgate.control.Fault;
import dev.cloudgate.control.FaultSpec;
import dev.cloudgate.control.Faults;
import java.util.List;

/** Faults: add one, list them with their hit counts, remove one or all. */
final class FaultEndpoints {
    private final Faults faults;

    FaultEndpoints(Faults faults) {
        this.faults = faults;
    }

    void register(ControlRoutes routes) {
        routes.add("GET", "/faults", this::list)
                .add("POST", "/faults", this::add)
                .add("DELETE", "/faults", this::clear)
                .add("DELETE", "/faults/{id}", this::remove);
    }

    private ControlReply list(ControlCall call) {
        return ControlReply.ok(new FaultList(faults.list().stream().map(FaultView::of).toList()));
    }

    private ControlReply add(ControlCall call) {
        return ControlReply.created(FaultView.of(faults.add(call.json(FaultSpec.class))));
    }

    private ControlReply clear(ControlCall call) {
        faults.clear();
        return ControlReply.noContent();
    }

    private ControlReply remove(ControlCall call) {
        faults.remove(call.param("id"));
        return ControlReply.noContent();
    }

    record FaultList(List<FaultView> faults) {
    }

    /** The fault as it was asked for, plus its id, the firings left (absent: until reset) and the hits so far. */
    record FaultView(String id, String host, String operation, String path, String method, Integer status, String message,
            String fail, Long delayMs, Integer times, Integer remaining, int hits) {

        static FaultView of(Fault f) {
            FaultSpec s = f.spec();
            return new FaultView(f.id(), s.host(), s.operation(), s.path(), s.method(), s.status(), s.message(), s.fail(),
                    s.delayMs(), s.times(), f.remaining(), f.hits());
        }
    }
}
