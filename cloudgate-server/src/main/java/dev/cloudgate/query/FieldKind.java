package dev.cloudgate.query;

import dev.cloudgate.failure.Failure;

import dev.cloudgate.wire.Uids;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The type of a query field and its comparison rules (SPEC §6.3): which operators it allows, how
 * a filter value parses, and how it compares and sorts in SQL.
 */
sealed interface FieldKind {

    /** The SQL condition {@code field operator value}; throws if the value or operator is wrong. */
    SqlFragment compare(Field field, Operator operator, String value);

    /** The SQL expression to sort {@code expression} by. */
    default String sortKey(String expression) {
        return expression;
    }

    /**
     * Case-insensitive: both sides are lower-cased. SPEC §6.3 wants ordinal ordering; H2 compares
     * by character code, PostgreSQL by the column's collation, which is ordinal only under "C".
     */
    record Text() implements FieldKind {
        public SqlFragment compare(Field field, Operator operator, String value) {
            return SqlFragment.of("lower(" + field.expression() + ") " + operator.sql() + " lower(?)", value);
        }

        @Override
        public String sortKey(String expression) {
            return "lower(" + expression + ")";
        }
    }

    record Numeric() implements FieldKind {
        public SqlFragment compare(Field field, Operator operator, String value) {
            try {
                return SqlFragment.of(field.expression() + " " + operator.sql() + " ?", Long.parseLong(value));
            } catch (NumberFormatException e) {
                throw badValue(field, value, "an integer");
            }
        }
    }

    record Flag() implements FieldKind {
        public SqlFragment compare(Field field, Operator operator, String value) {
            equalityOnly(field, operator, "Boolean");
            if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                throw badValue(field, value, "true or false");
            }
            return SqlFragment.of(field.expression() + " " + operator.sql() + " ?", Boolean.parseBoolean(value));
        }
    }

    /** An object id; the value may be the full UID or the bare UUID, in any case (SPEC §1.6, A22). */
    record Uid(String objectKind) implements FieldKind {
        public SqlFragment compare(Field field, Operator operator, String value) {
            equalityOnly(field, operator, "UID");
            // Exact: a filter value with surrounding blanks is no UID (Uids.parse would trim it).
            return SqlFragment.of(field.expression() + " " + operator.sql() + " ?", Uids.parse(objectKind, value)
                    .filter(id -> value.trim().equals(value))
                    .orElseThrow(() -> badValue(field, value,
                            "a " + objectKind + " UID (urn:veeam:" + objectKind + ":<uuid>) or a bare UUID")));
        }
    }

    /**
     * Compared by declared index, as the vendor compares enumerations (query_comparison.md), so
     * {@code ==} and ordering share one SQL expression: the stored name mapped to its index.
     */
    record Choice(List<String> names) implements FieldKind {
        private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]+");

        public Choice {
            names = List.copyOf(names);
            // The names become SQL literals below; allowing only letters and digits keeps them inert.
            names.forEach(name -> {
                if (!NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException("enum name not plain: " + name);
                }
            });
        }

        public SqlFragment compare(Field field, Operator operator, String value) {
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).equalsIgnoreCase(value)) {
                    return SqlFragment.of(sortKey(field.expression()) + " " + operator.sql() + " ?", i);
                }
            }
            throw badValue(field, value, "one of " + String.join(", ", names));
        }

        @Override
        public String sortKey(String expression) {
            StringBuilder sql = new StringBuilder("case lower(").append(expression).append(')');
            for (int i = 0; i < names.size(); i++) {
                sql.append(" when '").append(names.get(i).toLowerCase(Locale.ROOT)).append("' then ").append(i);
            }
            return sql.append(" end").toString();
        }
    }

    /** A documented vendor field this server does not serve (SPEC §6.6: 501). */
    record Unsupported() implements FieldKind {
        public SqlFragment compare(Field field, Operator operator, String value) {
            throw Failure.notImplemented("Filtering by field '" + field.name() + "' is not implemented by this server.");
        }
    }

    private static void equalityOnly(Field field, Operator operator, String kindName) {
        if (operator.isOrdering()) {
            throw Failure.invalid("Operator '" + operator.symbol() + "' cannot be used with field '"
                    + field.name() + "': " + kindName + " fields allow only == and !=.");
        }
    }

    private static Failure badValue(Field field, String value, String expected) {
        return Failure.invalid("Value '" + value + "' is not valid for field '" + field.name()
                + "': expected " + expected + ".");
    }
}
