package dev.cloudgate.http.control;

import dev.cloudgate.http.Access;
import dev.cloudgate.http.Call;
import dev.cloudgate.http.Reply;
import dev.cloudgate.http.Routes;

import dev.cloudgate.control.Fault;
import dev.cloudgate.control.FaultSpec;
import dev.cloudgate.control.Faults;
import java.util.List;

/** Faults: add one, list them with their hit counts, remove one or all. */
record FaultEndpoints(Faults faults) {
    void register(Routes routes) {
        routes.add("GET", "/faults", Access.CONTROL, this::list)
                .add("POST", "/faults", Access.CONTROL, this::add)
                .add("DELETE", "/faults", Access.CONTROL, this::clear)
                .add("DELETE", "/faults/{id}", Access.CONTROL, this::remove);
    }

    private Reply list(Call call) {
        return ControlJson.ok(new FaultList(faults.list().stream().map(FaultView::of).toList()));
    }

    private Reply add(Call call) {
        return ControlJson.created(FaultView.of(faults.add(ControlJson.read(call, FaultSpec.class))));
    }

    private Reply clear(Call call) {
        faults.clear();
        return Reply.noContent();
    }

    private Reply remove(Call call) {
        faults.remove(call.pathParam("id"));
        return Reply.noContent();
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
