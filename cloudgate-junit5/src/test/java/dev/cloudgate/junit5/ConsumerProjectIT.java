package dev.cloudgate.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Builds src/it/consumer, a separate Maven project that depends on cloudgate-junit5 alone, as a user's
 * does: its tests get exactly what the published POMs bring. The reactor's artifacts were installed
 * into target/it-repo (pre-integration-test); everything else comes from the user's local repository,
 * named as the build's only remote repository (file://), so no network is needed and ~/.m2 is never written.
 */
class ConsumerProjectIT {
    private static final Path TARGET = Path.of("target");

    @Test
    void aProjectWithOnlyTheExtensionRunsItsTestsInParallel() throws Exception {
        // Surefire's unit-test run picks this class too when -Dtest names it; only the integration-test run has the repository.
        assumeTrue(System.getProperty("cloudgate.itRepo") != null, "runs in the integration-test phase, after the install into target/it-repo");
        Path project = TARGET.resolve("it/consumer");
        deleteTree(project);
        copyTree(Path.of("src/it/consumer"), project);
        Path itRepo = Path.of(System.getProperty("cloudgate.itRepo")).toAbsolutePath();
        Path userRepo = Path.of(System.getProperty("cloudgate.userRepo")).toAbsolutePath();
        Path settings = TARGET.resolve("it/settings.xml").toAbsolutePath();
        // A local repository keeps no checksum files for much of what it holds: checksums are not checked (it is our own disk).
        String policy = "<releases><checksumPolicy>ignore</checksumPolicy></releases><snapshots><enabled>false</enabled></snapshots>";
        Files.writeString(settings, """
                <settings>
                  <localRepository>%1$s</localRepository>
                  <mirrors>
                    <mirror><id>local-only</id><mirrorOf>*</mirrorOf><url>%2$s</url></mirror>
                  </mirrors>
                  <profiles><profile><id>local-only</id>
                    <repositories><repository><id>central</id><url>%2$s</url>%3$s</repository></repositories>
                    <pluginRepositories><pluginRepository><id>central</id><url>%2$s</url>%3$s</pluginRepository></pluginRepositories>
                  </profile></profiles>
                  <activeProfiles><activeProfile>local-only</activeProfile></activeProfiles>
                </settings>
                """.formatted(itRepo, userRepo.toUri(), policy));
        String mvn = Path.of(System.getProperty("cloudgate.mavenHome"), "bin", "mvn").toString();
        List<String> command = new ArrayList<>(List.of(mvn, "-B", "-ntp", "-s", settings.toString(),
                "-Dmaven.repo.local=" + itRepo, "-Dcloudgate.version=" + System.getProperty("cloudgate.version"), "test"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(project.resolve("build.log").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("MAVEN_ARGS");
        builder.environment().keySet().removeIf(k -> k.startsWith("CLOUDGATE_"));
        Process build = builder.start();
        if (!build.waitFor(10, TimeUnit.MINUTES)) {
            build.destroyForcibly();
            throw new AssertionError("the consumer build did not end in 10 minutes; see " + project.resolve("build.log"));
        }
        String log = Files.readString(project.resolve("build.log"));
        assertThat(build.exitValue()).as(log).isZero();
        Matcher summary = Pattern.compile("Tests run: (\\d+), Failures: 0, Errors: 0, Skipped: 0\\s*$", Pattern.MULTILINE).matcher(log);
        int last = -1;
        while (summary.find()) {
            last = Integer.parseInt(summary.group(1));
        }
        // DemoSeedTest 3, LabSeedTest 2, ProgrammaticTest 2.
        assertThat(last).as(log).isEqualTo(7);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
