import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** bench/run's options; every one has a default that keeps the whole run to a few minutes. */
record Options(Path root, Path wiremockJar, String mode, int gateways, int spares, double warmup, double duration,
        int createRounds, boolean jfr, List<Integer> sizes) {

    static Options parse(String[] args) {
        Path root = null;
        Path jar = null;
        String mode = "all";
        int gateways = 10_000;
        int spares = 5_000;
        double warmup = 2;
        double duration = 6;
        int rounds = 200;
        boolean jfr = false;
        List<Integer> sizes = List.of(1_000, 10_000, 100_000);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]);
                case "--wiremock" -> jar = Path.of(args[++i]);
                case "--gateways" -> gateways = Integer.parseInt(args[++i]);
                case "--spares" -> spares = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Double.parseDouble(args[++i]);
                case "--duration" -> duration = Double.parseDouble(args[++i]);
                case "--create-rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).map(String::trim).map(Integer::parseInt).toList();
                case "--jfr" -> jfr = true;
                case "all", "scale", "backlog" -> mode = args[i];
                case "--help", "-h" -> {
                    System.out.println("""
                            bench/run [all|scale|backlog] [options]
                              all (default)      every scenario, cloudgate and WireMock, one table
                              scale              the filtered paged query at --sizes gateways
                              backlog            2,000 gateway creates beside 6,000 managed servers: tasks/s
                              --gateways N       store size for 'all' (default 10000)
                              --spares N         spare hosts per wrk thread for creates (default 5000)
                              --warmup S         unmeasured seconds before each scenario (default 2)
                              --duration S       measured seconds per scenario (default 6)
                              --create-rounds N  sequential create-to-Finished rounds (default 200)
                              --sizes A,B,C      store sizes for 'scale' (default 1000,10000,100000)
                              --jfr              record cloudgate with Java Flight Recorder into bench/.work/cloudgate.jfr""");
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (try --help)");
            }
        }
        return new Options(root, jar, mode, gateways, spares, warmup, duration, rounds, jfr, sizes);
    }

    String javaOptions(Path work) {
        return jfr ? "-XX:StartFlightRecording=filename=" + work.resolve("cloudgate.jfr") + ",settings=profile,dumponexit=true" : "";
    }
}
