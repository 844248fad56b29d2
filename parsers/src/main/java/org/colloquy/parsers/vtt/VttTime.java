package org.colloquy.parsers.vtt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.colloquy.parsers.common.ViewedText;

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

  /**
   * {@link #collect(CharSequence, int, int)} of {@code source}, read on its view: a timestamp is digits, colons and
   * a full stop, ASCII all, which read the same there.
   */
  boolean collect(ViewedText source, int from, int to) {
    return to - from >= 9 && canonical(source.view(), from, to) || collect(source.chars(), from, to);
  }

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

  /**
   * {@code hh:mm:ss.ttt} with two to six digits of hours, as nearly every timestamp is (a long file passes 99
   * hours), read at fixed places with the general rule's result; false for anything else.
   */
  private boolean canonical(String s, int from, int to) {
    int i = from;
    long h = 0;
    while (i < to && i - from < 7 && digit(s.charAt(i))) {
      h = h * 10 + (s.charAt(i) - '0');
      i++;
    }
    int hourDigits = i - from;
    if (hourDigits < 2 || hourDigits > 6 || i + 10 > to || s.charAt(i) != ':' || s.charAt(i + 3) != ':'
        || s.charAt(i + 6) != '.' || i + 10 < to && digit(s.charAt(i + 10))) {
      return false;
    }
    int m = twoDigits(s, i + 1);
    int sec = twoDigits(s, i + 4);
    int t1 = twoDigits(s, i + 7);
    char last = s.charAt(i + 9);
    if ((m | sec | t1) < 0 || !digit(last) || m > 59 || sec > 59) {
      return false;
    }
    double value1 = h;
    double value2 = m;
    double value3 = sec;
    double value4 = t1 * 10 + (last - '0');
    seconds = value1 * 60 * 60 + value2 * 60 + value3 + value4 / 1000;
    millis = ((h * 60 + m) * 60 + sec) * 1000 + (long) value4;
    end = i + 10;
    return true;
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  /** The bytes of {@code mm:ss.tt} that are not digits. */
  private static final long SEPARATORS = 0x0000FF0000FF0000L;

  /**
   * {@link #canonical(String, int, int)} on the text's view, where each character costs one array read; what
   * follows the hours, {@code :mm:ss.ttt}, is mostly read as one eight-byte word.
   */
  private boolean canonical(byte[] v, int from, int to) {
    int i = from;
    long h = 0;
    while (i < to && i - from < 7 && v[i] >= '0' && v[i] <= '9') {
      h = h * 10 + (v[i] - '0');
      i++;
    }
    int hourDigits = i - from;
    if (hourDigits == 2 && i + 7 <= to && v[i] == ':' && v[i + 3] == '.') {
      return minutesAndSeconds(v, from, to);
    }
    if (hourDigits < 2 || hourDigits > 6 || i + 10 > to || v[i] != ':'
        || i + 10 < to && v[i + 10] >= '0' && v[i + 10] <= '9') {
      return false;
    }
    long w = (long) LONGS.get(v, i + 1);
    int last = v[i + 9] - '0';
    if ((w & SEPARATORS) != 0x00002E00003A0000L || last < 0 || last > 9) {
      return false;
    }
    long digits = w & ~SEPARATORS | 0x0000300000300000L;
    // Each byte from '0' to '9' leaves its high bit clear in both terms; any other byte sets one.
    if ((((digits + 0x4646464646464646L) | (digits - 0x3030303030303030L)) & 0x8080808080808080L) != 0) {
      return false;
    }
    long d = digits - 0x3030303030303030L;
    int m = (int) (d & 0xFF) * 10 + (int) (d >>> 8 & 0xFF);
    int sec = (int) (d >>> 24 & 0xFF) * 10 + (int) (d >>> 32 & 0xFF);
    int t = (int) (d >>> 48 & 0xFF) * 100 + (int) (d >>> 56) * 10 + last;
    if (m > 59 || sec > 59) {
      return false;
    }
    double value1 = h;
    double value2 = m;
    double value3 = sec;
    double value4 = t;
    seconds = value1 * 60 * 60 + value2 * 60 + value3 + value4 / 1000;
    millis = ((h * 60 + m) * 60 + sec) * 1000 + t;
    end = i + 10;
    return true;
  }

  /** {@code mm:ss.ttt} without hours, as Whisper writes WebVTT, at {@code v[from]}: its two digits are read. */
  private boolean minutesAndSeconds(byte[] v, int from, int to) {
    int m = (v[from] - '0') * 10 + v[from + 1] - '0';
    int sec = twoDigits(v, from + 3);
    int t1 = twoDigits(v, from + 6);
    int last = v[from + 8] - '0';
    if ((sec | t1 | last | (9 - last)) < 0 || m > 59 || sec > 59
        || from + 9 < to && v[from + 9] >= '0' && v[from + 9] <= '9') {
      return false;
    }
    double value2 = m;
    double value3 = sec;
    double value4 = t1 * 10 + last;
    // The general rule's hours are 0 here, and 0 + x is x.
    seconds = value2 * 60 + value3 + value4 / 1000;
    millis = (m * 60L + sec) * 1000 + t1 * 10 + last;
    end = from + 9;
    return true;
  }

  private static int twoDigits(byte[] v, int i) {
    int a = v[i] - '0';
    int b = v[i + 1] - '0';
    return (a | b | (9 - a) | (9 - b)) < 0 ? -1 : a * 10 + b;
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
