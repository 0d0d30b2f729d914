import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Answers captured from cloudgate, replayed by WireMock (stub mappings) and by the bare Netty
 * responder (bench/ceiling/Ceiling.java, its routes.tsv): same status, same Content-Type (and
 * Location or token header), same body bytes, so every server puts the same bytes on the wire.
 */
final class Stubs {
    private final Path mappings;
    private final Path ceiling;
    private int count;

    Stubs(Path rootDir, Path ceilingDir) throws IOException {
        this.mappings = rootDir.resolve("mappings");
        this.ceiling = ceilingDir;
        Files.createDirectories(mappings);
        Files.createDirectories(rootDir.resolve("__files"));
        Files.createDirectories(ceilingDir);
        for (Path dir : new Path[] {mappings, ceilingDir}) {
            try (var old = Files.list(dir)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.writeString(ceiling.resolve("routes.tsv"), "");
    }

    /**
     * {@code request} is the WireMock request-pattern JSON; {@code ceilingKey} the same match for the
     * Netty responder ("exact|prefix", method, URI or URI prefix, Accept or "*"); {@code answer} what
     * cloudgate sent.
     */
    void add(String request, String[] ceilingKey, Captured answer, String... keptHeaders) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : keptHeaders) {
            String value = answer.header(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        String headerJson = headers.entrySet().stream().map(e -> quote(e.getKey()) + ":" + quote(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
        String json = "{\"request\":" + request + ",\"response\":{\"status\":" + answer.status() + ",\"headers\":" + headerJson
                + ",\"base64Body\":" + quote(Base64.getEncoder().encodeToString(answer.body())) + "}}";
        Files.writeString(mappings.resolve("stub-" + (++count) + ".json"), json);
        String body = "body-" + count + ".bin";
        Files.write(ceiling.resolve(body), answer.body());
        StringBuilder line = new StringBuilder(String.join("\t", ceilingKey[1], ceilingKey[0], ceilingKey[2], ceilingKey[3]))
                .append('\t').append(answer.status());
        headers.forEach((name, value) -> line.append('\t').append(name).append('=').append(value));
        Files.writeString(ceiling.resolve("routes.tsv"), line.append('\t').append(body).append('\n'), java.nio.file.StandardOpenOption.APPEND);
    }

    static String[] exact(String method, String uri, String accept) {
        return new String[] {"exact", method, uri, accept == null ? "*" : accept};
    }

    static String[] prefix(String method, String uriPrefix) {
        return new String[] {"prefix", method, uriPrefix, "*"};
    }

    static String exactUrl(String method, String url, String accept) {
        String headers = accept == null ? "" : ",\"headers\":{\"Accept\":{\"equalTo\":" + quote(accept) + "}}";
        return "{\"method\":" + quote(method) + ",\"url\":" + quote(url) + headers + "},\"priority\":1";
    }

    static String pathPattern(String method, String regex) {
        return "{\"method\":" + quote(method) + ",\"urlPathPattern\":" + quote(regex) + "}";
    }

    static String pathWithQuery(String method, String path, Map<String, String> query) {
        String params = query.entrySet().stream().map(e -> quote(e.getKey()) + ":{\"equalTo\":" + quote(e.getValue()) + "}")
                .collect(Collectors.joining(",", "{", "}"));
        return "{\"method\":" + quote(method) + ",\"urlPath\":" + quote(path) + ",\"queryParameters\":" + params + "}";
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? "\\u%04x".formatted((int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /** A response as cloudgate sent it. */
    record Captured(int status, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
