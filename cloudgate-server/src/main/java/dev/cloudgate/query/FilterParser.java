package dev.cloudgate.query;

import dev.cloudgate.failure.Failure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses the filter grammar of SPEC §6.2 into a {@link Filter}: {@code ,} is OR, {@code ;} is AND
 * and binds tighter (our ruling, after FIQL), parentheses group. Knows nothing of query types;
 * {@link FilterCompiler} checks fields and values.
 */
public final class FilterParser {

    // Deeper nesting than this is no real query; the limit keeps recursion off the stack's edge.
    private static final int MAX_DEPTH = 64;

    private final String text;
    private int pos;
    private int depth;

    private FilterParser(String text) {
        this.text = text;
    }

    /**
     * Parses {@code filter}; an empty or blank filter means "no filtering".
     *
     * @throws Failure (invalid) naming the character where the filter goes wrong
     */
    public static Optional<Filter> parse(String filter) {
        if (filter == null || filter.isBlank()) {
            return Optional.empty();
        }
        FilterParser parser = new FilterParser(filter);
        Filter result = parser.orExpression();
        parser.skipSpace();
        if (!parser.atEnd()) {
            throw parser.error(parser.peek() == ')'
                    ? "unbalanced parentheses: ')' has no matching '('"
                    : "expected ',' or ';' or the end of the filter");
        }
        return Optional.of(result);
    }

    private Filter orExpression() {
        List<Filter> operands = new ArrayList<>(List.of(andExpression()));
        while (accept(',')) {
            operands.add(andExpression());
        }
        return operands.size() == 1 ? operands.getFirst() : new Filter.Or(operands);
    }

    private Filter andExpression() {
        List<Filter> operands = new ArrayList<>(List.of(term()));
        while (accept(';')) {
            operands.add(term());
        }
        return operands.size() == 1 ? operands.getFirst() : new Filter.And(operands);
    }

    private Filter term() {
        skipSpace();
        int open = pos;
        if (!accept('(')) {
            return comparison();
        }
        if (++depth > MAX_DEPTH) {
            throw error("parentheses nested deeper than " + MAX_DEPTH + " levels");
        }
        Filter inner = orExpression();
        if (!accept(')')) {
            throw atEnd()
                    ? Failure.invalid("Invalid filter: unbalanced parentheses: '(' at character "
                            + (open + 1) + " is never closed")
                    : error("expected ')' to close '(' at character " + (open + 1));
        }
        depth--;
        return inner;
    }

    private Filter comparison() {
        int start = pos;
        while (!atEnd() && isFieldChar(peek())) {
            pos++;
        }
        if (pos == start) {
            throw error("expected a field name or '('");
        }
        String field = text.substring(start, pos);
        skipSpace();
        Operator operator = Operator.at(text, pos);
        if (operator == null) {
            throw error("expected an operator (==, !=, >=, <=, >, <) after field '" + field + "'");
        }
        pos += operator.symbol().length();
        return new Filter.Comparison(field, operator, value(field + operator.symbol()));
    }

    private String value(String before) {
        skipSpace();
        if (!atEnd() && isQuote(peek())) {
            return quoted();
        }
        StringBuilder bare = new StringBuilder();
        for (; !atEnd() && !endsBareValue(peek()); pos++) {
            if (!isSpace(peek())) {
                bare.append(peek());
            }
        }
        if (bare.isEmpty()) {
            throw error("expected a value after '" + before + "'");
        }
        return bare.toString();
    }

    private String quoted() {
        int open = pos++;
        StringBuilder value = new StringBuilder();
        while (!atEnd()) {
            char c = text.charAt(pos++);
            if (!isQuote(c)) {
                value.append(c);
            } else if (!atEnd() && isQuote(peek())) {
                value.append('"'); // "" inside a quoted value is one literal quote
                pos++;
            } else {
                return value.toString();
            }
        }
        throw Failure.invalid("Invalid filter: unterminated quoted value starting at character " + (open + 1));
    }

    private boolean accept(char c) {
        skipSpace();
        if (!atEnd() && peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (!atEnd() && isSpace(peek())) {
            pos++;
        }
    }

    private Failure error(String expectation) {
        String where = atEnd() ? "at the end of the filter" : "at character " + (pos + 1);
        return Failure.invalid("Invalid filter: " + expectation + " " + where);
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private char peek() {
        return text.charAt(pos);
    }

    private static boolean isFieldChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    private static boolean endsBareValue(char c) {
        return c == ';' || c == ',' || c == '(' || c == ')' || isQuote(c);
    }

    /** Typographic quotes count as {@code "}: clients paste filters from the vendor's web pages. */
    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
