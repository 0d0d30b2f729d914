package dev.cloudgate.query;

import java.util.List;
import java.util.Objects;

/**
 * A parsed filter (SPEC §6.2), before its fields are checked against a query type. Field names
 * and values are kept as written (quotes removed, bare values without whitespace); what they mean
 * is decided by the type's fields.
 */
public sealed interface Filter {

    /** Matches when any operand matches ({@code ,}). Always has two or more operands. */
    record Or(List<Filter> operands) implements Filter {
        public Or {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("Or needs at least two operands");
            }
        }
    }

    /** Matches when all operands match ({@code ;}). Always has two or more operands. */
    record And(List<Filter> operands) implements Filter {
        public And {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("And needs at least two operands");
            }
        }
    }

    /** {@code field operator value}, e.g. {@code Name=="gw01"}. */
    record Comparison(String field, Operator operator, String value) implements Filter {
        public Comparison {
            Objects.requireNonNull(field);
            Objects.requireNonNull(operator);
            Objects.requireNonNull(value);
        }
    }
}
