package dev.cloudgate.query;

/** A comparison operator of the filter grammar (SPEC §6.2) and its SQL spelling. */
public enum Operator {
    // Two-character operators come first so that the parser tries them first ("longest match").
    EQ("==", "="),
    NE("!=", "<>"),
    GE(">=", ">="),
    LE("<=", "<="),
    GT(">", ">"),
    LT("<", "<");

    private final String symbol;
    private final String sql;

    Operator(String symbol, String sql) {
        this.symbol = symbol;
        this.sql = sql;
    }

    /** How the operator is written in a filter. */
    public String symbol() {
        return symbol;
    }

    String sql() {
        return sql;
    }

    /** True for the operators that need an order, not just equality (SPEC §6.3). */
    boolean isOrdering() {
        return this != EQ && this != NE;
    }

    /** The operator spelled at {@code position} of {@code text}, or null if none is. */
    static Operator at(String text, int position) {
        for (Operator op : values()) {
            if (text.startsWith(op.symbol, position)) {
                return op;
            }
        }
        return null;
    }
}
