package dev.cloudgate.http.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The control API's routing table: method, template below {@code /_cloudgate} ({@code {name}} segments), endpoint. */
final class ControlRoutes {
    private final List<Line> lines = new ArrayList<>();

    @FunctionalInterface
    interface Endpoint {
        ControlReply handle(ControlCall call) throws Exception;
    }

    record Line(String method, String template, Endpoint endpoint) {
    }

    /** A route that fits, with its parameters. */
    record Match(Endpoint endpoint, Map<String, String> params) {
    }

    ControlRoutes add(String method, String template, Endpoint endpoint) {
        lines.add(new Line(method, template, endpoint));
        return this;
    }

    Match find(String method, String path) {
        for (Line line : lines) {
            Map<String, String> params = params(line.template(), path);
            if (params != null && line.method().equals(method)) {
                return new Match(line.endpoint(), params);
            }
        }
        return null;
    }

    /** The methods that other routes on this path take; empty when the path is unknown. */
    Set<String> methodsOn(String path) {
        Set<String> methods = new LinkedHashSet<>();
        lines.stream().filter(l -> params(l.template(), path) != null).forEach(l -> methods.add(l.method()));
        return methods;
    }

    private static Map<String, String> params(String template, String path) {
        String[] want = template.split("/", -1);
        String[] got = path.split("/", -1);
        if (want.length != got.length) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < want.length; i++) {
            if (want[i].startsWith("{") && !got[i].isEmpty()) {
                params.put(want[i].substring(1, want[i].length() - 1), got[i]);
            } else if (!want[i].equals(got[i])) {
                return null;
            }
        }
        return params;
    }
}
