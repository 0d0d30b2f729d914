package dev.cloudgate.http.control;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.control.StateControl;
import dev.cloudgate.seed.Seed;
import dev.cloudgate.seed.SeedExport;
import dev.cloudgate.seed.SeedLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Reset to the seed, export the state as a seed, load a seed. */
final class StateEndpoints {
    private final StateControl state;

    StateEndpoints(StateControl state) {
        this.state = state;
    }

    void register(ControlRoutes routes) {
        routes.add("POST", "/reset", this::reset)
                .add("GET", "/state", this::export)
                .add("PUT", "/state", this::load);
    }

    private ControlReply reset(ControlCall call) {
        return ControlReply.ok(new Took(millis(state.reset())));
    }

    /** YAML, the seed file format; JSON for a caller that asks for it. */
    private ControlReply export(ControlCall call) {
        Seed seed = state.export();
        return call.acceptsJson() ? ControlReply.ok(seed) : ControlReply.yaml(SeedExport.yaml(seed));
    }

    /** The body is a seed file; YAML is a superset of JSON, so either is read. */
    private ControlReply load(ControlCall call) {
        Seed seed;
        try {
            seed = SeedLoader.parse(new String(call.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw Failure.invalid("The body is not a valid seed: " + ControlJson.firstLine(e.getMessage()));
        }
        if (seed == null) {
            throw Failure.invalid("The body is empty; send a seed file (docs/seed.md).");
        }
        return ControlReply.ok(new Took(millis(state.load(seed))));
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }

    record Took(double tookMs) {
    }
}
