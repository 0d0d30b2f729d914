import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** bench/run's options; every one has a default that keeps the whole run to about ten minutes. */
record Options(Path root, Path wiremockJar, String ceilingClasspath, String mode, int gateways, int spares, double warmup,
        double slice, double warmupMin, double warmupMax, double plateau, int plateauSlices, double duration, int createRounds, int createConnections,
        double createWarmup, boolean jfr, List<Integer> sizes, Pattern only, int starts) {

    static Options parse(String[] args) {
        Path root = null;
        Path jar = null;
        String ceiling = null;
        String mode = "all";
        int gateways = 10_000;
        int spares = 8_000;
        double warmup = 2;
        double slice = 2;
        double warmupMin = 30;
        double warmupMax = 60;
        double plateau = 0.05;
        int plateauSlices = 3;
        double duration = 10;
        int rounds = 200;
        int createConnections = 8;
        double createWarmup = 30;
        int starts = 5;
        boolean jfr = false;
        Pattern only = null;
        List<Integer> sizes = List.of(1_000, 10_000, 100_000);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]);
                case "--wiremock" -> jar = Path.of(args[++i]);
                case "--ceiling-classpath" -> ceiling = args[++i];
                case "--gateways" -> gateways = Integer.parseInt(args[++i]);
                case "--spares" -> spares = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Double.parseDouble(args[++i]);
                case "--slice" -> slice = Double.parseDouble(args[++i]);
                case "--warmup-min" -> warmupMin = Double.parseDouble(args[++i]);
                case "--warmup-max" -> warmupMax = Double.parseDouble(args[++i]);
                case "--plateau" -> plateau = Double.parseDouble(args[++i]) / 100;
                case "--plateau-slices" -> plateauSlices = Integer.parseInt(args[++i]);
                case "--duration" -> duration = Double.parseDouble(args[++i]);
                case "--create-rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--create-connections" -> createConnections = Integer.parseInt(args[++i]);
                case "--create-warmup" -> createWarmup = Double.parseDouble(args[++i]);
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).map(String::trim).map(Integer::parseInt).toList();
                case "--only" -> only = Pattern.compile(args[++i], Pattern.CASE_INSENSITIVE);
                case "--starts" -> starts = Integer.parseInt(args[++i]);
                case "--jfr" -> jfr = true;
                case "all", "scale", "backlog" -> mode = args[i];
                case "--help", "-h" -> {
                    System.out.println("""
                            bench/run [all|scale|backlog] [options]
                              all (default)          every scenario; cloudgate, WireMock and a bare Netty responder; one report
                              scale                  the filtered paged query at --sizes gateways (cloudgate only)
                              backlog                2,000 gateway creates beside 6,000 managed servers: tasks/s
                              --gateways N           store size for 'all' (default 10000)
                              --spares N             spare hosts per prefix for creates (default 8000; 100 to a backup server)
                              --slice S              warm-up slice (default 2 s)
                              --warmup-max S         warm-up limit per scenario and server (default 60 s)
                              --warmup-min S         no plateau is taken before S seconds of warm-up (default 30)
                              --plateau P            warm until the last slices differ by less than P % (default 5)
                              --plateau-slices N     ... the last N slices (default 3)
                              --warmup S             fixed warm-up where no plateau is sought: connections, creates, scale (default 2)
                              --duration S           measured seconds per scenario (default 10)
                              --create-rounds N      sequential create-to-Finished rounds (default 200)
                              --create-connections N connections of the creates scenario, one per backup server (default 8)
                              --create-warmup S      creates on spare hosts of their own before the creates are measured (default 30 s, the GET scenarios' floor;
                                                     not a plateau search, which could use up the spare hosts)
                              --starts N             cold starts per server; start-up is their median (default 5)
                              --only REGEX           only the scenarios whose name matches (e.g. 'entity XML|task'; 'connections', 'create', 'logon')
                              --sizes A,B,C          store sizes for 'scale' (default 1000,10000,100000)
                              --jfr                  record cloudgate with Java Flight Recorder into bench/.work/cloudgate.jfr""");
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (try --help)");
            }
        }
        return new Options(root, jar, ceiling, mode, gateways, spares, warmup, slice, warmupMin, warmupMax, plateau, plateauSlices, duration, rounds,
                createConnections, createWarmup, jfr, sizes, only, Math.max(1, starts));
    }

    boolean selects(String scenario) {
        return only == null || only.matcher(scenario).find();
    }

    String javaOptions(Path work) {
        return jfr ? "-XX:StartFlightRecording=filename=" + work.resolve("cloudgate.jfr") + ",settings=profile,dumponexit=true" : "";
    }
}
