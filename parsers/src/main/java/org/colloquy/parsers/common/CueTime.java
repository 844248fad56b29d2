package org.colloquy.parsers.common;

/**
 * Reads and writes caption timestamps ({@code [hh:]mm:ss.ttt}, {@code hh:mm:ss,ttt}) leniently, recording each
 * way a timestamp departs from the canonical form so a reader can report it. One instance serves one read: it
 * keeps the last result in fields instead of allocating one per timestamp. Internal.
 */
public final class CueTime {

  /** The hours were left out ({@code 01:02.000}). */
  public static final int MISSING_HOURS = 1;
  /** A minutes or seconds field had one digit ({@code 0:1:02.000}). */
  public static final int SHORT_FIELD = 1 << 1;
  /** The fraction followed a comma ({@code 00:00:01,000}). */
  public static final int COMMA = 1 << 2;
  /** The fraction followed a full stop ({@code 00:00:01.000}). */
  public static final int DOT = 1 << 3;
  /** A full-width colon, comma or full stop was used. */
  public static final int FULL_WIDTH = 1 << 4;
  /** The fraction had other than three digits ({@code .5}, {@code .2340000}); it is scaled by its length. */
  public static final int FRACTION_DIGITS = 1 << 5;
  /** There was no fraction at all. */
  public static final int NO_FRACTION = 1 << 6;
  /** The timestamp was negative. */
  public static final int NEGATIVE = 1 << 7;

  private long millis;
  private int flags;
  private int end;

  /** The result of the last successful {@link #parse}, in milliseconds (negative when {@link #NEGATIVE}). */
  public long millis() {
    return millis;
  }

  /** The departures from the canonical form of the last {@link #parse}. */
  public int flags() {
    return flags;
  }

  /** Where the last successful {@link #parse} stopped. */
  public int end() {
    return end;
  }

