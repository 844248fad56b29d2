package org.colloquy.parsers.podcast;

import static org.colloquy.parsers.common.JsonInput.NO_TIME;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.colloquy.format.ReadContext;
import org.colloquy.format.ReadOptions.SpeakerCarry;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.SourceLocation;
import org.colloquy.model.Speaker;
import org.colloquy.parsers.common.CleanText;
import org.colloquy.parsers.common.JsonInput;
import org.colloquy.parsers.common.SpeakerRoster;
import org.colloquy.parsers.common.TextPool;
import org.colloquy.parsers.common.WordGrouper;
import org.colloquy.parsers.common.WordTimes;
import org.jspecify.annotations.Nullable;

/** Reads a Podcasting 2.0 JSON transcript; see {@link PodcastJsonFormat}. */
final class PodcastJsonReader {

  /** Most entries one word each means a word-per-segment file. */
  private static final double WORD_FILE_SHARE = 0.9;

  private record Entry(SourceLocation at, @Nullable Speaker speaker, long start, long end, String body) {}

  private final JsonInput in;
  private final ReadContext context;
  private final SpeakerRoster roster = new SpeakerRoster();
  private final TextPool pool = new TextPool();
  private final List<Entry> entries = new ArrayList<>();
  private @Nullable Speaker carried;
  private int oneWord;

  private PodcastJsonReader(JsonInput in) {
    this.in = in;
    this.context = in.context();
  }

  static Episode read(JsonInput in) {
    return new PodcastJsonReader(in).read();
  }

  private Episode read() {
    in.startDocument("a Podcasting 2.0 transcript object");
    for (String name; (name = in.nextProperty()) != null; ) {
      if (name.equals("segments")) {
        in.eachObject("\"segments\"", "a segment", this::entry);
      } else {
        in.skip();
      }
    }
    Episode.Builder episode = Episode.builder();
    boolean wordFile = entries.size() >= 2 && oneWord >= WORD_FILE_SHARE * entries.size();
    if (wordFile) {
      WordGrouper grouper = new WordGrouper();
      for (Entry e : entries) {
        grouper.add(WordTimes.word(pool.share(e.body()), e.start(), e.end(), Double.NaN), e.speaker(), e.at());
      }
      grouper.flush();
      episode.addSegments(grouper.segments());
      context.note("word-per-segment", entries.size() + " one-word segments were grouped into "
          + grouper.segments().size() + " segments; each word keeps its own time");
    } else {
      for (Entry e : entries) {
        Segment.Builder b = Segment.builder().speaker(e.speaker()).text(e.body()).source(e.at());
        if (e.start() != NO_TIME) {
          b.start(Duration.ofNanos(e.start()));
          if (e.end() != NO_TIME && e.end() >= e.start()) {
            b.end(Duration.ofNanos(e.end()));
          } else if (e.end() != NO_TIME) {
            context.warn("end-before-start", "a segment's endTime comes before its startTime; the end is left out",
                e.at().line(), e.at().column());
          }
        }
        episode.addSegment(b.build());
      }
      episode.deriveEndTimes();
    }
    return episode.addSpeakers(roster.speakers()).build();
  }

  private void entry() {
    SourceLocation at = in.here();
    String name = null;
    String body = null;
    long start = NO_TIME;
    long end = NO_TIME;
    for (String field; (field = in.nextProperty()) != null; ) {
      switch (field) {
        case "speaker" -> name = in.string();
        case "startTime" -> start = in.seconds("startTime");
        case "endTime" -> end = in.seconds("endTime");
        case "body" -> body = in.string();
        default -> in.skip();
      }
    }
    String clean = body == null ? "" : CleanText.of(body);
    if (clean.isEmpty()) {
      context.note("empty-segment", "a segment with no body was left out", at.line(), at.column());
      return;
    }
    if (start == NO_TIME) {
      context.warn("missing-start", "a segment has no usable startTime", at.line(), at.column());
    }
    Speaker speaker = roster.name(name).orElse(null);
    if (speaker == null && context.options().speakerCarry() == SpeakerCarry.CARRY_FORWARD) {
      // The spec: a segment with no speaker continues the previous one's.
      speaker = carried;
    }
    carried = speaker;
    if (clean.indexOf(' ') < 0) {
      oneWord++;
    }
    entries.add(new Entry(at, speaker, start, end, clean));
  }
}
