package org.colloquy.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/**
 * A stretch of an episode's timeline, open-ended when its end is not known.
 *
 * @param start the offset from the start of the episode
 * @param end the offset at which it ends, not before {@code start}
 */
public record TimeSpan(Duration start, Optional<Duration> end) {

  public TimeSpan {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    checkArgument(!start.isNegative(), "time span starts at %s, before the episode", start);
    end.ifPresent(e -> checkArgument(e.compareTo(start) >= 0, "time span ends at %s, before its start %s", e, start));
  }

  /** A span from {@code start} to {@code end}. */
  public static TimeSpan of(Duration start, Duration end) {
    return new TimeSpan(start, Optional.of(end));
  }

  /** A span from {@code start} with no known end. */
  public static TimeSpan from(Duration start) {
    return new TimeSpan(start, Optional.empty());
  }

  /** Whether {@code offset} lies in this span; an open span holds only its start. */
  public boolean contains(Duration offset) {
    return end.map(e -> offset.compareTo(start) >= 0 && offset.compareTo(e) < 0 || offset.equals(start))
        .orElse(offset.equals(start));
  }

  @Override
  public String toString() {
    return Timestamps.format(start) + "–" + end.map(Timestamps::format).orElse("");
  }
}
