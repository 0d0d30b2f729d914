package dev.cloudgate.store;

import java.sql.SQLException;

/** A failure of the database; callers may ask whether it was a uniqueness violation. */
public final class StoreException extends RuntimeException {
    private static final String UNIQUE_VIOLATION = "23505";

    public StoreException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    /** True when a unique key refused the write: the database, not Java, enforces our invariants. */
    public boolean isUniqueViolation() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
