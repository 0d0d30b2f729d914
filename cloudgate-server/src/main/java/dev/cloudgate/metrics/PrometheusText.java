package dev.cloudgate.metrics;

import java.util.Locale;
import java.util.Map;

/** Writes the Prometheus text exposition format, version 0.0.4: HELP and TYPE lines, then samples. */
final class PrometheusText {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final StringBuilder out = new StringBuilder(4096);

    PrometheusText family(String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
        return this;
    }

    PrometheusText sample(String name, Map<String, String> labels, double value) {
        out.append(name);
        if (!labels.isEmpty()) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, String> label : labels.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append(label.getKey()).append("=\"").append(escape(label.getValue())).append('"');
            }
            out.append('}');
        }
        out.append(' ').append(number(value)).append('\n');
        return this;
    }

    /** One histogram series: {@code _bucket} lines with {@code le}, then {@code _sum} and {@code _count}. */
    PrometheusText histogram(String name, Map<String, String> labels, Histogram.Snapshot values) {
        for (int i = 0; i < Histogram.BOUNDS.length; i++) {
            sample(name + "_bucket", with(labels, "le", number(Histogram.BOUNDS[i])), values.cumulative()[i]);
        }
        sample(name + "_bucket", with(labels, "le", "+Inf"), values.count());
        sample(name + "_sum", labels, values.sumSeconds());
        sample(name + "_count", labels, values.count());
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private static Map<String, String> with(Map<String, String> labels, String key, String value) {
        var copy = new java.util.LinkedHashMap<>(labels);
        copy.put(key, value);
        return copy;
    }

    /** Integers without a fraction, everything else in Java's shortest round-trip form. */
    static String number(double value) {
        if (value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value).toLowerCase(Locale.ROOT);
    }

    /** Label values escape backslash, double quote and line feed (the format's only escapes). */
    static String escape(String value) {
        if (value.indexOf('\\') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
