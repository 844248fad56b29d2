package org.colloquy.parsers.common;

import java.time.Duration;
import java.util.List;
import org.colloquy.model.Segment;

/**
 * Works out the times a caption writer gives each segment: its own start and end when it has them, else the next
 * timed segment's start as its end, else an estimate from its length (about 15 characters a second). Internal.
 */
public final class CueTimeline {

  private static final long MILLIS_PER_CHARACTER = 66;
  private static final long MINIMUM_MILLIS = 1000;

  private final long[] starts;
  private final long[] ends;

  private CueTimeline(List<Segment> segments) {
    int n = segments.size();
    starts = new long[n];
    ends = new long[n];
    long previousEnd = 0;
    for (int i = 0; i < n; i++) {
      Segment s = segments.get(i);
      long start = s.start().map(Duration::toMillis).orElse(previousEnd);
      long end;
      if (s.end().isPresent()) {
        end = s.end().get().toMillis();
      } else {
        end = -1;
        for (int j = i + 1; j < n && end < 0; j++) {
          if (segments.get(j).start().isPresent()) {
            end = segments.get(j).start().get().toMillis();
          }
        }
        long estimate = start + Math.max(MINIMUM_MILLIS, s.text().length() * MILLIS_PER_CHARACTER);
        if (end < start || end > estimate * 4) {
          end = estimate;
        }
      }
      starts[i] = start;
      ends[i] = Math.max(start, end);
      previousEnd = ends[i];
    }
  }

  /** The times of {@code segments}, in order. */
  public static CueTimeline of(List<Segment> segments) {
    return new CueTimeline(segments);
  }

  /** Segment {@code i}'s start in milliseconds. */
  public long start(int i) {
    return starts[i];
  }

  /** Segment {@code i}'s end in milliseconds. */
  public long end(int i) {
    return ends[i];
  }
}
