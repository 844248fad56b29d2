package org.colloquy.examples.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads and shows offsets into an episode. People type times the way players show them, so {@code 90},
 * {@code 1:30}, {@code 01:02:03}, {@code 1:30.5} and ISO-8601 {@code PT1M30S} are all accepted.
 */
final class Times implements ITypeConverter<Duration> {

  private static final Pattern CLOCK =
      Pattern.compile("(?:(?:(\\d+):)?(\\d+):)?(\\d+)(?:[.,](\\d{1,9}))?");

  @Override
  public Duration convert(String value) {
    return parse(value);
  }

  /**
   * The offset {@code text} names.
   *
   * @throws TypeConversionException saying which forms are accepted, when it names none
   */
  static Duration parse(String text) {
    String t = text.strip();
    if (t.toUpperCase(Locale.ROOT).startsWith("PT")) {
      try {
        Duration d = Duration.parse(t.toUpperCase(Locale.ROOT));
        if (!d.isNegative()) {
          return d;
        }
      } catch (DateTimeParseException e) {
        // falls through to the message below
      }
      throw invalid(text);
    }
    Matcher m = CLOCK.matcher(t);
    if (!m.matches()) {
      throw invalid(text);
    }
    try {
      long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
      long minutes = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
      long seconds = Long.parseLong(m.group(3));
      // "1:75" is more likely a typo than 2:15; only the leading field may exceed its clock range.
      if (m.group(2) != null && seconds >= 60 || m.group(1) != null && minutes >= 60) {
        throw invalid(text);
      }
      long nanos = 0;
      if (m.group(4) != null) {
        nanos = Long.parseLong((m.group(4) + "00000000").substring(0, 9));
      }
      return Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(seconds).plusNanos(nanos);
    } catch (NumberFormatException | ArithmeticException e) {
      throw invalid(text);
    }
  }

  private static TypeConversionException invalid(String text) {
    return new TypeConversionException("'" + text + "' is not a time; write seconds (90), minutes:seconds (1:30), "
        + "hours:minutes:seconds (01:02:03) or ISO-8601 (PT1M30S)");
  }

  /** {@code 1:09}, {@code 1:02:03}: the clock form people read, to the second. */
  static String clock(Duration d) {
    long s = d.toSeconds();
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
  }

  /** Seconds with millisecond precision, for JSON and CSV. */
  static double seconds(Duration d) {
    return d.toMillis() / 1000.0;
  }
}
