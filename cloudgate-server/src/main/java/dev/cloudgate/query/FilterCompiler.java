package dev.cloudgate.query;

/**
 * Turns a parsed {@link Filter} into a SQL condition for one query type, checking each field and
 * value on the way (SPEC §6.3): unknown fields, unparseable values and operators a field does not
 * allow are refused here, before any SQL runs.
 */
final class FilterCompiler {

    private FilterCompiler() {
    }

    static SqlFragment compile(QueryType type, Filter filter) {
        return switch (filter) {
            case Filter.Or or -> SqlFragment.join("or", or.operands().stream().map(f -> compile(type, f)).toList());
            case Filter.And and -> SqlFragment.join("and", and.operands().stream().map(f -> compile(type, f)).toList());
            case Filter.Comparison c -> type.field(c.field()).compare(c.operator(), c.value());
        };
    }
}
