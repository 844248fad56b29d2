package org.colloquy.parsers.asr;

import static org.colloquy.parsers.common.JsonInput.NO_TIME;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.colloquy.format.ReadContext;
import org.colloquy.model.Segment;
import org.colloquy.model.SourceLocation;
import org.colloquy.model.Speaker;
import org.colloquy.model.TimeSpan;
import org.colloquy.model.Word;
import org.jspecify.annotations.Nullable;

/** Segments and spans from a recogniser's times, with the inconsistent ones reported rather than refused. */
final class AsrSegments {

  private AsrSegments() {}

  /** A speech segment; an end before the start is left out with a warning. */
  static Segment build(ReadContext context, SourceLocation at, @Nullable Speaker speaker, long start, long end,
      String text, List<Word> words) {
    Segment.Builder b = Segment.builder().speaker(speaker).text(text).source(at).addWords(words);
    if (start != NO_TIME) {
      b.start(Duration.ofNanos(start));
      if (end != NO_TIME && end >= start) {
        b.end(Duration.ofNanos(end));
      } else if (end != NO_TIME) {
        context.warn("end-before-start", "a segment ends at " + Duration.ofNanos(end) + ", before its start "
            + Duration.ofNanos(start) + "; its end is left out", at.line(), at.column());
      }
    }
    return b.build();
  }

  /** The span from {@code start} to {@code end} (nanoseconds); open when the end is absent or before the start. */
  static Optional<TimeSpan> span(long start, long end) {
    if (start == NO_TIME) {
      return Optional.empty();
    }
    return Optional.of(end == NO_TIME || end < start
        ? TimeSpan.from(Duration.ofNanos(start))
        : TimeSpan.of(Duration.ofNanos(start), Duration.ofNanos(end)));
  }
}
