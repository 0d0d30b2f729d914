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
 * cloudgate against WireMock standalone, same requests, same answer bytes, same load generator.
 * Started by bench/run; see docs/benchmarks.md for what each row means and the targets.
 */
public final class Bench {
    /** Matches about three gateways in four, spread over the whole store: the page of 50 is cut from a large result. */
    static final String QUERY_FILTER = "Enabled==true;Name>=\"" + Seeds.host(100) + "\"";
    static final String QUERY_PATH = "/api/query?type=CloudGateway&filter=" + URLEncoder.encode(QUERY_FILTER, StandardCharsets.UTF_8)
            + "&pageSize=50";
    static final String XML = "application/xml";
    static final String JSON = "application/json";

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

    /** Every scenario on one store, both servers, one table. */
    private void all() throws Exception {
        int spares = options.spares();
        Path seed = Seeds.write(work, options.gateways(), spares);
        Path data = freshDir("data-main");
        String gateway = "/api/cloud/gateways/" + Seeds.gatewayId(options.gateways() / 2) + "?format=Entity";
        String token;
        List<String> tokens = new ArrayList<>();
        boolean queryServed;

        log("seeding cloudgate with %d gateways (first start)...", options.gateways());
        try (Server cloudgate = Server.cloudgate(options.root(), data, seed, work.resolve("cloudgate-seed.log"), "")) {
            double seeded = cloudgate.awaitFirst200("/api/", 600_000);
            log("seeded and up in %.0f ms", seeded);
            Client client = new Client(cloudgate.url(""));
            Stubs stubs = new Stubs(work.resolve("wiremock"));
            Stubs.Captured logon = client.send("POST", "/api/sessionMngr/?v=latest", null, "Authorization", Client.basic(Seeds.USER, Seeds.PASSWORD));
            token = logon.header("X-RestSvcSessionId");
            stubs.add(Stubs.exactUrl("POST", "/api/sessionMngr/?v=latest", null), logon, "Content-Type", "X-RestSvcSessionId", "Location");
            stubs.add(Stubs.exactUrl("GET", "/api/", null), client.send("GET", "/api/", null), "Content-Type");
            for (String accept : List.of(XML, JSON)) {
                Stubs.Captured entity = client.send("GET", gateway, null, "X-RestSvcSessionId", token, "Accept", accept);
                require(entity, 200, "GET entity " + accept);
                stubs.add(Stubs.exactUrl("GET", gateway, accept), entity, "Content-Type");
            }
            Stubs.Captured page = client.send("GET", QUERY_PATH, null, "X-RestSvcSessionId", token, "Accept", XML);
            queryServed = page.status() == 200;
            if (queryServed) {
                stubs.add(Stubs.pathWithQuery("GET", "/api/query", Map.of("type", "CloudGateway", "filter", QUERY_FILTER, "pageSize", "50")),
                        page, "Content-Type");
            } else {
                log("GET /api/query answered %d: the query service is not on this build; the query scenario is skipped", page.status());
            }
            Stubs.Captured created = client.send("POST", "/api/cloud/gateways", Client.createXml(0, spares - 1),
                    "X-RestSvcSessionId", token, "Content-Type", XML);
            require(created, 202, "POST create");
            stubs.add(Stubs.pathPattern("POST", "/api/cloud/gateways"), created, "Content-Type", "Location");
            Stubs.Captured finished;
            do {
                finished = client.send("GET", Client.pathOf(created.header("Location")), null, "X-RestSvcSessionId", token);
            } while (!finished.text().contains("<State>Finished</State>"));
            stubs.add(Stubs.pathPattern("GET", "/api/tasks/[^/]+"), finished, "Content-Type");
            for (int i = 0; i < Wrk.THREADS; i++) {
                tokens.add(client.send("POST", "/api/sessionMngr/?v=latest", null, "Authorization", Client.basic(Seeds.USER, Seeds.PASSWORD))
                        .header("X-RestSvcSessionId"));
            }
        }

        List<String> entityXml = List.of("X-RestSvcSessionId: " + token, "Accept: " + XML);
        log("cold start: cloudgate...");
        Server cloudgate = Server.cloudgate(options.root(), data, seed, work.resolve("cloudgate.log"), options.javaOptions(work));
        Server wiremock = null;
        try {
            report.startup("cloudgate", cloudgate.awaitFirst200("/api/", 60_000));
            report.cold("cloudgate", Wrk.run(cloudgate.url(gateway), 2, entityXml, null, Map.of()));
            log("cold start: WireMock...");
            wiremock = Server.wiremock(javaBin(), options.wiremockJar(), work.resolve("wiremock"), work.resolve("wiremock.log"));
            report.startup("WireMock", wiremock.awaitFirst200("/api/", 60_000));
            report.cold("WireMock", Wrk.run(wiremock.url(gateway), 2, entityXml, null, Map.of()));

            List<Server> servers = List.of(cloudgate, wiremock);
            load("GET entity XML", servers, gateway, entityXml, null, Map.of());
            load("GET entity JSON", servers, gateway, List.of("X-RestSvcSessionId: " + token, "Accept: " + JSON), null, Map.of());
            if (queryServed) {
                load("GET query page of 50", servers, QUERY_PATH, entityXml, null, Map.of());
            } else {
                report.skipped("GET query page of 50", "GET /api/query is not served by this build");
            }
            load("POST logon", servers, "/api/sessionMngr/?v=latest",
                    List.of("Authorization: " + Client.basic(Seeds.USER, Seeds.PASSWORD)), lua("post.lua"), Map.of());
            for (Server server : servers) {
                log("create-to-Finished, one at a time: %s...", server.name);
                report.createToFinished(server.name, new Client(server.url("")).createToFinished(token, 20, options.createRounds()));
            }
            Map<String, String> env = new LinkedHashMap<>();
            for (int i = 0; i < tokens.size(); i++) {
                env.put("TOKEN_" + (i + 1), tokens.get(i));
            }
            env.put("SPARES", String.valueOf(spares));
            env.put("PER_BACKUP_SERVER", String.valueOf(Seeds.PER_BACKUP_SERVER));
            load("POST create + poll task", servers, "/api/cloud/gateways", List.of(), lua("create.lua"), env);
            report.rss("cloudgate", cloudgate.rssMiB());
            report.rss("WireMock", wiremock.rssMiB());
        } finally {
            cloudgate.close();
            if (wiremock != null) {
                wiremock.close();
            }
        }
        String table = report.table(machine());
        System.out.println(table);
        Path saved = work.resolve("results-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
        Files.writeString(saved, table);
        log("saved to %s", saved);
    }

    /** One scenario on each server: an unmeasured warm-up, then the measured run. */
    private void load(String scenario, List<Server> servers, String path, List<String> headers, Path script, Map<String, String> env)
            throws IOException, InterruptedException {
        boolean creates = script != null && script.endsWith("create.lua");
        for (Server server : servers) {
            log("%s: %s...", scenario, server.name);
            // No warm-up for creates: tasks a warm-up leaves unfinished would run first and steal
            // the measured run's time; the one-at-a-time probe just before warms the same code.
            if (!creates) {
                Wrk.run(server.url(path), options.warmup(), headers, script, env);
            }
            Wrk.Result result = Wrk.run(server.url(path), options.duration(), headers, script, env);
            Files.writeString(work.resolve("wrk-" + scenario.replaceAll("[^A-Za-z0-9]+", "-") + "-" + server.name + ".txt"), result.raw());
            report.load(scenario, server.name, result);
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
