import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * WireMock stub mappings made from cloudgate's own answers: same status, same Content-Type (and
 * Location or token header), same body bytes, so both servers put the same bytes on the wire.
 */
final class Stubs {
    private final Path mappings;
    private int count;

    Stubs(Path rootDir) throws IOException {
        this.mappings = rootDir.resolve("mappings");
        Files.createDirectories(mappings);
        Files.createDirectories(rootDir.resolve("__files"));
        try (var old = Files.list(mappings)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
    }

    /** {@code request} is the WireMock request-pattern JSON; {@code answer} what cloudgate sent. */
    void add(String request, Captured answer, String... keptHeaders) throws IOException {
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
    }

    static String exactUrl(String method, String url, String accept) {
        String headers = accept == null ? "" : ",\"headers\":{\"Accept\":{\"equalTo\":" + quote(accept) + "}}";
        return "{\"method\":" + quote(method) + ",\"url\":" + quote(url) + headers + "}";
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
