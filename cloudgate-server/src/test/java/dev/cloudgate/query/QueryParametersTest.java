package dev.cloudgate.query;

import dev.cloudgate.failure.Failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParametersTest {

    @Test
    void parameterNamesMatchInAnyCase() {
        QueryParameters p = QueryParameters.parse("TYPE=cloudgateway&FORMAT=entity&SortDesc=name&PAGESIZE=5&Page=2&Filter=a==1");

        assertThat(p).isEqualTo(new QueryParameters("TYPE=cloudgateway&FORMAT=entity&SortDesc=name&PAGESIZE=5&Page=2&Filter=a==1",
                "cloudgateway", "a==1", QueryFormat.ENTITIES, Optional.of(new SortOrder("name", true)),
                OptionalInt.of(5), 2));
    }

    @Test
    void absentParametersTakeTheirDefaults() {
        QueryParameters p = QueryParameters.parse("type=Task");

        assertThat(p.filter()).isEmpty();
        assertThat(p.format()).isEqualTo(QueryFormat.REFERENCES);
        assertThat(p.sort()).isEmpty();
        assertThat(p.pageSize()).isEmpty();
        assertThat(p.page()).isEqualTo(1);
        assertThat(QueryParameters.parse(null).type()).isEmpty();
    }

    @Test
    void filterIsPercentDecodedButKeepsPlusLiterally() {
        assertThat(QueryParameters.parse("type=X&filter=Name%3D%3D%22gw%2001%22").filter()).isEqualTo("Name==\"gw 01\"");
        assertThat(QueryParameters.parse("type=X&filter=Name==a+b").filter()).isEqualTo("Name==a+b");
        assertThat(QueryParameters.parse("type=X&filter=Name==a%2Bb").filter()).isEqualTo("Name==a+b");
        assertThat(QueryParameters.parse("type=X&filter=Name==%E2%80%9Cgw%E2%80%9D").filter()).isEqualTo("Name==\u201Cgw\u201D");
    }

    @Test
    void unknownParametersAreIgnoredAndTheFirstOfARepeatedOneCounts() {
        QueryParameters p = QueryParameters.parse("foo=bar&type=BackupServer&type=Task&&x");

        assertThat(p.type()).isEqualTo("BackupServer");
    }

    @ParameterizedTest
    @CsvSource({"References,REFERENCES", "reference,REFERENCES", "REFS,REFERENCES", "Entities,ENTITIES",
            "entity,ENTITIES", "eNtItIeS,ENTITIES"})
    void formatHasSeveralSpellings(String value, QueryFormat expected) {
        assertThat(QueryParameters.parse("type=X&format=" + value).format()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"format=xml", "format=", "format", "sortAsc=name&SORTDESC=name",
            "pageSize=0", "pageSize=-1", "pageSize=abc", "pageSize=1.5", "pageSize=", "pageSize=99999999999",
            "page=0", "page=x", "page=", "filter=%zz", "sortAsc=%E2%8"})
    void refusesBadParameters(String parameter) {
        assertThatThrownBy(() -> QueryParameters.parse("type=CloudGateway&" + parameter))
                .isInstanceOfSatisfying(Failure.class, e -> assertThat(e.kind()).isEqualTo(Failure.Kind.INVALID))
                .hasMessageContaining("Query parameter");
    }

    @Test
    void pageSizeDefaultsToAllMatchesAndAtLeast100() {
        QueryParameters unsized = QueryParameters.parse("type=X");
        assertThat(unsized.pageSizeFor(0)).isEqualTo(100);
        assertThat(unsized.pageSizeFor(3)).isEqualTo(100);
        assertThat(unsized.pageSizeFor(250)).isEqualTo(250);
        assertThat(QueryParameters.parse("type=X&pageSize=7").pageSizeFor(250)).isEqualTo(7);
    }
}
