import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * cloudgate against WireMock standalone and a bare Netty responder (the ceiling), same requests,
 * same answer bytes, same load generator.
 * Started by bench/run; see docs/benchmarks.md for what each row means and the targets.
 */
public final class Bench {
    /** Matches about three gateways in four, spread over the whole store: the page of 50 is cut from a large result. */
    static final String QUERY_FILTER = "Enabled==true;Name>=\"" + Seeds.host(100) + "\"";
    static final String QUERY_PATH = "/api/query?type=CloudGateway&filter=" + URLEncoder.encode(QUERY_FILTER, StandardCharsets.UTF_8)
            + "&pageSize=50";
    static final String XML = "application/xml";
    static final String JSON = "application/json";
    /** Rounds of 64, 256 and 1,000 connections per server; each count's figure is the mean of its rounds. */
    static final int CONNECTION_ROUNDS = 2;

    private final Options options;
    private final Path work;
    private final Report report = new Report();

    private Bench(Options options) {
        this.options = options;
        this.work = options.root().resolve("bench/.work");
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Bench bench = new Bench(options);
        if (options.mode().equals("scale")) {
            bench.scale();
        } else if (options.mode().equals("backlog")) {
            bench.backlog();
        } else {
            bench.all();
        }
    }

    /** Every scenario on one store, the three servers, one report. */
    private void all() throws Exception {
        int spares = options.spares();
        Path seed = Seeds.write(work, options.gateways(), spares);
        Path data = freshDir("data-main");
        String gateway = "/api/cloud/gateways/" + Seeds.gatewayId(options.gateways() / 2) + "?format=Entity";
        // Each GET scenario: its answer is captured from cloudgate and replayed by WireMock and Netty.
        List<Scenario> gets = new ArrayList<>(List.of(
                new Scenario("GET gateway entity XML", gateway, XML, Target.ENTITY),
                new Scenario("GET gateway entity JSON", gateway, JSON, Target.ENTITY),
                new Scenario("GET list of 50 references", "/api/cloud/gatewayPools/" + Seeds.poolId() + "/gateways", XML, Target.READ),
                new Scenario("GET query page of 50", QUERY_PATH, XML, Target.READ)));
        gets.add(new Scenario("GET tenant entity XML", "/api/cloud/tenants/" + Seeds.tenantId(1) + "?format=Entity", XML, Target.ENTITY));
        gets.removeIf(s -> !options.selects(s.name()));
        String token;
        Stubs stubs = new Stubs(work.resolve("wiremock"), work.resolve("ceiling"));
        String finishedTask;

        log("seeding cloudgate with %d gateways (first start)...", options.gateways());
        try (Server cloudgate = Server.cloudgate(options.root(), data, seed, work.resolve("cloudgate-seed.log"), "")) {
            double seeded = cloudgate.awaitFirst200("/api/", 900_000);
            log("seeded and up in %.0f ms", seeded);
            Client client = new Client(cloudgate.url(""));
            Stubs.Captured logon = client.send("POST", "/api/sessionMngr/?v=latest", null, "Authorization", Client.basic(Seeds.USER, Seeds.PASSWORD));
            token = logon.header("X-RestSvcSessionId");
            stubs.add(Stubs.exactUrl("POST", "/api/sessionMngr/?v=latest", null), Stubs.exact("POST", "/api/sessionMngr/?v=latest", null),
                    logon, "Content-Type", "X-RestSvcSessionId", "Location");
            stubs.add(Stubs.exactUrl("GET", "/api/", null), Stubs.exact("GET", "/api/", null), client.send("GET", "/api/", null), "Content-Type");
            for (Scenario get : List.copyOf(gets)) {
                Stubs.Captured answer = client.send("GET", get.path(), null, "X-RestSvcSessionId", token, "Accept", get.accept());
                if (answer.status() != 200 && get.path().equals(QUERY_PATH)) {
                    // The query service came with SPEC §6; a build without it is measured without the scenario.
                    log("GET /api/query answered %d: the query service is not on this build; the query scenario is skipped", answer.status());
                    report.skipped(get.name(), "GET /api/query is not served by this build");
                    gets.remove(get);
                    continue;
                }
                require(answer, 200, get.name());
                String wiremockMatch = get.path().equals(QUERY_PATH)
                        ? Stubs.pathWithQuery("GET", "/api/query", Map.of("type", "CloudGateway", "filter", QUERY_FILTER, "pageSize", "50"))
                        : Stubs.exactUrl("GET", get.path(), get.accept());
                stubs.add(wiremockMatch, Stubs.exact("GET", get.path(), get.accept()), answer, "Content-Type");
            }
            Stubs.Captured created = client.send("POST", "/api/cloud/gateways", Client.createXml(0, spares - 1),
                    "X-RestSvcSessionId", token, "Content-Type", XML);
            require(created, 202, "POST create");
            stubs.add(Stubs.pathPattern("POST", "/api/cloud/gateways"), Stubs.prefix("POST", "/api/cloud/gateways"), created,
                    "Content-Type", "Location");
            finishedTask = Client.pathOf(created.header("Location"));
            Stubs.Captured finished;
            do {
                finished = client.send("GET", finishedTask, null, "X-RestSvcSessionId", token, "Accept", XML);
            } while (!finished.text().contains("<State>Finished</State>"));
            stubs.add(Stubs.exactUrl("GET", finishedTask, XML), Stubs.exact("GET", finishedTask, XML), finished, "Content-Type");
            stubs.add(Stubs.pathPattern("GET", "/api/tasks/[^/]+"), Stubs.prefix("GET", "/api/tasks/"), finished, "Content-Type");
        }

        List<String> entityXml = List.of("X-RestSvcSessionId: " + token, "Accept: " + XML);
        log("cold start: cloudgate...");
        Cold cold = server -> Wrk.run(server.url(gateway), 2, entityXml, null, Map.of());
        Server cloudgate = started("cloudgate", options.starts(), report,
                () -> Server.cloudgate(options.root(), data, seed, work.resolve("cloudgate.log"), options.javaOptions(work)), cold);
        Server wiremock = null;
        Server netty = null;
        try {
            // A task that stays Running: a slow deployment (control API host fault) on a spare host.
            // Tasks run one at a time (SPEC §8 B11), so the fault is cleared before any create scenario.
            Client client = new Client(cloudgate.url(""));
            String slowHost = Seeds.spareHost(0, spares - 2);
            require(client.send("POST", "/_cloudgate/faults", "{\"host\":\"" + slowHost + "\",\"delayMs\":600000}",
                    "Authorization", "Bearer " + Server.ADMIN_TOKEN, "Content-Type", JSON), 201, "POST fault");
            Stubs.Captured slow = client.send("POST", "/api/cloud/gateways", Client.createXml(0, spares - 2),
                    "X-RestSvcSessionId", token, "Content-Type", XML);
            require(slow, 202, "POST create (slow)");
            String runningTask = Client.pathOf(slow.header("Location"));
            Stubs.Captured running;
            do {
                running = client.send("GET", runningTask, null, "X-RestSvcSessionId", token, "Accept", XML);
            } while (!running.text().contains("<State>Running</State>"));
            stubs.add(Stubs.exactUrl("GET", runningTask, XML), Stubs.exact("GET", runningTask, XML), running, "Content-Type");
            gets.add(new Scenario("GET task Running", runningTask, XML, Target.READ));
            gets.add(new Scenario("GET task Finished", finishedTask, XML, Target.READ));
            gets.removeIf(s -> !options.selects(s.name()));

            log("cold start: WireMock...");
            wiremock = started("WireMock", options.starts(), report,
                    () -> Server.wiremock(javaBin(), options.wiremockJar(), work.resolve("wiremock"), work.resolve("wiremock.log")), cold);
            log("cold start: Netty...");
            netty = started("Netty", options.starts(), report,
                    () -> Server.ceiling(javaBin(), options.ceilingClasspath(), work.resolve("ceiling"), work.resolve("ceiling.log")), cold);

            List<Server> servers = List.of(cloudgate, wiremock, netty);
            for (Scenario get : gets) {
                load(get.name(), get.target(), servers, get.path(), List.of("X-RestSvcSessionId: " + token, "Accept: " + get.accept()), null, Map.of());
            }
            require(client.send("DELETE", "/_cloudgate/faults", null, "Authorization", "Bearer " + Server.ADMIN_TOKEN), 204, "DELETE faults");
            if (options.selects("POST logon")) {
                load("POST logon", Target.NONE, servers, "/api/sessionMngr/?v=latest",
                        List.of("Authorization: " + Client.basic(Seeds.USER, Seeds.PASSWORD)), lua("post.lua"), Map.of());
            }
            if (options.selects("connections")) {
                // 64 connections are measured again beside 256 and 1,000, in rounds, so that the ratio compares
                // loads a minute apart rather than the machine of now with the machine of the scenario above.
                for (Server server : servers) {
                    for (int round = 1; round <= CONNECTION_ROUNDS; round++) {
                        for (int connections : List.of(Wrk.CONNECTIONS, 256, 1000)) {
                            log("GET gateway entity XML, %d connections, round %d: %s...", connections, round, server.name);
                            Wrk.run(server.url(gateway), options.warmup(), Wrk.THREADS, connections, entityXml, null, Map.of());
                            Wrk.Result result = Wrk.run(server.url(gateway), options.duration(), Wrk.THREADS, connections, entityXml, null, Map.of());
                            save("GET gateway entity XML " + connections + " connections round " + round, server, result);
                            report.connections(connections, server.name, result);
                        }
                    }
                }
            }
            if (options.selects("create")) {
                int n = options.createConnections();
                Map<String, String> env = new LinkedHashMap<>();
                // Logged on now, not at capture: by this point a full run has taken longer than the
                // 15-minute idle timeout, and sessions idle since capture would answer 401.
                for (int i = 0; i < n; i++) {
                    env.put("TOKEN_" + (i + 1), client.send("POST", "/api/sessionMngr/?v=latest", null, "Authorization",
                            Client.basic(Seeds.USER, Seeds.PASSWORD)).header("X-RestSvcSessionId"));
                }
                env.put("CONNECTIONS", String.valueOf(n));
                env.put("SPARES", String.valueOf(spares));
                env.put("PER_BACKUP_SERVER", String.valueOf(Seeds.PER_BACKUP_SERVER));
                String scenario = "creates Finished/s, " + n + " connections, one per backup server";
                for (Server server : servers) {
                    log("%s: %s...", scenario, server.name);
                    // Warm-up and measurement on hosts of their own (spare prefixes 2 and 1): a host takes one gateway.
                    env.put("SPARE_PREFIX", "2");
                    Wrk.run(server.url("/api/cloud/gateways"), options.createWarmup(), n, n, List.of(), lua("create.lua"), env);
                    env.put("SPARE_PREFIX", "1");
                    Wrk.Result result = Wrk.run(server.url("/api/cloud/gateways"), options.duration(), n, n, List.of(), lua("create.lua"), env);
                    save(scenario, server, result);
                    report.load(scenario, Target.CREATES, server.name, new Warm(options.createWarmup(), false, List.of()), result);
                    // After the creates, so that the code of a create is as warm as the GET scenarios' code is
                    // when they are measured; before them, it measured the JIT compiling it.
                    log("create-to-Finished, one at a time: %s...", server.name);
                    report.createToFinished(server.name, new Client(server.url("")).createToFinished(token, 20, options.createRounds()));
                }
            }
            for (Server server : servers) {
                report.rss(server.name, server.rssMiB());
            }
        } finally {
            cloudgate.close();
            if (wiremock != null) {
                wiremock.close();
            }
            if (netty != null) {
                netty.close();
            }
        }
        String table = report.table(machine(), options);
        System.out.println(table);
        Path saved = work.resolve("results-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
        Files.writeString(saved, table);
        log("saved to %s", saved);
    }

    /** One scenario on each server: warmed to its plateau (unmeasured), then the measured run. */
    private void load(String scenario, Target target, List<Server> servers, String path, List<String> headers, Path script,
            Map<String, String> env) throws IOException, InterruptedException {
        for (Server server : servers) {
            log("%s: %s, warming up...", scenario, server.name);
            Warm warm = warm(server.url(path), headers, script, env);
            log("%s: %s, warm after %.0f s (%s), measuring...", scenario, server.name, warm.seconds(), warm.describe());
            Wrk.Result result = Wrk.run(server.url(path), options.duration(), headers, script, env);
            save(scenario, server, result);
            report.load(scenario, target, server.name, warm, result);
        }
    }

    /**
     * Load in slices of {@code --slice} seconds until the last {@code --plateau-slices} slices (3)
     * differ by less than {@code --plateau} (5%) from one another, at most {@code --warmup-max}
     * seconds: a JIT-compiled server reaches its plateau only after tens of seconds, and a fixed short
     * warm-up would measure its climb. Two slices alone are not enough: WireMock climbs slowly enough
     * that two early slices can agree within 5% (4,445 → 5,332 → 5,184) long before it is warm, and even
     * three can (9,984 → 9,984 → 9,772 at 12 s, on its way to 24k): no plateau is taken before
     * {@code --warmup-min} seconds (30), the time WireMock needs on a two-CPU machine; the rule is the
     * same for every server.
     */
    private Warm warm(String url, List<String> headers, Path script, Map<String, String> env) throws IOException, InterruptedException {
        List<Double> slices = new ArrayList<>();
        double seconds = 0;
        int window = Math.max(2, options.plateauSlices());
        while (seconds + options.slice() <= options.warmupMax() + 1e-9) {
            slices.add(Wrk.run(url, options.slice(), headers, script, env).requestsPerSecond());
            seconds += options.slice();
            if (slices.size() >= window && seconds >= options.warmupMin() - 1e-9) {
                List<Double> last = slices.subList(slices.size() - window, slices.size());
                double low = last.stream().mapToDouble(Double::doubleValue).min().orElse(0);
                double high = last.stream().mapToDouble(Double::doubleValue).max().orElse(0);
                if (high - low < options.plateau() * high) {
                    return new Warm(seconds, true, slices);
                }
            }
        }
        return new Warm(seconds, false, slices);
    }

    private void save(String scenario, Server server, Wrk.Result result) throws IOException {
        Files.writeString(work.resolve("wrk-" + scenario.replaceAll("[^A-Za-z0-9]+", "-") + "-" + server.name + ".txt"), result.raw());
    }

    /** What the targets of docs/benchmarks.md ask of a scenario. */
    enum Target {
        ENTITY("≥ 3x WireMock, ≥ 0.5x Netty, p99 ≤ WireMock"),
        READ("≥ 2x WireMock, p99 ≤ WireMock"),
        CREATES("≥ 441 Finished/s (3x 147)"),
        NONE("none (measured)");

        final String text;

        Target(String text) {
            this.text = text;
        }
    }

    /** A GET whose answer the harness captures from cloudgate and replays on the others. */
    record Scenario(String name, String path, String accept, Target target) {
    }

    /** How long a server needed to reach its plateau, and the slices' requests/s on the way. */
    record Warm(double seconds, boolean plateau, List<Double> slices) {
        String describe() {
            return (plateau ? "plateau" : "no plateau") + ": " + slices.stream().map(r -> "%.0f".formatted(r)).collect(java.util.stream.Collectors.joining(" → "));
        }
    }

    /** The filtered paged query at several store sizes (docs/benchmarks.md, scale). */
    private void scale() throws Exception {
        Map<Integer, Wrk.Result> curve = new LinkedHashMap<>();
        Map<Integer, Wrk.Result> uncached = new LinkedHashMap<>();
        for (int size : options.sizes()) {
            Path seed = Seeds.write(work, size, 0);
            Path data = freshDir("data-scale-" + size);
            log("scale: %d gateways, seeding...", size);
            try (Server cloudgate = Server.cloudgate(options.root(), data, seed, work.resolve("cloudgate-scale-" + size + ".log"),
                    options.javaOptions(work))) {
                double up = cloudgate.awaitFirst200("/api/", 900_000);
                log("scale: %d gateways seeded and up in %.0f ms", size, up);
                Client client = new Client(cloudgate.url(""));
                String token = client.send("POST", "/api/sessionMngr/?v=latest", null, "Authorization", Client.basic(Seeds.USER, Seeds.PASSWORD))
                        .header("X-RestSvcSessionId");
                Stubs.Captured probe = client.send("GET", QUERY_PATH, null, "X-RestSvcSessionId", token, "Accept", XML);
                if (probe.status() != 200) {
                    System.out.println("scale: skipped: GET /api/query answered " + probe.status()
                            + " (the query service is not on this build); nothing to measure.");
                    return;
                }
                List<String> headers = List.of("X-RestSvcSessionId: " + token, "Accept: " + XML);
                Wrk.run(cloudgate.url(QUERY_PATH), options.warmup(), headers, null, Map.of());
                curve.put(size, Wrk.run(cloudgate.url(QUERY_PATH), options.duration(), headers, null, Map.of()));
                // The same query, each request made unique: every answer is computed by the store.
                Wrk.run(cloudgate.url(QUERY_PATH), options.warmup(), headers, lua("unique.lua"), Map.of());
                uncached.put(size, Wrk.run(cloudgate.url(QUERY_PATH), options.duration(), headers, lua("unique.lua"), Map.of()));
            }
        }
        System.out.println("Repeated query (answers from the response cache after the first):");
        System.out.println(Report.scaleTable(curve, machine()));
        System.out.println("Every request unique (answers computed by the store each time):");
        System.out.println(Report.scaleTable(uncached, machine()));
    }

    /**
     * A backlog of gateway creates beside many managed servers of one backup server (issue 16, finding 9:
     * each task used to load every managed server of its backup server). Eight clients submit the creates
     * as fast as they are accepted; the figure is creates per second from the first POST to the last
     * task Finished (tasks run one at a time, in order, so the newest task finishes last).
     */
    private void backlog() throws Exception {
        int servers = 6000;
        int tasks = 2000;
        String backupServer = "8ea5406b-a6e9-42d9-bca5-44b6a5d94af1";
        Files.createDirectories(work);
        Path seed = work.resolve("seed-backlog-" + servers + ".yaml");
        StringBuilder yaml = new StringBuilder("backupServers:\n  - id: " + backupServer + "\n    name: vbr01.bench.local\n    managedServers:\n");
        for (int i = 0; i < servers; i++) {
            yaml.append("      - { name: gw%d.bench.local, type: Windows, ip: 10.1.%d.%d }\n".formatted(i, i / 250, i % 250));
        }
        yaml.append("users:\n  - { name: '" + Seeds.USER + "', role: Portal Administrator, password: " + Seeds.PASSWORD + " }\n");
        Files.writeString(seed, yaml);
        try (Server cloudgate = Server.cloudgate(options.root(), freshDir("data-backlog"), seed, work.resolve("cloudgate-backlog.log"),
                options.javaOptions(work))) {
            cloudgate.awaitFirst200("/api/", 600_000);
            Client client = new Client(cloudgate.url(""));
            String token = client.send("POST", "/api/sessionMngr/?v=latest", null, "Authorization", Client.basic(Seeds.USER, Seeds.PASSWORD))
                    .header("X-RestSvcSessionId");
            long started = System.nanoTime();
            List<java.util.concurrent.Future<String>> created = new ArrayList<>();
            try (java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(8)) {
                for (int i = 0; i < tasks; i++) {
                    String xml = ("<CreateCloudGatewaySpec xmlns=\"http://www.veeam.com/ent/v1.0\"><ServerHostName>gw%d.bench.local</ServerHostName>"
                            + "<NetworkType>Direct</NetworkType><BackupServerUid>%s</BackupServerUid></CreateCloudGatewaySpec>").formatted(i, backupServer);
                    created.add(clients.submit(() -> {
                        Stubs.Captured answer = client.send("POST", "/api/cloud/gateways", xml, "X-RestSvcSessionId", token,
                                "Content-Type", XML);
                        require(answer, 202, "create");
                        return Client.pathOf(answer.header("Location"));
                    }));
                }
            }
            double acceptedSeconds = (System.nanoTime() - started) / 1e9;
            String newest = null;
            for (java.util.concurrent.Future<String> task : created) {
                String href = task.get();
                if (newest == null || number(href) > number(newest)) {
                    newest = href;
                }
            }
            while (!client.send("GET", newest, null, "X-RestSvcSessionId", token).text().contains("<State>Finished</State>")) {
                Thread.sleep(5);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("backlog: %d gateway creates beside %d managed servers of one backup server: accepted in %.1f s, "
                    + "all Finished after %.1f s: %.0f tasks/s (%s)%n", tasks, servers, acceptedSeconds, seconds, tasks / seconds, machine());
        }
    }

    private static long number(String taskHref) {
        return Long.parseLong(taskHref.replaceAll(".*?(\\d+)$", "$1"));
    }

    private Path lua(String name) {
        return options.root().resolve("bench/lua/" + name);
    }

    private Path freshDir(String name) throws IOException {
        Path dir = work.resolve(name);
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    /** Starts one kind of server. */
    interface Start {
        Server start() throws IOException;
    }

    /**
     * Starts a server {@code starts} times, each timed to its first 200 and then loaded for its first 2 s
     * ({@code cold}); the last start stays up. Start-up and cold are each the median over the starts: one
     * start on a shared machine is a coin toss, for every server alike.
     */
    static Server started(String name, int starts, Report report, Start start, Cold cold) throws IOException, InterruptedException {
        List<Report.Start> measured = new ArrayList<>();
        for (int i = 1; i < starts; i++) {
            try (Server server = start.start()) {
                measured.add(new Report.Start(server.awaitFirst200("/api/", 60_000), cold.measure(server)));
            }
        }
        Server kept = start.start();
        try {
            measured.add(new Report.Start(kept.awaitFirst200("/api/", 60_000), cold.measure(kept)));
        } catch (IOException | InterruptedException | RuntimeException e) {
            kept.close();
            throw e;
        }
        log("%s started %d times: %s ms; first 2 s: %s req/s", name, measured.size(),
                measured.stream().map(m -> "%.0f".formatted(m.millis())).toList(),
                measured.stream().map(m -> "%.0f".formatted(m.firstSeconds().requestsPerSecond())).toList());
        report.starts(name, measured);
        return kept;
    }

    /** The load of a server's first 2 s after its first 200. */
    interface Cold {
        Wrk.Result measure(Server server) throws IOException, InterruptedException;
    }

    private static Path javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    private static void require(Stubs.Captured answer, int status, String what) throws IOException {
        if (answer.status() != status) {
            throw new IOException(what + " answered " + answer.status() + ": " + answer.text());
        }
    }

    static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GiB").findFirst().orElse("?");
        return "nproc %d (%s), memory %s, JDK %s %s, wrk %d threads / %d connections".formatted(
                Runtime.getRuntime().availableProcessors(), cpu, memory, System.getProperty("java.vendor"),
                System.getProperty("java.runtime.version"), Wrk.THREADS, Wrk.CONNECTIONS);
    }

    static void log(String format, Object... args) {
        System.err.printf("bench: " + format + "%n", args);
    }
}
