package dev.cloudgate.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.wire.MediaFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegotiationTest {

    @ParameterizedTest(name = "Accept: {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
        NULL                                              | XML
        */*                                               | XML
        application/xml                                   | XML
        text/xml                                          | XML
        application/json                                  | JSON
        text/json                                         | JSON
        application/json; charset=utf-8                  | JSON
        'application/xml, text/xml, application/json'     | XML
        'application/json, application/xml'               | JSON
        'application/xml;q=0.5, application/json'         | JSON
        'application/json;q=0.1, */*'                     | XML
        'application/json;q=0, text/xml'                  | XML
        image/png                                         | XML
        'text/html, application/json;q=0.9'               | JSON
        """)
    void responseFormatFollowsTheMostPreferredAcceptableType(String accept, MediaFormat expected) {
        assertThat(Negotiation.responseFormat(accept)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Content-Type: {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
        application/xml                 | <a/>   | XML
        text/xml; charset=utf-8         | <a/>   | XML
        APPLICATION/JSON                | {}     | JSON
        NULL                            | '  <a/>' | XML
        NULL                            | {}     | JSON
        text/plain                      | x      | NULL
        """)
    void requestFormatComesFromContentTypeOrTheFirstByte(String contentType, String body, MediaFormat expected) {
        assertThat(Negotiation.requestFormat(contentType, body.getBytes())).isEqualTo(expected);
    }
}
