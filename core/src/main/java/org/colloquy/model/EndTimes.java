package org.colloquy.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Derives missing segment ends from the next start; see {@link Episode.Builder#deriveEndTimes()}. */
final class EndTimes {

  private EndTimes() {}

  static List<Segment> derive(List<Segment> segments, @Nullable Duration episodeEnd) {
    List<Segment> out = new ArrayList<>(segments);
    Duration nextStart = episodeEnd;
    for (int i = out.size() - 1; i >= 0; i--) {
      Segment segment = out.get(i);
      if (segment.start().isEmpty()) {
        continue;
      }
      Duration start = segment.start().get();
      if (segment.end().isEmpty() && nextStart != null && nextStart.compareTo(start) >= 0) {
        out.set(i, segment.withDerivedEnd(nextStart));
      }
      nextStart = start;
    }
    return out;
  }
}
