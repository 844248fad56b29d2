package org.colloquy.parsers.podcast;

import java.io.Writer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.Speaker;
import org.colloquy.model.Word;
import tools.jackson.core.JsonGenerator;

/** Writes a Podcasting 2.0 JSON transcript; see {@link PodcastJsonFormat}. */
final class PodcastJsonWriter {

  private PodcastJsonWriter() {}

  static void write(Episode episode, Writer out) {
    try (JsonGenerator g = JsonOut.PRETTY.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringProperty("version", "1.0.0");
      g.writeName("segments");
      g.writeStartArray();
      Duration last = Duration.ZERO;
      for (Segment s : episode.segments()) {
        String speaker = s.speaker().map(Speaker::displayName).orElse("");
        Duration start = s.start().orElse(last);
        List<Word> words = s.words();
        if (words.isEmpty()) {
          entry(g, speaker, start, s.endDerived() ? Optional.empty() : s.end(), s.text());
        } else {
          // A word-timed segment goes out one word per entry, as word-level transcripts do, so no time is lost.
          Duration wordLast = start;
          for (Word w : words) {
            Duration wordStart = w.start().orElse(wordLast);
            entry(g, speaker, wordStart, w.end(), w.text());
            wordLast = wordStart;
          }
        }
        last = start;
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void entry(JsonGenerator g, String speaker, Duration start, Optional<Duration> end, String body) {
    g.writeStartObject();
    g.writeStringProperty("speaker", speaker);
    g.writeName("startTime");
    g.writeNumber(Seconds.of(start));
    if (end.isPresent() && end.get().compareTo(start) >= 0) {
      g.writeName("endTime");
      g.writeNumber(Seconds.of(end.get()));
    }
    g.writeStringProperty("body", body);
    g.writeEndObject();
  }
}
