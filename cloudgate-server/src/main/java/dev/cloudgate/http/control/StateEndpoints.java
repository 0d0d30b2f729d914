package dev.cloudgate.http.control;

import dev.cloudgate.http.Access;
import dev.cloudgate.http.Call;
import dev.cloudgate.http.Reply;
import dev.cloudgate.http.Routes;
import dev.cloudgate.wire.MediaFormat;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.control.StateControl;
import dev.cloudgate.seed.Seed;
import dev.cloudgate.seed.SeedExport;
import dev.cloudgate.seed.SeedLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Reset to the seed, export the state as a seed, load a seed. */
record StateEndpoints(StateControl state) {
    void register(Routes routes) {
        routes.add("POST", "/reset", Access.CONTROL, this::reset)
                .add("GET", "/state", Access.CONTROL, this::export)
                .add("PUT", "/state", Access.CONTROL, this::load);
    }

    private Reply reset(Call call) {
        return ControlJson.ok(new Took(millis(state.reset())));
    }

    /** YAML, the seed file format; JSON for a caller that asks for it. */
    private Reply export(Call call) {
        Seed seed = state.export();
        return call.responseFormat() == MediaFormat.JSON ? ControlJson.ok(seed) : ControlJson.yaml(SeedExport.yaml(seed));
    }

    /** The body is a seed file; YAML is a superset of JSON, so either is read. */
    private Reply load(Call call) {
        Seed seed;
        try {
            seed = SeedLoader.parse(new String(call.bytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw Failure.invalid("The body is not a valid seed: " + ControlJson.firstLine(e.getMessage()));
        }
        if (seed == null) {
            throw Failure.invalid("The body is empty; send a seed file (docs/seed.md).");
        }
        return ControlJson.ok(new Took(millis(state.load(seed))));
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }

    record Took(double tookMs) {
    }
}
