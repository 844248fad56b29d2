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
    if (s instanceof String && to - from >= 12 && canonical((String) s, from, to)) {
      return true;
    }
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

  /** {@code hh:mm:ss.ttt}, as nearly every timestamp is, read at fixed places with the general rule's result. */
  private boolean canonical(String s, int from, int to) {
    if (s.charAt(from + 2) != ':' || s.charAt(from + 5) != ':' || s.charAt(from + 8) != '.'
        || from + 12 < to && digit(s.charAt(from + 12))) {
      return false;
    }
    int h = twoDigits(s, from);
    int m = twoDigits(s, from + 3);
    int sec = twoDigits(s, from + 6);
    int t1 = twoDigits(s, from + 9);
    char last = s.charAt(from + 11);
    if ((h | m | sec | t1) < 0 || !digit(last) || m > 59 || sec > 59) {
      return false;
    }
    double value1 = h;
    double value2 = m;
    double value3 = sec;
    double value4 = t1 * 10 + (last - '0');
    seconds = value1 * 60 * 60 + value2 * 60 + value3 + value4 / 1000;
    millis = (((long) h * 60 + m) * 60 + sec) * 1000 + (long) value4;
    end = from + 12;
    return true;
  }

  private static int twoDigits(String s, int i) {
    int a = s.charAt(i) - '0';
    int b = s.charAt(i + 1) - '0';
    return (a | b | (9 - a) | (9 - b)) < 0 ? -1 : a * 10 + b;
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
