package dev.cloudgate.store;

import java.sql.SQLException;

/** A failure of the database; callers may ask whether it was a uniqueness violation. */
public final class StoreException extends RuntimeException {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    /** H2 reports a missing parent row apart from a remaining child row (PostgreSQL says 23503 for both). */
    private static final String H2_PARENT_MISSING = "23506";
    /** SQL's class 22, "data exception": too long, out of range, NUL in text … */
    private static final String DATA_EXCEPTION_CLASS = "22";

    public StoreException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    /** True when a value did not fit its column: input that validation should have caught, but never a 500. */
    public boolean isBadValue() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith(DATA_EXCEPTION_CLASS)) {
                return true;
            }
        }
        return false;
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

    /** True when a row referred to by the write was gone: another node deleted it since it was read. */
    public boolean isForeignKeyViolation() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (FOREIGN_KEY_VIOLATION.equals(sql.getSQLState()) || H2_PARENT_MISSING.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
