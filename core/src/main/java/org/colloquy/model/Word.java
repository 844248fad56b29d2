package org.colloquy.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One word of a segment as a speech recogniser or a word-timed caption gave it: its text, when it was said, and
 * how sure the recogniser was. Some words (numbers, symbols) come without times; a reader may then interpolate
 * them from their neighbours and says so through {@link #interpolated()}.
 *
 * <p>Times are held as nanoseconds in primitives, because word-level files hold millions of words.
 */
public final class Word {

  private static final long NONE = -1;

  private final String text;
  private final long startNanos;
  private final long endNanos;
  private final double confidence;
  private final boolean interpolated;

  private Word(String text, long startNanos, long endNanos, double confidence, boolean interpolated) {
    this.text = requireNonNull(text, "text");
    checkArgument(!text.isEmpty(), "a word needs text");
    // Spelled out so that the messages' arguments (two Durations, a boxed double) are made only on failure.
    if (endNanos != NONE && startNanos != NONE && endNanos < startNanos) {
      checkArgument(false, "word \"%s\" ends at %s, before its start %s", text, Duration.ofNanos(endNanos),
          Duration.ofNanos(startNanos));
    }
    if (!(Double.isNaN(confidence) || confidence >= 0 && confidence <= 1)) {
      checkArgument(false, "word \"%s\" has confidence %s, outside 0..1", text, confidence);
    }
    checkArgument(!interpolated || startNanos != NONE, "an interpolated word needs a start");
    this.startNanos = startNanos;
    this.endNanos = endNanos;
    this.confidence = confidence;
    this.interpolated = interpolated;
  }

  /** A word with no times. */
  public static Word of(String text) {
    return new Word(text, NONE, NONE, Double.NaN, false);
  }

  /** A word said from {@code start} to {@code end}. */
  public static Word of(String text, Duration start, Duration end) {
    return new Word(text, nanos(start), nanos(end), Double.NaN, false);
  }

  /** A word said from {@code start} to {@code end}, recognised with {@code confidence} (0 to 1). */
  public static Word of(String text, Duration start, Duration end, double confidence) {
    return new Word(text, nanos(start), nanos(end), confidence, false);
  }

  /** A word as {@link PackedWords} gives it back: times in nanoseconds or -1, confidence NaN when absent. */
  static Word unpacked(String text, long startNanos, long endNanos, double confidence, boolean interpolated) {
    return new Word(text, startNanos, endNanos, confidence, interpolated);
  }

  private static long nanos(Duration offset) {
    requireNonNull(offset, "offset");
    checkArgument(!offset.isNegative(), "a word cannot start or end at a negative offset %s", offset);
    return offset.toNanos();
  }

  /** This word with times worked out from its neighbours rather than given by the source. */
  public Word interpolatedAt(Duration start, Duration end) {
    return new Word(text, nanos(start), nanos(end), confidence, true);
  }

  /** This word with a start (and, optionally, an end) as given by the source. */
  public Word at(Duration start, Optional<Duration> end) {
    return new Word(text, nanos(start), end.map(Word::nanos).orElse(NONE), confidence, false);
  }

  /** This word with a recogniser's confidence. */
  public Word withConfidence(double newConfidence) {
    return new Word(text, startNanos, endNanos, newConfidence, interpolated);
  }

  /** The word as written, with any punctuation the source attached to it. */
  public String text() {
    return text;
  }

  /** When the word starts, when known. */
  public Optional<Duration> start() {
    return startNanos == NONE ? Optional.empty() : Optional.of(Duration.ofNanos(startNanos));
  }

  /** When the word ends, when known. */
  public Optional<Duration> end() {
    return endNanos == NONE ? Optional.empty() : Optional.of(Duration.ofNanos(endNanos));
  }

  /** How sure the recogniser was, from 0 to 1, when it said. */
  public OptionalDouble confidence() {
    return Double.isNaN(confidence) ? OptionalDouble.empty() : OptionalDouble.of(confidence);
  }

  long startNanos() {
    return startNanos;
  }

  long endNanos() {
    return endNanos;
  }

  /** The confidence, NaN when absent. */
  double rawConfidence() {
    return confidence;
  }

  /** Whether the times were interpolated by Colloquy rather than given by the source. */
  public boolean interpolated() {
    return interpolated;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Word w
        && text.equals(w.text)
        && startNanos == w.startNanos
        && endNanos == w.endNanos
        && Double.compare(confidence, w.confidence) == 0
        && interpolated == w.interpolated;
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, startNanos, endNanos, confidence, interpolated);
  }

  /** {@code "word"@01:02.500–01:02.900 (0.93)}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder().append('"').append(text).append('"');
    if (startNanos != NONE) {
      out.append('@').append(Timestamps.format(Duration.ofNanos(startNanos))).append('–');
      if (endNanos != NONE) {
        out.append(Timestamps.format(Duration.ofNanos(endNanos)));
      }
      if (interpolated) {
        out.append('~');
      }
    }
    if (!Double.isNaN(confidence)) {
      out.append(String.format(java.util.Locale.ROOT, " (%.2f)", confidence));
    }
    return out.toString();
  }
}