  /**
   * Reads a timestamp at {@code from} in {@code s}, not past {@code to}: an optional minus, one to three
   * colon-separated numbers (hours, minutes, seconds), then an optional fraction after {@code .} or {@code ,}.
   * Minutes and seconds above 59 fail. Returns whether a timestamp was found; {@link #end()} says where it ended.
   */
  public boolean parse(CharSequence s, int from, int to) {
    if (s instanceof String && to - from >= 12 && canonical((String) s, from, to)) {
      return true;
    }
    flags = 0;
    int i = from;
    boolean negative = false;
    if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '\u2212')) {
      negative = true;
      i++;
    }
    long f0 = 0;
    long f1 = 0;
    long f2 = 0;
    int count = 0;
    int shortFields = 0;
    while (true) {
      int start = i;
      long value = 0;
      while (i < to && isDigit(s.charAt(i)) && i - start < 12) {
        value = value * 10 + (s.charAt(i) - '0');
        i++;
      }
      if (i == start || i < to && isDigit(s.charAt(i))) {
        return false;
      }
      if (i - start == 1) {
        shortFields++;
      }
      if (count == 0) {
        f0 = value;
      } else if (count == 1) {
        f1 = value;
      } else {
        f2 = value;
      }
      count++;
      if (count < 3 && i < to && (s.charAt(i) == ':' || s.charAt(i) == '\uFF1A')) {
        if (s.charAt(i) == '\uFF1A') {
          flags |= FULL_WIDTH;
        }
        i++;
        continue;
      }
      break;
    }
    if (count < 2) {
      return false;
    }
    long hours;
    long minutes;
    long seconds;
    if (count == 3) {
      hours = f0;
      minutes = f1;
      seconds = f2;
      if (shortFields > 0 && (shortFields > 1 || !isShort(s, from, negative))) {
        flags |= SHORT_FIELD;
      }
    } else {
      hours = 0;
      minutes = f0;
      seconds = f1;
      flags |= MISSING_HOURS;
      if (shortFields > 0) {
        flags |= SHORT_FIELD;
      }
    }
    if (minutes > 59 || seconds > 59) {
      return false;
    }
    long fraction = 0;
    if (i < to && isFractionMark(s.charAt(i)) && i + 1 < to && isDigit(s.charAt(i + 1))) {
      char mark = s.charAt(i);
      flags |= mark == ',' || mark == '\uFF0C' ? COMMA : DOT;
      if (mark == '\uFF0C' || mark == '\uFF0E') {
        flags |= FULL_WIDTH;
      }
      i++;
      int start = i;
      long scale = 1;
      while (i < to && isDigit(s.charAt(i))) {
        if (i - start < 9) {
          fraction = fraction * 10 + (s.charAt(i) - '0');
          scale *= 10;
        }
        i++;
      }
      if (i - start != 3) {
        flags |= FRACTION_DIGITS;
      }
      fraction = fraction * 1000 / scale;
    } else {
      flags |= NO_FRACTION;
    }
    if (hours > 1_000_000) {
      return false;
    }
    long total = ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction;
    if (negative) {
      flags |= NEGATIVE;
      total = -total;
    }
    millis = total;
    end = i;
    return true;
  }

  /**
   * Reads a plain timestamp at {@code from} of a text's {@linkplain Latin1View Latin-1 view}, not past
   * {@code limit}: two to six digits of hours, then {@code :mm:ss,ttt} or {@code :mm:ss.ttt} not followed by a
   * digit — nearly every timestamp of a long file, read with the result {@link #parse} would give. Returns false,
   * leaving the fields alone, for anything else.
   */
  public boolean plain(byte[] view, int from, int limit) {
    int i = from;
    long hours = 0;
    while (i < limit && i - from < 7 && isDigit(view[i])) {
      hours = hours * 10 + (view[i] - '0');
      i++;
    }
    int hourDigits = i - from;
    if (hourDigits < 2 || hourDigits > 6 || i + 10 > limit || view[i] != ':' || view[i + 3] != ':') {
      return false;
    }
    byte mark = view[i + 6];
    int minutes = digits(view, i + 1);
    int seconds = digits(view, i + 4);
    int centis = digits(view, i + 7);
    byte last = view[i + 9];
    if (mark != ',' && mark != '.' || (minutes | seconds | centis) < 0 || !isDigit(last) || minutes > 59
        || seconds > 59 || i + 10 < limit && isDigit(view[i + 10])) {
      return false;
    }
    millis = ((hours * 60 + minutes) * 60 + seconds) * 1000 + centis * 10 + (last - '0');
    flags = mark == ',' ? COMMA : DOT;
    end = i + 10;
    return true;
  }

  private static int digits(byte[] view, int i) {
    int a = view[i] - '0';
    int b = view[i + 1] - '0';
    return (a | b | (9 - a) | (9 - b)) < 0 ? -1 : a * 10 + b;
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  /** {@code hh:mm:ss,ttt} or {@code hh:mm:ss.ttt}, as nearly every timestamp is, read at fixed places. */
  private boolean canonical(String s, int from, int to) {
    char mark = s.charAt(from + 8);
    if (s.charAt(from + 2) != ':' || s.charAt(from + 5) != ':' || mark != ',' && mark != '.'
        || from + 12 < to && isDigit(s.charAt(from + 12))) {
      return false;
    }
    int hours = digits(s, from);
    int minutes = digits(s, from + 3);
    int seconds = digits(s, from + 6);
    int centis = digits(s, from + 9);
    char last = s.charAt(from + 11);
    if ((hours | minutes | seconds | centis) < 0 || !isDigit(last) || minutes > 59 || seconds > 59) {
      return false;
    }
    millis = ((hours * 60L + minutes) * 60 + seconds) * 1000 + centis * 10 + (last - '0');
    flags = mark == ',' ? COMMA : DOT;
    end = from + 12;
    return true;
  }

  /** The two digits at {@code i}, or -1. */
  private static int digits(String s, int i) {
    int a = s.charAt(i) - '0';
    int b = s.charAt(i + 1) - '0';
    return (a | b | (9 - a) | (9 - b)) < 0 ? -1 : a * 10 + b;
  }

  // A one-digit hours field is canonical in WebVTT and common in SRT; only short minutes or seconds count.
  private static boolean isShort(CharSequence s, int from, boolean negative) {
    int i = negative ? from + 1 : from;
    return i + 1 < s.length() && s.charAt(i + 1) == ':';
  }

  private static boolean isFractionMark(char c) {
    return c == '.' || c == ',' || c == '\uFF0C' || c == '\uFF0E';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Describes the flags for a diagnostic: {@code "a comma before the fraction, no hours"}. */
  public static String describe(int flags) {
    StringBuilder out = new StringBuilder();
    append(out, flags, MISSING_HOURS, "no hours");
    append(out, flags, SHORT_FIELD, "a one-digit field");
    append(out, flags, COMMA, "a comma before the fraction");
    append(out, flags, DOT, "a full stop before the fraction");
    append(out, flags, FULL_WIDTH, "full-width punctuation");
    append(out, flags, FRACTION_DIGITS, "a fraction of other than three digits");
    append(out, flags, NO_FRACTION, "no fraction");
    append(out, flags, NEGATIVE, "a negative time");
    return out.toString();
  }

  private static void append(StringBuilder out, int flags, int flag, String text) {
    if ((flags & flag) != 0) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(text);
    }
  }

  /** Appends {@code millis} as {@code hh:mm:ss} followed by {@code separator} and three digits. */
  public static StringBuilder format(StringBuilder out, long millis, char separator) {
    long hours = millis / 3_600_000;
    long minutes = millis / 60_000 % 60;
    long seconds = millis / 1000 % 60;
    long fraction = millis % 1000;
    pad(out, hours, 2).append(':');
    pad(out, minutes, 2).append(':');
    pad(out, seconds, 2).append(separator);
    return pad(out, fraction, 3);
  }

  private static StringBuilder pad(StringBuilder out, long value, int width) {
    for (long limit = 10, i = 1; i < width; i++, limit *= 10) {
      if (value < limit) {
        out.append('0');
      }
    }
    return out.append(value);
  }
}
