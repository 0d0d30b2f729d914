package dev.cloudgate.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The console's page, script and style, read once from the jar: a few kilobytes, no build step, no network. */
final class StaticFiles {
    record File(String contentType, byte[] bytes) {
    }

    private static final Map<String, String> FILES = Map.of(
            "/", "index.html",
            "/index.html", "index.html",
            "/console.js", "console.js",
            "/console.css", "console.css");

    private final Map<String, File> loaded;

    StaticFiles() {
        java.util.HashMap<String, File> map = new java.util.HashMap<>();
        FILES.forEach((path, name) -> map.put(path, new File(contentType(name), read(name))));
        this.loaded = Map.copyOf(map);
    }

    File find(String path) {
        return loaded.get(path);
    }

    private static String contentType(String name) {
        if (name.endsWith(".html")) {
            return "text/html;charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript;charset=utf-8";
        }
        return "text/css;charset=utf-8";
    }

    private static byte[] read(String name) {
        try (InputStream in = StaticFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("console file " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
