import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the figures of a run and prints them as Markdown tables, with the targets of docs/benchmarks.md. */
final class Report {
    private static final String C = "cloudgate";
    private static final String W = "WireMock";
    private static final String N = "Netty";
    /** Today's figure the creates target multiplies (docs/benchmarks.md). */
    static final double CREATES_BEFORE = 147;

    private record Measured(Bench.Target target, Bench.Warm warm, Wrk.Result result) {
    }

    private final Map<String, Map<String, Measured>> loads = new LinkedHashMap<>();
    private final Map<String, String> skipped = new LinkedHashMap<>();
    /** One start: milliseconds to its first 200, then the load of its first 2 s. */
    record Start(double millis, Wrk.Result firstSeconds) {
    }

    /** Each server's starts in the order measured; start-up and cold are medians over them. */
    private final Map<String, List<Start>> starts = new LinkedHashMap<>();
    private final Map<String, double[]> createToFinished = new LinkedHashMap<>();
    private final Map<String, Double> rss = new LinkedHashMap<>();
    private final Map<Integer, Map<String, List<Wrk.Result>>> connections = new LinkedHashMap<>();

    void load(String scenario, Bench.Target target, String server, Bench.Warm warm, Wrk.Result result) {
        loads.computeIfAbsent(scenario, k -> new LinkedHashMap<>()).put(server, new Measured(target, warm, result));
    }

    void skipped(String scenario, String why) {
        skipped.put(scenario, why);
    }

    void starts(String server, List<Start> measured) {
        starts.put(server, List.copyOf(measured));
    }

