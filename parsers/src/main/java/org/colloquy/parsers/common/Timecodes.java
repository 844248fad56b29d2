package org.colloquy.parsers.common;

import java.time.Duration;
import java.util.Optional;

/**
 * Reads and writes the clock times transcripts put beside speakers: {@code M:SS}, {@code MM:SS}, {@code H:MM:SS}
 * and {@code HH:MM:SS}, each with an optional fraction ({@code 01:02.5}, {@code 00:01:02,500}), bare or in
 * brackets ({@code [01:02]}, {@code (00:01:02)}, Markdown's escaped {@code \[00:07:18.16\]}). Scans ranges of a
 * {@link CharSequence} without allocating, so a reader can test every line cheaply.
 *
 * <p><b>Internal</b>: shared by the format packages, not part of Colloquy's API.
 */
public final class Timecodes {

  /** What {@link #parseMillis} returns for text that is not shaped like a time. */
  public static final long NOT_A_TIME = -1;

  /** What {@link #parseMillis} returns for a time-shaped text whose fields are out of range, such as {@code 61:99}. */
  public static final long OUT_OF_RANGE = -2;

  private Timecodes() {}

  /**
   * A time found in a line.
   *
   * @param start where it begins, brackets included
   * @param end where it ends (exclusive), brackets included
   * @param millis the offset in milliseconds, or {@link #OUT_OF_RANGE}
   * @param text the time as written, brackets included
   */
  public record Match(int start, int end, long millis, String text) {

    /** Whether the fields are in range. */
    public boolean valid() {
      return millis >= 0;
    }

    /** The offset, when valid. */
    public Optional<Duration> offset() {
      return valid() ? Optional.of(Duration.ofMillis(millis)) : Optional.empty();
    }
  }

  /**
   * The end (exclusive) of the time-shaped run at {@code start}: digits with one or two inner colons, then
   * optionally a dot or comma and more digits. Returns {@code start} when there is none. A run followed by a
   * letter or digit is not a time.
   */
  public static int scan(CharSequence s, int start, int limit) {
    int i = start;
    int fields = 0;
    while (true) {
      int digits = 0;
      while (i < limit && isDigit(s.charAt(i)) && digits < 3) {
        i++;
        digits++;
      }
      if (digits == 0 || fields > 0 && digits != 2 || fields == 0 && digits > 3) {
        return start;
      }
      fields++;
      if (fields < 3 && i + 1 < limit && s.charAt(i) == ':' && isDigit(s.charAt(i + 1))) {
        i++;
        continue;
      }
      break;
    }
    if (fields < 2) {
      return start;
    }
    if (i + 1 < limit && (s.charAt(i) == '.' || s.charAt(i) == ',') && isDigit(s.charAt(i + 1))) {
      i++;
      while (i < limit && isDigit(s.charAt(i))) {
        i++;
      }
    }
    if (i < limit && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == ':')) {
      return start;
    }
    return i;
  }

  /**
   * The offset that {@code s[start, end)} spells, in milliseconds; {@link #NOT_A_TIME} if the range is not exactly
   * one time, {@link #OUT_OF_RANGE} if its seconds (or, with hours, its minutes) are 60 or more. Minutes may
   * exceed 59 when there is no hour field, as long recordings without hours write them.
   */
  public static long parseMillis(CharSequence s, int start, int end) {
    if (scan(s, start, end) != end || end == start) {
      return NOT_A_TIME;
    }
    // Fields in locals, not an array: this runs for every timed line of a transcript.
    long field0 = 0;
    long field1 = 0;
    long field2 = 0;
    int count = 0;
    int i = start;
    while (i < end && s.charAt(i) != '.' && s.charAt(i) != ',') {
      char c = s.charAt(i++);
      if (c == ':') {
        count++;
      } else if (count == 0) {
        field0 = field0 * 10 + (c - '0');
      } else if (count == 1) {
        field1 = field1 * 10 + (c - '0');
      } else {
        field2 = field2 * 10 + (c - '0');
      }
    }
    long fraction = 0;
    if (i < end) {
      int scale = 100;
      for (i++; i < end; i++) {
        fraction += (s.charAt(i) - '0') * (long) scale;
        scale /= 10;
      }
    }
    long hours = count == 2 ? field0 : 0;
    long minutes = count == 2 ? field1 : field0;
    long seconds = count == 2 ? field2 : field1;
    if (seconds >= 60 || count == 2 && minutes >= 60) {
      return OUT_OF_RANGE;
    }
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction;
  }

  /**
   * The time at {@code start}, bare or in brackets ({@code [..]}, {@code (..)}, {@code \[..\]}), or empty. The
   * time must be followed by {@code limit}, a blank or punctuation, not by a word character.
   */
  public static Optional<Match> find(CharSequence s, int start, int limit) {
    int i = start;
    String closer = "";
    if (i + 1 < limit && s.charAt(i) == '\\' && s.charAt(i + 1) == '[') {
      i += 2;
      closer = "\\]";
    } else if (i < limit && s.charAt(i) == '[') {
      i++;
      closer = "]";
    } else if (i < limit && s.charAt(i) == '(') {
      i++;
      closer = ")";
    }
    int timeEnd = scan(s, i, limit);
    if (timeEnd == i) {
      return Optional.empty();
    }
    int end = timeEnd;
    if (!closer.isEmpty()) {
      if (!regionMatches(s, end, limit, closer)) {
        return Optional.empty();
      }
      end += closer.length();
    }
    long millis = parseMillis(s, i, timeEnd);
    return Optional.of(new Match(start, end, millis, s.subSequence(start, end).toString()));
  }

  /** Parses a whole string as a time, bracketed or not; empty when it is not one or is out of range. */
  public static Optional<Duration> parse(CharSequence text) {
    String t = text.toString().strip();
    return find(t, 0, t.length()).filter(m -> m.end() == t.length()).flatMap(Match::offset);
  }

  /** {@code HH:MM:SS}, the seconds truncated: the layout transcripts with clock times use. */
  public static String format(Duration offset) {
    long total = Math.max(0, offset.getSeconds());
    StringBuilder out = new StringBuilder(8);
    pad(out, total / 3600).append(':');
    pad(out, total / 60 % 60).append(':');
    return pad(out, total % 60).toString();
  }

  private static StringBuilder pad(StringBuilder out, long value) {
    return (value < 10 ? out.append('0') : out).append(value);
  }

  private static boolean regionMatches(CharSequence s, int at, int limit, String what) {
    if (at + what.length() > limit) {
      return false;
    }
    for (int k = 0; k < what.length(); k++) {
      if (s.charAt(at + k) != what.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
