package dev.cloudgate.control;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.wire.Operations;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** One injected fault: what it matches, what it does, how often it may still fire, how often it did. */
public final class Fault {
    private final String id;
    private final FaultSpec spec;
    private final String operation;
    private final Pattern path;
    private final AtomicInteger remaining;
    private final AtomicInteger hits = new AtomicInteger();

    Fault(String id, FaultSpec spec) {
        this.id = id;
        this.spec = validated(spec);
        this.operation = spec.operation() == null ? null : operation(spec.operation());
        this.path = spec.path() == null ? null : compile(spec.path());
        this.remaining = new AtomicInteger(spec.times() == null ? -1 : spec.times());
    }

    public String id() {
        return id;
    }

    public FaultSpec spec() {
        return spec;
    }

    /** How often it may still fire; null when it fires until reset. */
    public Integer remaining() {
        int left = remaining.get();
        return left < 0 ? null : left;
    }

    public int hits() {
        return hits.get();
    }

    /** How the journal names it, e.g. {@code fault-2: status 503}. */
    public String label() {
        StringBuilder what = new StringBuilder();
        if (spec.status() != null) {
            what.append("status ").append(spec.status());
        }
        if (spec.fail() != null) {
            what.append("deployment fails");
        }
        if (spec.delay() > 0) {
            what.append(what.isEmpty() ? "" : ", ").append("delay ").append(spec.delay()).append(" ms");
        }
        return id + ": " + what;
    }

    /** A path fault, which requests meet (the others are host faults, which tasks meet). */
    boolean forRequests() {
        return path != null;
    }

    boolean matchesRequest(String method, String requestPath) {
        return path != null && (spec.method() == null || spec.method().equalsIgnoreCase(method)) && path.matcher(requestPath).matches();
    }

    boolean matchesTask(String taskOperation, Set<String> hostNames) {
        return spec.forHost() && (operation == null || operation.equals(taskOperation))
                && hostNames.contains(spec.host().trim().toLowerCase(Locale.ROOT));
    }

    /** No firing left: the fault stays listed (with its hits) but can no longer change a task. */
    boolean spent() {
        return remaining.get() == 0;
    }

    /** Uses up one firing; false when none is left. */
    boolean take() {
        int left;
        do {
            left = remaining.get();
            if (left == 0) {
                return false;
            }
        } while (left > 0 && !remaining.compareAndSet(left, left - 1));
        hits.incrementAndGet();
        return true;
    }

    private static FaultSpec validated(FaultSpec s) {
        if ((s.host() == null) == (s.path() == null)) {
            throw Failure.invalid("A fault names either a host (deployment fault) or a path (request fault).");
        }
        if (s.delay() < 0 || s.delay() > FaultSpec.MAX_DELAY_MS) {
            throw Failure.invalid("delayMs must be between 0 and " + FaultSpec.MAX_DELAY_MS + ".");
        }
        if (s.times() != null && s.times() < 1) {
            throw Failure.invalid("times must be at least 1; leave it out for a fault that lasts until reset.");
        }
        if (s.forHost()) {
            if (s.host().isBlank() || s.fail() == null && s.delay() == 0) {
                throw Failure.invalid("A host fault needs a host and 'fail' (a message) and/or 'delayMs'.");
            }
            if (s.status() != null || s.method() != null || s.message() != null) {
                throw Failure.invalid("status, method and message belong to path faults; a host fault takes 'fail'.");
            }
        } else {
            if (s.status() == null && s.delay() == 0) {
                throw Failure.invalid("A path fault needs 'status' and/or 'delayMs'.");
            }
            if (s.status() != null && (s.status() < 400 || s.status() > 599)) {
                throw Failure.invalid("status must be an error status, 400 to 599.");
            }
            if (s.fail() != null || s.operation() != null) {
                throw Failure.invalid("fail and operation belong to host faults.");
            }
        }
        return s;
    }

    private static String operation(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "create", "createcloudgateway" -> Operations.CREATE_CLOUD_GATEWAY;
            case "edit", "editcloudgateway" -> Operations.EDIT_CLOUD_GATEWAY;
            case "delete", "deletecloudgateway" -> Operations.DELETE_CLOUD_GATEWAY;
            default -> throw Failure.invalid("operation must be create, edit or delete.");
        };
    }

    private static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw Failure.invalid("path is not a valid regular expression: " + e.getDescription() + ".");
        }
    }
}
