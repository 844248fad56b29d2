package org.colloquy.model;

import java.time.Duration;

/** Formats offsets for people: {@code 01:09}, {@code 1:02:03}, {@code 01:09.250}. */
final class Timestamps {

  private Timestamps() {}

  static String format(Duration offset) {
    long millis = offset.toMillis();
    long hours = millis / 3_600_000;
    long minutes = millis / 60_000 % 60;
    long seconds = millis / 1000 % 60;
    long fraction = millis % 1000;
    StringBuilder out = new StringBuilder(12);
    if (hours > 0) {
      out.append(hours).append(':');
    }
    pad(out, minutes).append(':');
    pad(out, seconds);
    if (fraction != 0) {
      out.append('.');
      if (fraction < 100) {
        out.append('0');
      }
      pad(out, fraction);
    }
    return out.toString();
  }

  private static StringBuilder pad(StringBuilder out, long value) {
    return (value < 10 ? out.append('0') : out).append(value);
  }
}