    private double medianStartup(String server) {
        return median(starts.get(server).stream().map(Start::millis).toList());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** The start with the median requests/s, whole (its p50 and p99 with it), not a blend of starts. */
    private Wrk.Result medianCold(String server) {
        List<Wrk.Result> sorted = starts.get(server).stream().map(Start::firstSeconds)
                .sorted(Comparator.comparingDouble(Wrk.Result::requestsPerSecond)).toList();
        return sorted.get(sorted.size() / 2);
    }

    void createToFinished(String server, double[] medianAndP99) {
        createToFinished.put(server, medianAndP99);
    }

    void rss(String server, double mib) {
        rss.put(server, mib);
    }

    void connections(int count, String server, Wrk.Result result) {
        connections.computeIfAbsent(count, k -> new LinkedHashMap<>()).computeIfAbsent(server, k -> new ArrayList<>()).add(result);
    }

    String table(String machine, Options options) {
        StringBuilder out = new StringBuilder();
        out.append("Machine: ").append(machine).append("\n");
        out.append("Warm-up: %.0f s slices until the last %d differ by < %.0f%%, at least %.0f s and at most %.0f s; then %.0f s measured.\n\n"
                .formatted(options.slice(), options.plateauSlices(), options.plateau() * 100, options.warmupMin(), options.warmupMax(),
                        options.duration()));
        out.append("| scenario | cloudgate req/s | p50 ms | p99 ms | warm-up s | WireMock req/s | p99 ms | warm-up s | Netty req/s | p99 ms "
                + "| warm-up s | vs WireMock | vs Netty | p99 vs WireMock | target | met |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        loads.forEach((scenario, results) -> {
            Measured c = results.get(C);
            Measured w = results.get(W);
            Measured n = results.get(N);
            if (c == null || w == null || n == null) {
                return;
            }
            boolean creates = c.target() == Bench.Target.CREATES;
            double cRate = rate(c, creates);
            double wRate = rate(w, creates);
            double nRate = rate(n, creates);
            String met = switch (c.target()) {
                case ENTITY -> yes(cRate >= 3 * wRate && cRate >= 0.5 * nRate && c.result().p99Millis() <= w.result().p99Millis());
                case READ -> yes(cRate >= 2 * wRate && c.result().p99Millis() <= w.result().p99Millis());
                case CREATES -> yes(cRate >= 3 * CREATES_BEFORE);
                case NONE -> "-";
            };
            String problems = problems(C, c.result()) + problems(W, w.result()) + problems(N, n.result());
            out.append("| %s | %.0f | %.2f | %.2f | %s | %.0f | %.2f | %s | %.0f | %.2f | %s | %.2f | %.2f | %.2f | %s | %s |\n".formatted(
                    scenario, cRate, c.result().p50Millis(), c.result().p99Millis(), warm(c), wRate, w.result().p99Millis(), warm(w),
                    nRate, n.result().p99Millis(), warm(n), cRate / wRate, cRate / nRate, c.result().p99Millis() / w.result().p99Millis(),
                    c.target().text + problems, met));
        });
        skipped.forEach((scenario, why) -> out.append("| %s | skipped: %s |%s\n".formatted(scenario, why, " |".repeat(15))));
        if (starts.size() == 3) {
            Wrk.Result c = medianCold(C);
            Wrk.Result w = medianCold(W);
            Wrk.Result n = medianCold(N);
            out.append("| cold: GET gateway entity XML, first 2 s after start, median of the starts | %.0f | %.2f | %.2f | 0 | %.0f | %.2f | 0 | %.0f | %.2f | 0 | %.2f | %.2f | %.2f | ≥ 5x WireMock | %s |\n"
                    .formatted(c.requestsPerSecond(), c.p50Millis(), c.p99Millis(), w.requestsPerSecond(), w.p99Millis(), n.requestsPerSecond(),
                            n.p99Millis(), c.requestsPerSecond() / w.requestsPerSecond(), c.requestsPerSecond() / n.requestsPerSecond(),
                            c.p99Millis() / w.p99Millis(), yes(c.requestsPerSecond() >= 5 * w.requestsPerSecond())));
        }
        if (!connections.isEmpty()) {
            Measured scenario = loads.getOrDefault("GET gateway entity XML", Map.of()).get(C);
            Map<String, Double> at64 = new LinkedHashMap<>();
            connections.getOrDefault(Wrk.CONNECTIONS, Map.of()).forEach((server, runs) -> at64.put(server, Wrk.Result.combined(runs).requestsPerSecond()));
            out.append(("\nGET gateway entity XML by connections (wrk -t2; servers already warm; each server runs %d rounds of 64, 256 and 1,000"
                    + " connections, each load after a %.0f s warm-up of its own; figures are the means of the rounds, p99 the worst round):\n\n")
                    .formatted(Bench.CONNECTION_ROUNDS, options.warmup()));
            out.append("| connections | cloudgate req/s | p99 ms | vs 64 connections of this block | vs the scenario's 64-connection figure "
                    + "| WireMock req/s | p99 ms | vs its 64 | Netty req/s | p99 ms | vs its 64 | target | met |\n"
                    + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
            connections.forEach((count, runs) -> {
                Wrk.Result c = Wrk.Result.combined(runs.get(C));
                Wrk.Result w = Wrk.Result.combined(runs.get(W));
                Wrk.Result n = Wrk.Result.combined(runs.get(N));
                double vsBlock = c.requestsPerSecond() / at64.getOrDefault(C, Double.NaN);
                double vsScenario = scenario == null ? Double.NaN : c.requestsPerSecond() / scenario.result().requestsPerSecond();
                String problems = problems(C, c) + problems(W, w) + problems(N, n);
                boolean reference = count == Wrk.CONNECTIONS;
                out.append("| %d | %.0f | %.2f | %.2f | %.2f | %.0f | %.2f | %.2f | %.0f | %.2f | %.2f | %s | %s |\n".formatted(
                        count, c.requestsPerSecond(), c.p99Millis(), vsBlock, vsScenario, w.requestsPerSecond(), w.p99Millis(),
                        w.requestsPerSecond() / at64.getOrDefault(W, Double.NaN), n.requestsPerSecond(), n.p99Millis(),
                        n.requestsPerSecond() / at64.getOrDefault(N, Double.NaN),
                        reference ? "reference" + problems : "no errors, within 20% of 64 connections" + problems,
                        reference ? (problems(C, c).isEmpty() ? "-" : "NO") : yes(problems(C, c).isEmpty() && vsBlock >= 0.8)));
            });
        }
        out.append("\n| figure | cloudgate | WireMock | Netty | vs WireMock | target | met |\n|---|---:|---:|---:|---:|---|---|\n");
        if (starts.size() == 3) {
            double c = medianStartup(C);
            double w = medianStartup(W);
            out.append("| start-up to first 200 on /api/, median of %d starts (ms) | %.0f | %.0f | %.0f | %.2f | < 600 ms and below WireMock | %s |\n"
                    .formatted(starts.get(C).size(), c, w, medianStartup(N), c / w, yes(c < 600 && c < w)));
        }
        if (createToFinished.size() == 3) {
            double[] c = createToFinished.get(C);
            double[] w = createToFinished.get(W);
            double[] n = createToFinished.get(N);
            out.append("| create-to-Finished median, one at a time (ms) | %.2f | %.2f | %.2f | %.2f | < 10 ms | %s |\n"
                    .formatted(c[0], w[0], n[0], c[0] / w[0], yes(c[0] < 10)));
            out.append("| create-to-Finished p99, one at a time (ms) | %.2f | %.2f | %.2f | %.2f | - | - |\n".formatted(c[1], w[1], n[1], c[1] / w[1]));
        }
        if (rss.size() == 3) {
            double c = rss.get(C);
            double w = rss.get(W);
            out.append("| RSS after the load (MiB) | %.0f | %.0f | %.0f | %.2f | below WireMock | %s |\n".formatted(c, w, rss.get(N), c / w, yes(c < w)));
        }
        if (!starts.isEmpty()) {
            out.append("\nStart-ups, in the order measured (ms, then requests/s in the first 2 s; the last start is the one every"
                    + " load above ran on):\n\n");
            starts.forEach((server, measured) -> out.append("- %s: %s; %s\n".formatted(server,
                    String.join(", ", measured.stream().map(m -> "%.0f".formatted(m.millis())).toList()),
                    String.join(", ", measured.stream().map(m -> "%.0f".formatted(m.firstSeconds().requestsPerSecond())).toList()))));
        }
        out.append("\nWarm-up slices (requests/s per slice):\n\n");
        loads.forEach((scenario, results) -> results.forEach((server, m) -> {
            if (!m.warm().slices().isEmpty()) {
                out.append("- ").append(scenario).append(", ").append(server).append(": ").append(m.warm().describe()).append('\n');
            }
        }));
        return out.toString();
    }

    private static double rate(Measured m, boolean creates) {
        return creates ? m.result().finishedPerSecond() : m.result().requestsPerSecond();
    }

    private static String warm(Measured m) {
        return m.warm().slices().isEmpty() ? "%.0f fixed".formatted(m.warm().seconds())
                : "%.0f%s".formatted(m.warm().seconds(), m.warm().plateau() ? "" : " (no plateau)");
    }

    private static String problems(String server, Wrk.Result result) {
        return result.problems().isEmpty() ? "" : " (" + server + ": " + result.problems() + ")";
    }

    private static String yes(boolean met) {
        return met ? "yes" : "NO";
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
}
