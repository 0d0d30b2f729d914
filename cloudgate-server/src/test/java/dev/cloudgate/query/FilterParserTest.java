package dev.cloudgate.query;

import dev.cloudgate.failure.Failure;

import static dev.cloudgate.query.Operator.EQ;
import static dev.cloudgate.query.Operator.GE;
import static dev.cloudgate.query.Operator.GT;
import static dev.cloudgate.query.Operator.LE;
import static dev.cloudgate.query.Operator.LT;
import static dev.cloudgate.query.Operator.NE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FilterParserTest {

    static Stream<Arguments> validFilters() {
        return Stream.of(
                arguments("Name==\"gw01.tech.local\"", cmp("Name", EQ, "gw01.tech.local")),
                arguments("name==gw01", cmp("name", EQ, "gw01")),
                arguments("Port!=443", cmp("Port", NE, "443")),
                arguments("Port>=443", cmp("Port", GE, "443")),
                arguments("Port<=443", cmp("Port", LE, "443")),
                arguments("Port>443", cmp("Port", GT, "443")),
                arguments("Port<443", cmp("Port", LT, "443")),
                // longest match first: ">=" is one operator, not ">" and a value "=5"
                arguments("Port>==5", cmp("Port", GE, "=5")),
                arguments("  Name  ==  gw 01  ", cmp("Name", EQ, "gw01")),
                arguments("Name==\"gw 01\"", cmp("Name", EQ, "gw 01")),
                arguments("Name==\"say \"\"hi\"\"\"", cmp("Name", EQ, "say \"hi\"")),
                arguments("Name==\u201Cgw01\u201D", cmp("Name", EQ, "gw01")),
                arguments("Name==\"a,b;(c)\"", cmp("Name", EQ, "a,b;(c)")),
                arguments("Description==\"\"", cmp("Description", EQ, "")),
                arguments("Name==a=b", cmp("Name", EQ, "a=b")),
                arguments("Name==x+y", cmp("Name", EQ, "x+y")),
                arguments("BackupServerName==\"172.24.31.67\";Enabled==true",
                        and(cmp("BackupServerName", EQ, "172.24.31.67"), cmp("Enabled", EQ, "true"))),
                arguments("a==1,b==2", or(cmp("a", EQ, "1"), cmp("b", EQ, "2"))),
                arguments("a==1,b==2;c==3", or(cmp("a", EQ, "1"), and(cmp("b", EQ, "2"), cmp("c", EQ, "3")))),
                arguments("a==1;b==2,c==3", or(and(cmp("a", EQ, "1"), cmp("b", EQ, "2")), cmp("c", EQ, "3"))),
                arguments("a==1;b==2;c==3", and(cmp("a", EQ, "1"), cmp("b", EQ, "2"), cmp("c", EQ, "3"))),
                arguments("(a==1,b==2);c==3", and(or(cmp("a", EQ, "1"), cmp("b", EQ, "2")), cmp("c", EQ, "3"))),
                arguments("(NetworkMode==NAT;Enabled==true),Name==gw02",
                        or(and(cmp("NetworkMode", EQ, "NAT"), cmp("Enabled", EQ, "true")), cmp("Name", EQ, "gw02"))),
                arguments("((a==1))", cmp("a", EQ, "1")),
                arguments(" ( a == 1 ; b == 2 ) , ( c == 3 ) ",
                        or(and(cmp("a", EQ, "1"), cmp("b", EQ, "2")), cmp("c", EQ, "3"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFilters")
    void parsesValidFilters(String filter, Filter expected) {
        assertThat(FilterParser.parse(filter)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void anEmptyFilterMeansNoFilter(String filter) {
        assertThat(FilterParser.parse(filter)).isEmpty();
        assertThat(FilterParser.parse(null)).isEmpty();
    }

    static Stream<Arguments> malformedFilters() {
        return Stream.of(
                arguments("(a==1", "'(' at character 1 is never closed"),
                arguments("((a==1)", "'(' at character 1 is never closed"),
                arguments("a==1)", "')' has no matching '(' at character 5"),
                arguments("(a==1))", "')' has no matching '(' at character 7"),
                arguments("Name", "expected an operator (==, !=, >=, <=, >, <) after field 'Name' at the end"),
                arguments("Name=gw01", "expected an operator (==, !=, >=, <=, >, <) after field 'Name' at character 5"),
                arguments("Name gw01", "after field 'Name' at character 6"),
                arguments("==gw01", "expected a field name or '(' at character 1"),
                arguments("Name==\"gw01", "unterminated quoted value starting at character 7"),
                arguments("Name==\"say \"\"hi", "unterminated quoted value starting at character 7"),
                arguments("Name==", "expected a value after 'Name==' at the end"),
                arguments("Name==;a==1", "expected a value after 'Name==' at character 7"),
                arguments("a==1,", "expected a field name or '(' at the end"),
                arguments("a==1;;b==2", "expected a field name or '(' at character 6"),
                arguments("()", "expected a field name or '(' at character 2"),
                arguments("Name==\"a\"b", "expected ',' or ';' or the end of the filter at character 10"),
                arguments("Name==a\"b\"", "expected ',' or ';' or the end of the filter at character 8"),
                arguments("(Name==a\"b\")", "expected ')' to close '(' at character 1"),
                arguments("Name==a(b)", "at character 8"),
                arguments("Na-me==a", "after field 'Na' at character 3"),
                arguments("(".repeat(100) + "a==1" + ")".repeat(100), "nested deeper than 64 levels"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFilters")
    void refusesMalformedFiltersSayingWhere(String filter, String messageFragment) {
        assertThatThrownBy(() -> FilterParser.parse(filter))
                .isInstanceOfSatisfying(Failure.class, e -> assertThat(e.kind()).isEqualTo(Failure.Kind.INVALID))
                .hasMessageStartingWith("Invalid filter: ")
                .hasMessageContaining(messageFragment);
    }

    @Test
    void typographicQuotesPairWithPlainOnes() {
        assertThat(FilterParser.parse("Name==\u201Cit\u201D\u201Ds\"")).contains(cmp("Name", EQ, "it\"s"));
    }

    private static Filter cmp(String field, Operator operator, String value) {
        return new Filter.Comparison(field, operator, value);
    }

    private static Filter and(Filter... operands) {
        return new Filter.And(List.of(operands));
    }

    private static Filter or(Filter... operands) {
        return new Filter.Or(List.of(operands));
    }
}
