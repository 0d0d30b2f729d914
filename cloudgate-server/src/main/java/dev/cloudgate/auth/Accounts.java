package dev.cloudgate.auth;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.audit.AuditLog;
import dev.cloudgate.store.Transactor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Checks user names and passwords. Names match with or without the domain prefix (a bare name only
 * when exactly one account has that user part, SPEC §7 A51), case-insensitively.
 */
public final class Accounts {
    static final String BAD_CREDENTIALS = "Invalid user name or password.";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Accounts.class);

    private final Transactor tx;
    private final AccountStore store;
    /**
     * A successful check is remembered under a keyed MAC of the password (the key never leaves this
     * process), so that repeated logons do not each cost a PBKDF2 run.
     */
    private final ConcurrentMap<String, String> verified = new ConcurrentHashMap<>();
    private final byte[] macKey = new byte[32];
    /** PBKDF2 runs under way, by the same key: a burst of identical logons pays for one run, not one each. */
    private final ConcurrentMap<String, CompletableFuture<Boolean>> checking = new ConcurrentHashMap<>();
    private final LogonThrottle throttle;
    /** PBKDF2 runs so far: each costs a core for a noticeable time, so /metrics shows them. */
    private final java.util.concurrent.atomic.LongAdder passwordChecks = new java.util.concurrent.atomic.LongAdder();
    /** PBKDF2 iterations run: the cost of the checks, so that an unknown user's check is seen to cost a real one's. */
    private final java.util.concurrent.atomic.LongAdder hashIterations = new java.util.concurrent.atomic.LongAdder();
    private volatile Loaded cache;
    private volatile String unknownUserHash;

    public Accounts(Transactor tx, AccountStore store) {
        this(tx, store, LogonThrottle.NEVER);
    }

    public Accounts(Transactor tx, AccountStore store, LogonThrottle throttle) {
        this.tx = tx;
        this.store = store;
        this.throttle = throttle;
        new java.security.SecureRandom().nextBytes(macKey);
    }

    /**
     * Forgets cached accounts after the seed changed them. Remembered password checks stay: each is
     * tied to the hash it was made against, so it only counts while the account keeps that hash, and
     * a reset to the same seed does not make the next logon pay for PBKDF2 again.
     */
    public void invalidate() {
        cache = null;
        unknownUserHash = null;
    }

    /** As {@link #authenticate(String[], String)} from an unknown source. */
    public Account authenticate(String[] userAndPassword) {
        return authenticate(userAndPassword, "");
    }

    /**
     * Checks a user name and password sent from {@code source} (the client's address, for the throttle).
     * Unknown names take the same path as known ones: the same throttle, one password check of the same
     * cost, the same answer.
     */
    public Account authenticate(String[] userAndPassword, String source) {
        String password = userAndPassword[1];
        Optional<Account> found = find(userAndPassword[0]);
        String name = found.map(Account::name).orElse(userAndPassword[0]);
        String hash = found.map(Account::passwordHash).orElseGet(this::unknownUserHash);
        if (throttle.locked(name, source)) {
            refuseLocked(name);
        }
        String key = name + '\u0000' + mac(password);
        if (found.isPresent() && hash.equals(verified.get(key))) {
            // Checked before with this very hash: no guess is being tested, so nothing is reserved.
            return accept(found.get(), source, false);
        }
        String flight = key + '\u0000' + hash;
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        CompletableFuture<Boolean> running = checking.putIfAbsent(flight, mine);
        if (running != null) {
            // The same password for the same name is being checked: share that answer, it tests no new guess.
            boolean shared;
            try {
                shared = running.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            if (!shared || found.isEmpty()) {
                throw Failure.unauthorized(BAD_CREDENTIALS);
            }
            return accept(found.get(), source, false);
        }
        boolean matches;
        try {
            if (!throttle.begin(name, source)) {
                mine.complete(false);
                refuseLocked(name);
            }
            try {
                // Bounded inside: beyond the bound this waits briefly or is refused busy, and then counts nothing.
                boolean same = Passwords.matches(password, hash);
                passwordChecks.increment();
                hashIterations.add(Passwords.iterations(hash));
                matches = same && found.isPresent();
            } catch (RuntimeException | Error e) {
                throttle.abandoned(name, source);
                throw e;
            }
            mine.complete(matches);
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(flight, mine);
        }
        if (!matches) {
            LogonThrottle.Failed failed = throttle.failed(name, source);
            if (failed.locked()) {
                LOG.warn("user name {} locked for {} s for source {} after repeated failed logons", AuditLog.value(name),
                        failed.lock().toSeconds(), AuditLog.value(source));
                AuditLog.record(name, "LockAccount", name,
                        "locked for " + failed.lock().toSeconds() + " s for source " + source + " after repeated failed logons");
            }
            throw Failure.unauthorized(BAD_CREDENTIALS);
        }
        verified.put(key, hash);
        return accept(found.get(), source, true);
    }

    private Account accept(Account account, String source, boolean reserved) {
        if (!throttle.succeeded(account.name(), source, reserved)) {
            // Locked while the password was being checked: refused like any logon during the lock.
            refuseLocked(account.name());
        }
        return account;
    }

    private static void refuseLocked(String name) {
        AuditLog.record(name, "Logon", "-", "refused: locked after repeated failed logons");
        throw Failure.unauthorized(BAD_CREDENTIALS);
    }

    /**
     * A hash no password matches, of the cost most accounts' hashes have: an unknown user name costs what
     * a wrong password costs, so timing does not tell which names exist.
     */
    private String unknownUserHash() {
        String hash = unknownUserHash;
        if (hash == null) {
            int iterations = loaded().stream().map(a -> Passwords.iterations(a.passwordHash())).filter(i -> i > 0)
                    .collect(Collectors.groupingBy(i -> i, Collectors.counting()))
                    .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse(Passwords.DEFAULT_ITERATIONS);
            byte[] secret = new byte[32];
            new java.security.SecureRandom().nextBytes(secret);
            hash = Passwords.hash(java.util.HexFormat.of().formatHex(secret), iterations);
            unknownUserHash = hash;
        }
        return hash;
    }

    private List<Account> loaded() {
        return accounts().all();
    }

    private Map<String, Account> byName() {
        return accounts().byName();
    }

    private Loaded accounts() {
        Loaded loaded = cache;
        if (loaded == null) {
            loaded = Loaded.of(tx.inTransaction(store::accounts));
            cache = loaded;
        }
        return loaded;
    }

    /**
     * The accounts, and the same by lower-cased name (names compare case-insensitively): every
     * authenticated request looks its caller's role up there.
     */
    private record Loaded(List<Account> all, Map<String, Account> byName) {
        static Loaded of(List<Account> all) {
            Map<String, Account> byName = new java.util.HashMap<>();
            // The first of equal names wins, as a scan of the list would find it.
            all.forEach(account -> byName.putIfAbsent(account.name().toLowerCase(Locale.ROOT), account));
            return new Loaded(List.copyOf(all), Map.copyOf(byName));
        }
    }

    /** How many PBKDF2 checks this node has run (remembered and shared checks do not count). */
    public long passwordChecks() {
        return passwordChecks.sum();
    }

    /** What the password checks cost and how they are bounded, for metrics. */
    public PasswordCheckFigures passwordCheckFigures() {
        return new PasswordCheckFigures(passwordChecks.sum(), hashIterations.sum(), Passwords.peakRunning(), Passwords.bound());
    }

    /** Checks run, PBKDF2 iterations run, the most checks that ran at once, and how many may. */
    public record PasswordCheckFigures(long checks, long iterations, int peak, int bound) {
    }

    public Optional<Account> find(String userName) {
        Optional<Account> exact = Optional.ofNullable(byName().get(userName.toLowerCase(Locale.ROOT)));
        if (exact.isPresent() || userName.contains("\\")) {
            return exact;
        }
        Optional<Account> upn = byPrincipalName(userName);
        if (upn.isPresent()) {
            return upn;
        }
        List<Account> byUserPart = loaded().stream().filter(a -> a.userPart().equalsIgnoreCase(userName)).toList();
        return byUserPart.size() == 1 ? Optional.of(byUserPart.get(0)) : Optional.empty();
    }

    /**
     * The UPN form {@code user@domain} names {@code DOMAIN\\user} when the domain's first label is the
     * account's domain ({@code portal.user@tech.local} and {@code portal.user@TECH} are {@code TECH\\portal.user}),
     * as Windows accepts both forms (SPEC §7 A51).
     */
    private Optional<Account> byPrincipalName(String userName) {
        int at = userName.lastIndexOf('@');
        if (at <= 0 || at == userName.length() - 1) {
            return Optional.empty();
        }
        String domain = userName.substring(at + 1);
        int dot = domain.indexOf('.');
        String firstLabel = dot < 0 ? domain : domain.substring(0, dot);
        if (firstLabel.isEmpty()) {
            return Optional.empty();
        }
        String canonical = firstLabel + "\\" + userName.substring(0, at);
        return Optional.ofNullable(byName().get(canonical.toLowerCase(Locale.ROOT)));
    }

    private String mac(String text) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(macKey, "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
