package org.colloquy.examples.cli;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.colloquy.model.Diagnostic;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rows of named values that every command builds once and prints as aligned text, CSV or JSON. Cells keep their
 * types so each form shows them its own way: a {@link Duration} is {@code 1:09} as text and seconds in CSV and
 * JSON, a {@link Share} is {@code 42.1%} as text and {@code 0.421} elsewhere, an empty {@link Optional} is blank
 * or {@code null}.
 */
final class Table {

  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  /** A fraction of a whole, shown as a percentage to people. */
  record Share(double value) {}

  private final List<String> columns;
  private final List<List<Object>> rows = new ArrayList<>();

  Table(String... columns) {
    this.columns = List.of(columns);
  }

  /** Appends a row; the values are in column order. */
  Table add(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException("a row of " + values.length + " values for columns " + columns);
    }
    List<Object> row = new ArrayList<>(values.length);
    for (Object v : values) {
      row.add(requireNonNull(v, "a cell"));
    }
    rows.add(row);
    return this;
  }

  List<String> columns() {
    return columns;
  }

  List<List<Object>> rows() {
    return rows;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  /** Columns padded to their widest cell, a header first; {@code hidden} columns are left out. */
  void printText(PrintWriter out, Collection<String> hidden) {
    List<Integer> shown = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      if (!hidden.contains(columns.get(c))) {
        shown.add(c);
      }
    }
    List<List<String>> cells = new ArrayList<>();
    cells.add(shown.stream().map(columns::get).collect(Collectors.toList()));
    for (List<Object> row : rows) {
      cells.add(shown.stream().map(c -> text(row.get(c))).collect(Collectors.toList()));
    }
    int[] widths = new int[shown.size()];
    boolean[] numeric = new boolean[shown.size()];
    for (int i = 0; i < shown.size(); i++) {
      int c = shown.get(i);
      numeric[i] = !rows.isEmpty() && rows.stream().allMatch(r -> isNumeric(r.get(c)));
      for (List<String> line : cells) {
        widths[i] = Math.max(widths[i], line.get(i).codePointCount(0, line.get(i).length()));
      }
    }
    for (List<String> line : cells) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < line.size(); i++) {
        String cell = line.get(i);
        String pad = " ".repeat(widths[i] - cell.codePointCount(0, cell.length()));
        if (i > 0) {
          b.append("  ");
        }
        b.append(numeric[i] ? pad + cell : cell + (i == line.size() - 1 ? "" : pad));
      }
      out.println(b.toString().stripTrailing());
    }
  }

  /** One {@code name  value} line per column of each row, rows apart by a blank line. */
  void printRecords(PrintWriter out) {
    int width = columns.stream().mapToInt(String::length).max().orElse(0);
    for (int r = 0; r < rows.size(); r++) {
      if (r > 0) {
        out.println();
      }
      for (int c = 0; c < columns.size(); c++) {
        String value = text(rows.get(r).get(c));
        if (!value.isEmpty()) {
          out.println(String.format(Locale.ROOT, "%-" + width + "s  %s", columns.get(c), value));
        }
      }
    }
  }

  /** RFC 4180: a header line, then one line per row; fields quoted when they hold a comma, quote or line end. */
  void printCsv(PrintWriter out) {
    out.print(columns.stream().map(Table::csvField).collect(Collectors.joining(",")) + "\r\n");
    for (List<Object> row : rows) {
      out.print(row.stream().map(v -> csvField(csv(v))).collect(Collectors.joining(",")) + "\r\n");
    }
  }

  /** A JSON array of objects keyed by column name. */
  void printJson(PrintWriter out) {
    out.println(JSON.writeValueAsString(jsonRows()));
  }

  List<Map<String, @Nullable Object>> jsonRows() {
    List<Map<String, @Nullable Object>> out = new ArrayList<>();
    for (List<Object> row : rows) {
      Map<String, @Nullable Object> object = new LinkedHashMap<>();
      for (int c = 0; c < columns.size(); c++) {
        object.put(columns.get(c), json(row.get(c)));
      }
      out.add(object);
    }
    return out;
  }

  static String toJson(Object value) {
    return JSON.writeValueAsString(value);
  }

  static String csvField(String value) {
    boolean quote = value.isEmpty() ? false
        : value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0 || value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ';
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  private static boolean isNumeric(Object v) {
    Object value = unwrap(v);
    return value == null || value instanceof Number || value instanceof Duration || value instanceof Share;
  }

  private static @Nullable Object unwrap(Object v) {
    if (v instanceof Optional<?> o) {
      return o.orElse(null);
    }
    if (v instanceof OptionalInt o) {
      return o.isPresent() ? o.getAsInt() : null;
    }
    return v;
  }

  static String text(Object v) {
    Object value = unwrap(v);
    if (value == null) {
      return "";
    }
    if (value instanceof Duration d) {
      return Times.clock(d);
    }
    if (value instanceof Share s) {
      return String.format(Locale.ROOT, "%.1f%%", s.value() * 100);
    }
    if (value instanceof Double d) {
      return String.format(Locale.ROOT, "%.3f", d);
    }
    if (value instanceof Collection<?> c) {
      return c.stream().map(e -> text(e)).collect(Collectors.joining(", "));
    }
    return String.valueOf(value);
  }

  static String csv(Object v) {
    Object value = unwrap(v);
    if (value == null) {
      return "";
    }
    if (value instanceof Duration d) {
      return String.format(Locale.ROOT, "%.3f", Times.seconds(d));
    }
    if (value instanceof Share s) {
      return String.format(Locale.ROOT, "%.4f", s.value());
    }
    if (value instanceof Double d) {
      return String.format(Locale.ROOT, "%.4f", d);
    }
    if (value instanceof Collection<?> c) {
      return c.stream().map(e -> csv(e)).collect(Collectors.joining("; "));
    }
    return String.valueOf(value);
  }

  static @Nullable Object json(Object v) {
    Object value = unwrap(v);
    if (value == null) {
      return null;
    }
    if (value instanceof Duration d) {
      return Times.seconds(d);
    }
    if (value instanceof Share s) {
      return Math.round(s.value() * 10_000) / 10_000.0;
    }
    if (value instanceof Collection<?> c) {
      return c.stream().map(Table::json).collect(Collectors.toList());
    }
    if (value instanceof Map<?, ?> m) {
      Map<String, @Nullable Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), json(x)));
      return out;
    }
    if (value instanceof Diagnostic d) {
      Map<String, @Nullable Object> out = new LinkedHashMap<>();
      out.put("severity", d.severity().name().toLowerCase(Locale.ROOT));
      out.put("code", d.code());
      out.put("message", d.message());
      out.put("source", d.location().map(l -> l.source()).orElse(null));
      out.put("line", d.location().map(l -> l.line()).orElse(null));
      out.put("column", d.location().map(l -> l.column()).orElse(null));
      return out;
    }
    if (value instanceof Number || value instanceof Boolean || value instanceof String) {
      return value;
    }
    return String.valueOf(value);
  }
}
