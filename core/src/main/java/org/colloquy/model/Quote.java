package org.colloquy.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A notable statement from a conversation: a line worth saving, a pull quote.
 *
 * @param text the words quoted
 * @param speaker who said them, when known; the same {@link Speaker} the episode lists
 * @param segmentIndex the index in {@link Episode#segments()} of the segment it comes from, when known
 * @param offset when in the episode it was said, when known
 */
public record Quote(String text, Optional<Speaker> speaker, OptionalInt segmentIndex, Optional<Duration> offset) {

  public Quote {
    requireNonNull(text, "text");
    requireNonNull(speaker, "speaker");
    requireNonNull(segmentIndex, "segmentIndex");
    requireNonNull(offset, "offset");
    checkArgument(!text.isBlank(), "a quote needs text");
    segmentIndex.ifPresent(i -> checkArgument(i >= 0, "a quote's segment index cannot be negative, was %s", i));
    offset.ifPresent(o -> checkArgument(!o.isNegative(), "quote \"%s\" at negative offset %s", text, o));
  }

  /** A quote attributed to {@code speaker}, with no known place in the timeline. */
  public static Quote of(String text, Speaker speaker) {
    return new Quote(text, Optional.of(speaker), OptionalInt.empty(), Optional.empty());
  }

  /** This quote attributed to another speaker (or to none). */
  public Quote withSpeaker(Optional<Speaker> newSpeaker) {
    return new Quote(text, newSpeaker, segmentIndex, offset);
  }

  /** {@code YANN: "Our intelligence is not general…"}. */
  @Override
  public String toString() {
    return speaker.map(s -> s.displayName() + ": ").orElse("") + "\"" + text + "\"";
  }
}
