package dev.cloudgate.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail: one line per mutation (logon, logout, gateway and pool requests and their task
 * outcomes, task deletion) on the logger {@code cloudgate.audit}, as
 * {@code user=… op=… target=… result=…} (docs/logging.md). Callers pass no secrets: no passwords,
 * tokens or full session ids; every value is stripped of line breaks so that a hostile user name
 * cannot forge a line.
 */
public final class AuditLog {
    public static final String LOGGER = "cloudgate.audit";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private static final int MAX_VALUE = 200;

    private AuditLog() {
    }

    public static void record(String user, String operation, String target, String result) {
        if (LOG.isInfoEnabled()) {
            LOG.info("user={} op={} target={} result={}", value(user), value(operation), value(target), value(result));
        }
    }

    /** A value as one token: control characters replaced, long ones cut, quoted when it has blanks. */
    public static String value(String text) {
        if (text == null || text.isEmpty()) {
            return "-";
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(MAX_VALUE).forEach(c -> {
            if (Character.isISOControl(c) || c == '"') {
                out.append('?');
            } else {
                out.appendCodePoint(c);
            }
        });
        if (text.codePointCount(0, text.length()) > MAX_VALUE) {
            out.append('…');
        }
        String clean = out.toString();
        return clean.chars().anyMatch(Character::isWhitespace) || clean.contains("=") ? '"' + clean + '"' : clean;
    }
}
