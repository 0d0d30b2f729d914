package dev.cloudgate.query;

import dev.cloudgate.failure.Failure;

import java.util.List;

/**
 * A field of a query type (SPEC §6.4): its name, its kind, and the SQL expression it stands for
 * in the type's FROM clause. {@code sortExpression}, when set, replaces the kind's sort key (a
 * task's {@code TaskId} is text but sorts by its number).
 */
record Field(String name, List<String> aliases, FieldKind kind, String expression, String sortExpression) {

    Field {
        aliases = List.copyOf(aliases);
    }

    static Field text(String name, String expression) {
        return new Field(name, List.of(), new FieldKind.Text(), expression, null);
    }

    static Field integer(String name, String expression) {
        return new Field(name, List.of(), new FieldKind.Numeric(), expression, null);
    }

    static Field bool(String name, String expression) {
        return new Field(name, List.of(), new FieldKind.Flag(), expression, null);
    }

    static Field uid(String name, String objectKind, String expression) {
        return new Field(name, List.of(), new FieldKind.Uid(objectKind), expression, null);
    }

    static Field choice(String name, String expression, String... names) {
        return new Field(name, List.of(), new FieldKind.Choice(List.of(names)), expression, null);
    }

    static Field unsupported(String name) {
        return new Field(name, List.of(), new FieldKind.Unsupported(), null, null);
    }

    Field alias(String alias) {
        return new Field(name, List.of(alias), kind, expression, sortExpression);
    }

    Field sortedBy(String sortExpression) {
        return new Field(name, aliases, kind, expression, sortExpression);
    }

    /** Field names are case-insensitive (SPEC §7 A21: {@code BackupServerUId} = {@code BackupServerUid}). */
    boolean isCalled(String candidate) {
        return name.equalsIgnoreCase(candidate) || aliases.stream().anyMatch(candidate::equalsIgnoreCase);
    }

    SqlFragment compare(Operator operator, String value) {
        return kind.compare(this, operator, value);
    }

    String sortKey() {
        if (kind instanceof FieldKind.Unsupported) {
            throw Failure.notImplemented("Sorting by field '" + name + "' is not implemented by this server.");
        }
        return sortExpression != null ? sortExpression : kind.sortKey(expression);
    }
}
