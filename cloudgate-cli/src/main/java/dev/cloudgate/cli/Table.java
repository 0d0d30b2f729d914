package dev.cloudgate.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Plain-text tables: a header row, columns padded to their widest cell, two spaces between. */
final class Table<T> {
    private final List<String> titles = new ArrayList<>();
    private final List<Function<T, Object>> cells = new ArrayList<>();

    Table<T> column(String title, Function<T, Object> cell) {
        titles.add(title);
        cells.add(cell);
        return this;
    }

    String render(List<T> rows) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(titles);
        for (T row : rows) {
            lines.add(cells.stream().map(c -> text(c.apply(row))).toList());
        }
        int[] widths = new int[titles.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                boolean last = i == line.size() - 1;
                out.append(last ? line.get(i) : String.format("%-" + widths[i] + "s  ", line.get(i)));
            }
            out.append(System.lineSeparator());
        }
        return out.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value).replace('\n', ' ');
    }
}
