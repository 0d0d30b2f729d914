package dev.cloudgate.control;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.tasks.TaskFailure;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** The faults in force, oldest first; the first that matches (and has firings left) applies. */
public final class Faults {
    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final Pause pause = new Pause();
    private volatile boolean anyForRequests;

    public Fault add(FaultSpec spec) {
        Fault fault = new Fault("fault-" + ids.incrementAndGet(), spec);
        faults.add(fault);
        recount();
        return fault;
    }

    public List<Fault> list() {
        return List.copyOf(faults);
    }

    public void remove(String id) {
        if (!faults.removeIf(f -> f.id().equals(id))) {
            throw Failure.notFound("Fault " + id + " was not found.");
        }
        recount();
    }

    /**
     * True when no request (path) fault is listed, spent ones included: a request can then skip asking.
     * Host faults, which only tasks meet, do not count. Kept in a field, as every cached GET reads it.
     */
    public boolean noneForRequests() {
        return !anyForRequests;
    }

    private void recount() {
        anyForRequests = faults.stream().anyMatch(Fault::forRequests);
    }

    /** Removes every fault and ends the waits they are making. */
    public void clear() {
        faults.clear();
        recount();
        pause.cancelAll();
    }

    /**
     * Applies the first request fault that matches: waits its delay, then returns it so that the
     * caller answers with its status (if it has one). Empty when no fault applies.
     */
    public Optional<Fault> onRequest(String method, String path) throws InterruptedException {
        Optional<Fault> fault = fire(f -> f.matchesRequest(method, path));
        if (fault.isPresent()) {
            pause.sleep(fault.get().spec().delay());
        }
        return fault;
    }

    /** Applies the first deployment fault for one of the host's names: waits, then fails the task if it says so. */
    void onTask(String operation, Set<String> hostNames) throws InterruptedException {
        Optional<Fault> fault = fire(f -> f.matchesTask(operation, hostNames));
        if (fault.isEmpty()) {
            return;
        }
        pause.sleep(fault.get().spec().delay());
        if (fault.get().spec().fail() != null) {
            throw new TaskFailure(fault.get().spec().fail());
        }
    }

    boolean anyForHosts() {
        // A spent fault counts as none, so that tasks after it take the one-transaction path again (TaskRunner).
        return faults.stream().anyMatch(f -> f.spec().forHost() && !f.spent());
    }

    private Optional<Fault> fire(Predicate<Fault> matches) {
        for (Fault fault : faults) {
            if (matches.test(fault) && fault.take()) {
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }
}
