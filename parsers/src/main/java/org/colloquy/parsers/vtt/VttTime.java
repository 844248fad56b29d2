package org.colloquy.parsers.vtt;

/**
 * The spec's "collect a WebVTT timestamp": {@code [h…h:]mm:ss.ttt}, hours any number of digits, minutes and
 * seconds two digits up to 59, three fraction digits. Keeps the last result in fields so that no object is made
 * per timestamp.
 */
final class VttTime {

  /** Hours beyond this cannot be held as milliseconds in a {@code long} (nor in a {@code Duration}'s use here). */
  private static final double MAX_HOURS = 1e9;

  double seconds;
  /** The time in milliseconds, or -1 when it is too large to hold. */
  long millis;
  int end;

  boolean collect(CharSequence s, int from, int to) {
    int i = from;
    if (i >= to || !digit(s.charAt(i))) {
      return false;
    }
    int start = i;
    while (i < to && digit(s.charAt(i))) {
      i++;
    }
    double value1 = number(s, start, i);
    boolean hours = i - start != 2 || value1 > 59;
    if (i >= to || s.charAt(i) != ':') {
      return false;
    }
    i++;
    start = i;
    while (i < to && digit(s.charAt(i))) {
      i++;
    }
    if (i - start != 2) {
      return false;
    }
    double value2 = number(s, start, i);
    double value3;
    if (hours || i < to && s.charAt(i) == ':') {
      if (i >= to || s.charAt(i) != ':') {
        return false;
      }
      i++;
      start = i;
      while (i < to && digit(s.charAt(i))) {
        i++;
      }
      if (i - start != 2) {
        return false;
      }
      value3 = number(s, start, i);
    } else {
      value3 = value2;
      value2 = value1;
      value1 = 0;
    }
    if (i >= to || s.charAt(i) != '.') {
      return false;
    }
    i++;
    start = i;
    while (i < to && digit(s.charAt(i))) {
      i++;
    }
    if (i - start != 3) {
      return false;
    }
    double value4 = number(s, start, i);
    if (value2 > 59 || value3 > 59) {
      return false;
    }
    seconds = value1 * 60 * 60 + value2 * 60 + value3 + value4 / 1000;
    millis = value1 > MAX_HOURS ? -1
        : (((long) value1 * 60 + (long) value2) * 60 + (long) value3) * 1000 + (long) value4;
    end = i;
    return true;
  }

  /** The whole of {@code s} is one timestamp. */
  boolean collectAll(CharSequence s) {
    return collect(s, 0, s.length()) && end == s.length();
  }

  static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Digits as a base-ten integer, exactly as a double would hold them (so 20 digits round like JavaScript). */
  static double number(CharSequence s, int from, int to) {
    if (to - from <= 15) {
      long v = 0;
      for (int i = from; i < to; i++) {
        v = v * 10 + (s.charAt(i) - '0');
      }
      return v;
    }
    return Double.parseDouble(s.subSequence(from, to).toString());
  }
}
