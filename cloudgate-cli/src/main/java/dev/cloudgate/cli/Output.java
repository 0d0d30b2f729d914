package dev.cloudgate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cloudgate.client.ClientResponse;
import dev.cloudgate.wire.MediaFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a command prints on stdout. As a table (the default) it renders the records it is given; as
 * json or xml it prints the last document the server sent, so that scripts see exactly the wire.
 */
final class Output {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The {@code --output} choices. */
    enum Format { table, json, xml }

    private final Format format;
    private final PrintStream out;
    private volatile ClientResponse last;

    Output(Format format, PrintStream out) {
        this.format = format;
        this.out = out;
    }

    /** JSON output asks the server for JSON; tables and XML ask for XML, EM's native format. */
    MediaFormat wireFormat() {
        return format == Format.json ? MediaFormat.JSON : MediaFormat.XML;
    }

    boolean raw() {
        return format != Format.table;
    }

    void remember(ClientResponse response) {
        last = response;
    }

    <T> void list(List<T> rows, Table<T> table) {
        if (raw()) {
            printLast();
        } else {
            out.print(table.render(rows));
        }
    }

    /** One object as "Label: value" lines, in the order given. */
    void record(Map<String, Object> fields) {
        if (raw()) {
            printLast();
            return;
        }
        int width = fields.keySet().stream().mapToInt(String::length).max().orElse(0) + 1;
        fields.forEach((label, value) -> out.printf("%-" + width + "s %s%n", label + ":", value == null ? "" : value));
    }

    /** A line for people; in json/xml mode the last document is printed instead. */
    void message(String line) {
        if (raw()) {
            printLast();
        } else {
            out.println(line);
        }
    }

    static Map<String, Object> fields() {
        return new LinkedHashMap<>();
    }

    private void printLast() {
        if (last == null || last.body().length == 0) {
            return;
        }
        String text = last.bodyText();
        if (format == Format.json) {
            try {
                text = JSON.writeValueAsString(JSON.readTree(last.body()));
            } catch (IOException notJson) {
                // print what came
            }
        }
        out.println(text.stripTrailing());
    }
}
