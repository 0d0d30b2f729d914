import java.util.LinkedHashMap;
import java.util.Map;

/** Collects the figures of a run and prints them as one Markdown table, with the targets of docs/benchmarks.md. */
final class Report {
    private final Map<String, Map<String, Wrk.Result>> loads = new LinkedHashMap<>();
    private final Map<String, String> skipped = new LinkedHashMap<>();
    private final Map<String, Double> startup = new LinkedHashMap<>();
    private final Map<String, Wrk.Result> cold = new LinkedHashMap<>();
    private final Map<String, double[]> createToFinished = new LinkedHashMap<>();
    private final Map<String, Double> rss = new LinkedHashMap<>();

    void load(String scenario, String server, Wrk.Result result) {
        loads.computeIfAbsent(scenario, k -> new LinkedHashMap<>()).put(server, result);
    }

    void skipped(String scenario, String why) {
        skipped.put(scenario, why);
    }

    void startup(String server, double millis) {
        startup.put(server, millis);
    }

    void cold(String server, Wrk.Result result) {
        cold.put(server, result);
    }

    void createToFinished(String server, double[] medianAndP99) {
        createToFinished.put(server, medianAndP99);
    }

    void rss(String server, double mib) {
        rss.put(server, mib);
    }

    String table(String machine) {
        StringBuilder out = new StringBuilder();
        out.append("Machine: ").append(machine).append("\n\n");
        out.append("| scenario | cloudgate req/s | p50 ms | p99 ms | WireMock req/s | p50 ms | p99 ms | req/s ratio | p99 ratio | target | met |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        loads.forEach((scenario, results) -> {
            Wrk.Result c = results.get("cloudgate");
            Wrk.Result w = results.get("WireMock");
            boolean create = scenario.startsWith("POST create");
            double cRate = create ? c.finishedPerSecond() : c.requestsPerSecond();
            double wRate = create ? w.finishedPerSecond() : w.requestsPerSecond();
            Target target = target(scenario);
            boolean met = target.rateRatio == 0 || cRate / wRate >= target.rateRatio;
            met &= !target.p99 || c.p99Millis() <= w.p99Millis();
            String problems = (c.problems().isEmpty() ? "" : " (cloudgate: " + c.problems() + ")")
                    + (w.problems().isEmpty() ? "" : " (WireMock: " + w.problems() + ")");
            out.append("| %s%s | %.0f | %.2f | %.2f | %.0f | %.2f | %.2f | %.2f | %.2f | %s | %s |\n".formatted(scenario,
                    create ? " (tasks Finished/s)" : "", cRate, c.p50Millis(), c.p99Millis(), wRate, w.p50Millis(), w.p99Millis(),
                    cRate / wRate, c.p99Millis() / w.p99Millis(), target.text + problems, target.rateRatio == 0 && !target.p99 ? "-" : met ? "yes" : "NO"));
        });
        skipped.forEach((scenario, why) -> out.append("| %s | skipped: %s | | | | | | | | | |\n".formatted(scenario, why)));
        if (cold.size() == 2) {
            double c = cold.get("cloudgate").requestsPerSecond();
            double w = cold.get("WireMock").requestsPerSecond();
            out.append("| cold: GET entity XML, first 2 s after start | %.0f | %.2f | %.2f | %.0f | %.2f | %.2f | %.2f | %.2f | ≥ 5x req/s | %s |\n"
                    .formatted(c, cold.get("cloudgate").p50Millis(), cold.get("cloudgate").p99Millis(), w, cold.get("WireMock").p50Millis(),
                            cold.get("WireMock").p99Millis(), c / w, cold.get("cloudgate").p99Millis() / cold.get("WireMock").p99Millis(),
                            c / w >= 5 ? "yes" : "NO"));
        }
        out.append("\n| figure | cloudgate | WireMock | ratio | target | met |\n|---|---:|---:|---:|---|---|\n");
        if (startup.size() == 2) {
            double c = startup.get("cloudgate");
            double w = startup.get("WireMock");
            out.append("| start-up to first 200 on /api/ (ms) | %.0f | %.0f | %.2f | < 1500 ms and below WireMock | %s |\n"
                    .formatted(c, w, c / w, c < 1500 && c < w ? "yes" : "NO"));
        }
        if (createToFinished.size() == 2) {
            double[] c = createToFinished.get("cloudgate");
            double[] w = createToFinished.get("WireMock");
            out.append("| create-to-Finished median, one at a time (ms) | %.2f | %.2f | %.2f | < 10 ms | %s |\n"
                    .formatted(c[0], w[0], c[0] / w[0], c[0] < 10 ? "yes" : "NO"));
            out.append("| create-to-Finished p99, one at a time (ms) | %.2f | %.2f | %.2f | - | - |\n".formatted(c[1], w[1], c[1] / w[1]));
        }
        if (rss.size() == 2) {
            double c = rss.get("cloudgate");
            double w = rss.get("WireMock");
            out.append("| RSS after the load (MiB) | %.0f | %.0f | %.2f | below WireMock | %s |\n".formatted(c, w, c / w, c < w ? "yes" : "NO"));
        }
        return out.toString();
    }

    static String scaleTable(Map<Integer, Wrk.Result> curve, String machine) {
        StringBuilder out = new StringBuilder("Machine: " + machine + "\n\n");
        out.append("| gateways | req/s | p50 ms | p99 ms | p50 / p50 at smallest |\n|---:|---:|---:|---:|---:|\n");
        double base = curve.values().iterator().next().p50Millis();
        curve.forEach((size, r) -> out.append("| %,d | %.0f | %.2f | %.2f | %.2f |\n".formatted(size, r.requestsPerSecond(), r.p50Millis(),
                r.p99Millis(), r.p50Millis() / base)));
        double last = 0;
        for (Wrk.Result r : curve.values()) {
            last = r.p50Millis();
        }
        out.append("\nTarget: median at the largest size within 2x of the smallest: ").append(last / base <= 2 ? "met" : "NOT met")
                .append(" (%.2fx)".formatted(last / base)).append('\n');
        return out.toString();
    }

    private static Target target(String scenario) {
        if (scenario.startsWith("GET entity")) {
            return new Target(2, true, "≥ 2x req/s, p99 ≤ WireMock");
        }
        if (scenario.startsWith("GET query")) {
            return new Target(1, false, "≥ 1x req/s (WireMock: fixed page)");
        }
        return new Target(0, false, "none (measured)");
    }

    private record Target(double rateRatio, boolean p99, String text) {
    }
}
