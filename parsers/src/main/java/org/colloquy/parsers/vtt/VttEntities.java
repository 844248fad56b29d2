package org.colloquy.parsers.vtt;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * HTML character references as the WebVTT cue text tokeniser consumes them ("consume an HTML character
 * reference"): numeric ones, and named ones by longest match against the HTML named character reference table,
 * including the legacy names that need no semicolon ({@code &amp}, {@code &not}).
 */
final class VttEntities {

  private static final char[] WINDOWS_1252 = {
    '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160',
    '\u2039', '\u0152', '\u008D', '\u017D', '\u008F', '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022',
    '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
  };

  private VttEntities() {}

  /** The table, loaded on the first named reference: most captions never need it. */
  private static final class Table {
    static final Map<String, String> NAMES = load();

    private static Map<String, String> load() {
      Map<String, String> names = new HashMap<>(4096);
      try (InputStream in = VttEntities.class.getResourceAsStream("entities.txt")) {
        if (in == null) {
          throw new IllegalStateException("entities.txt is missing from the classpath");
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, US_ASCII));
        for (String line; (line = reader.readLine()) != null; ) {
          if (line.isEmpty() || line.charAt(0) == '#') {
            continue;
          }
          String[] parts = line.split(" ");
          StringBuilder value = new StringBuilder(2);
          for (int i = 1; i < parts.length; i++) {
            value.appendCodePoint(Integer.parseInt(parts[i], 16));
          }
          names.put(parts[0], value.toString());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return names;
    }
  }

  private static @Nullable String named(String name) {
    switch (name) {
      case "amp;":
      case "amp":
        return "&";
      case "lt;":
      case "lt":
        return "<";
      case "gt;":
      case "gt":
        return ">";
      case "nbsp;":
      case "nbsp":
        return "\u00A0";
      default:
        return Table.NAMES.get(name);
    }
  }

  /**
   * Consumes the character reference whose {@code &} is at {@code amp}, appending what it stands for to
   * {@code out} — or just {@code &} when it is not one — and returns the position after what was consumed.
   * Reads no further than {@code to}. {@code allowed} is the tokeniser's "additional allowed character" (or -1).
   */
  static int consume(String in, int amp, int to, StringBuilder out, int allowed) {
    int n = to;
    int i = amp + 1;
    if (i >= n) {
      out.append('&');
      return i;
    }
    char c = in.charAt(i);
    if (c == '\t' || c == '\n' || c == '\f' || c == ' ' || c == '<' || c == '&' || c == allowed) {
      out.append('&');
      return i;
    }
    if (c == '#') {
      int j = i + 1;
      boolean hex = j < n && (in.charAt(j) == 'x' || in.charAt(j) == 'X');
      if (hex) {
        j++;
      }
      int digits = j;
      long value = 0;
      while (j < n) {
        int d = digitValue(in.charAt(j), hex);
        if (d < 0) {
          break;
        }
        value = Math.min(value * (hex ? 16 : 10) + d, 0x110000);
        j++;
      }
      if (j == digits) {
        out.append('&');
        return i;
      }
      if (j < n && in.charAt(j) == ';') {
        j++;
      }
      appendNumeric(out, (int) value);
      return j;
    }
    int j = i;
    while (j < n && j - i < 40 && isAsciiAlphanumeric(in.charAt(j))) {
      j++;
    }
    if (j > i && j < n && in.charAt(j) == ';') {
      String value = named(in.substring(i, j + 1));
      if (value != null) {
        out.append(value);
        return j + 1;
      }
    }
    for (int k = j; k > i; k--) {
      String value = named(in.substring(i, k));
      if (value != null) {
        out.append(value);
        return k;
      }
    }
    out.append('&');
    return i;
  }

  private static void appendNumeric(StringBuilder out, int value) {
    if (value == 0 || value > 0x10FFFF || value >= 0xD800 && value <= 0xDFFF) {
      out.append('\uFFFD');
    } else if (value >= 0x80 && value <= 0x9F) {
      out.append(WINDOWS_1252[value - 0x80]);
    } else {
      out.appendCodePoint(value);
    }
  }

  private static int digitValue(char c, boolean hex) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (hex && c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (hex && c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static boolean isAsciiAlphanumeric(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }
}
