package dev.cloudgate.junit5;

import dev.cloudgate.server.CloudgateServer;
import dev.cloudgate.server.Config;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts one in-process cloudgate per test class and resets it to its seed before each test. Used
 * through {@link CloudgateTest}, or registered with settings of its own:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final CloudgateExtension cloudgate = CloudgateExtension.builder()
 *         .seed("classpath:my-seed.yaml").lenientXml(true).setting("supported-versions", "v1_7").build();
 * }</pre>
 *
 * Every server has its own free HTTP and HTTPS ports and its own data directory, deleted when the
 * class is done, so classes may run in parallel. A {@code @Nested} class uses its outer class's server.
 */
public final class CloudgateExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CloudgateExtension.class);
    private static final String KEY = "server";

    /** Null when the settings come from {@link CloudgateTest} on the class. */
    private final Map<String, String> settings;
    private final String seed;
    private final Reset reset;
    private volatile CloudgateInfo info;

    /** For {@code @ExtendWith} (what {@link CloudgateTest} does): settings from the annotation. */
    public CloudgateExtension() {
        this(null, null, null);
    }

    private CloudgateExtension(Map<String, String> settings, String seed, Reset reset) {
        this.settings = settings;
        this.seed = seed;
        this.reset = reset;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The running server of the class, e.g. for a {@code @BeforeAll} method; fails before the class started. */
    public CloudgateInfo info() {
        CloudgateInfo current = info;
        if (current == null) {
            throw new IllegalStateException("cloudgate has not started: register the extension in a static field");
        }
        return current;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        Running outer = store.get(KEY, Running.class);
        if (outer != null) {
            info = outer.info;
            return;
        }
        Running running = start(context);
        store.put(KEY, running);
        info = running.info;
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        Running running = store.get(KEY, Running.class);
        if (running != null && running.owner.equals(context.getUniqueId())) {
            store.remove(KEY);
            running.close();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Running running = running(context);
        if (running.reset == Reset.PER_TEST) {
            running.info.reset();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CloudgateInfo.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return running(context).info;
    }

    private static Running running(ExtensionContext context) {
        Running running = context.getStore(NAMESPACE).get(KEY, Running.class);
        if (running == null) {
            throw new ExtensionConfigurationException(
                    "cloudgate has not started: use @CloudgateTest on the class, or register CloudgateExtension in a static field");
        }
        return running;
    }

    private Running start(ExtensionContext context) throws Exception {
        Map<String, String> effective = new LinkedHashMap<>();
        String seedName;
        Reset mode;
        if (settings == null) {
            CloudgateTest annotation = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), CloudgateTest.class)
                    .orElseThrow(() -> new ExtensionConfigurationException("CloudgateExtension without @CloudgateTest or a builder"));
            effective.put("task-delay", annotation.taskDelay());
            seedName = annotation.seed();
            mode = annotation.reset();
        } else {
            effective.putAll(settings);
            seedName = seed;
            mode = reset;
        }
        boolean ownData = !effective.containsKey("data");
        Path data = ownData ? Files.createTempDirectory("cloudgate-junit5-") : Path.of(effective.get("data"));
        try {
            Map<String, String> fixed = new LinkedHashMap<>();
            fixed.put("bind", "127.0.0.1");
            fixed.put("port", "0");
            fixed.put("https-port", "0");
            fixed.put("task-delay", "0");
            fixed.put("data", data.toString());
            fixed.putAll(effective);
            if (seedName != null && !seedName.isBlank()) {
                fixed.put("seed", seedFile(seedName, data, context.getRequiredTestClass()).toString());
            }
            CloudgateServer server = CloudgateServer.start(Config.defaults().with(fixed));
            return new Running(context.getUniqueId(), new CloudgateInfo(server), mode, ownData ? data : null);
        } catch (Exception | Error e) {
            if (ownData) {
                deleteTree(data);
            }
            throw e;
        }
    }

    /** A path as is; {@code classpath:x.yaml} copied out of the test's class path into the data directory. */
    private static Path seedFile(String seed, Path data, Class<?> testClass) throws IOException {
        if (!seed.startsWith("classpath:")) {
            return Path.of(seed);
        }
        String name = seed.substring("classpath:".length()).replaceFirst("^/+", "");
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null ? Thread.currentThread().getContextClassLoader()
                : testClass.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new ExtensionConfigurationException("seed " + seed + " is not on the class path");
            }
            Path file = data.resolve("seed-from-classpath.yaml");
            Files.copy(in, file);
            return file;
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete cloudgate's data directory " + root, e);
        }
    }

    /** A started server and what belongs to it; closed by the class context that started it. */
    private static final class Running implements AutoCloseable {
        final String owner;
        final CloudgateInfo info;
        final Reset reset;
        final Path ownData;

        Running(String owner, CloudgateInfo info, Reset reset, Path ownData) {
            this.owner = owner;
            this.info = info;
            this.reset = reset;
            this.ownData = ownData;
        }

        @Override
        public void close() throws Exception {
            try {
                info.server().close();
            } finally {
                if (ownData != null) {
                    deleteTree(ownData);
                }
            }
        }
    }

    /** Settings for a registered extension; any key of {@code cloudgate serve} (docs/configuration.md) may be set. */
    public static final class Builder {
        private final Map<String, String> settings = new LinkedHashMap<>();
        private String seed;
        private Reset reset = Reset.PER_TEST;

        private Builder() {
        }

        /** A file path, or {@code classpath:name.yaml}. */
        public Builder seed(String value) {
            seed = value;
            return this;
        }

        /** e.g. {@code 1s}, {@code 250ms}; 0 (the default) applies tasks at once. */
        public Builder taskDelay(String value) {
            return setting("task-delay", value);
        }

        /** Accept XML elements in any order (as {@code --lenient-xml}). */
        public Builder lenientXml(boolean value) {
            return setting("lenient-xml", Boolean.toString(value));
        }

        public Builder reset(Reset value) {
            reset = value;
            return this;
        }

        /** Any setting by its key, e.g. {@code supported-versions}, {@code https-port} ({@code off}), {@code journal-size}. */
        public Builder setting(String key, String value) {
            settings.put(key, value);
            return this;
        }

        public CloudgateExtension build() {
            // Fails here, naming the key, rather than when the first class starts.
            Config.defaults().with(settings);
            return new CloudgateExtension(Map.copyOf(settings), seed, reset);
        }
    }
}
