package dev.cloudgate.control;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.infrastructure.InfrastructureStore;
import dev.cloudgate.seed.Seed;
import dev.cloudgate.seed.SeedExport;
import dev.cloudgate.seed.SeedLoader;
import java.util.function.Supplier;
import dev.cloudgate.store.StoreException;
import dev.cloudgate.store.Transactor;

/**
 * The store as a whole: reset to the seed, export as a seed, load a seed. A reset also drops
 * logon sessions, tasks, faults and the request journal, so that each test starts from the same
 * place. The seed is kept with its passwords hashed, so a reset costs no PBKDF2 run.
 */
public final class StateControl {
    private final Transactor tx;
    private final StateStore state;
    private final InfrastructureStore infrastructure;
    private final SeedLoader loader;
    private final SeedExport exporter;
    /** Forgets what other parts keep in memory of the replaced state (cached accounts and sessions). */
    private final Runnable afterReplace;
    private final Faults faults;
    private final Journal journal;
    /** Where the seed comes from; read only when first needed, so a restart on a full store skips parsing it. */
    private final Supplier<Seed> seedSource;
    private Seed seed;
    private boolean hashed;

    public StateControl(Transactor tx, StateStore state, InfrastructureStore infrastructure, SeedLoader loader, SeedExport exporter,
            Runnable afterReplace, Faults faults, Journal journal, Supplier<Seed> seedSource) {
        this.tx = tx;
        this.state = state;
        this.infrastructure = infrastructure;
        this.loader = loader;
        this.exporter = exporter;
        this.afterReplace = afterReplace;
        this.faults = faults;
        this.journal = journal;
        this.seedSource = seedSource;
    }

    /** At start-up: applies the seed only to an empty store, so a restart keeps the state (SPEC §8 B1). */
    public synchronized void seedIfEmpty() {
        try {
            tx.run(() -> {
                if (infrastructure.isEmpty()) {
                    loader.apply(hashedSeed());
                }
            });
        } catch (StoreException e) {
            // Nodes starting together on one empty PostgreSQL: the first one's seed wins, the others' collide.
            if (!e.isUniqueViolation() || tx.inTransaction(infrastructure::isEmpty)) {
                throw e;
            }
        }
        afterReplace.run();
    }

    /** Empties the store and applies the seed again; returns how long it took, in nanoseconds. */
    public synchronized long reset() {
        long started = System.nanoTime();
        Seed target = hashedSeed();
        tx.run(() -> {
            state.clear();
            loader.apply(target);
        });
        faults.clear();
        afterReplace.run();
        journal.clear();
        return System.nanoTime() - started;
    }

    /** Makes {@code next} the seed and resets to it; a seed that cannot be stored changes nothing. */
    public synchronized long load(Seed next) {
        Seed previous = seed;
        boolean previousHashed = hashed;
        seed = SeedLoader.withHashedPasswords(next);
        hashed = true;
        try {
            return reset();
        } catch (StoreException | IllegalArgumentException e) {
            seed = previous;
            hashed = previousHashed;
            throw Failure.invalid("The seed could not be loaded: " + e.getMessage());
        } catch (RuntimeException e) {
            seed = previous;
            hashed = previousHashed;
            throw e;
        }
    }

    public Seed export() {
        return tx.inTransaction(exporter::export);
    }

    private Seed hashedSeed() {
        if (seed == null) {
            seed = seedSource.get();
        }
        if (!hashed) {
            seed = SeedLoader.withHashedPasswords(seed);
            hashed = true;
        }
        return seed;
    }
}
