package org.colloquy.parsers.podcast;

import java.io.Writer;
import org.colloquy.model.Episode;
import org.colloquy.model.TimeSpan;
import org.colloquy.model.Topic;
import tools.jackson.core.JsonGenerator;

/** Writes a Podcasting 2.0 chapters file; see {@link PodcastChaptersFormat}. */
final class PodcastChaptersWriter {

  private PodcastChaptersWriter() {}

  static void write(Episode episode, Writer out) {
    try (JsonGenerator g = JsonOut.PRETTY.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringProperty("version", "1.2.0");
      if (episode.title().isPresent()) {
        g.writeStringProperty("title", episode.title().get());
      }
      if (episode.show().isPresent()) {
        g.writeStringProperty("podcastName", episode.show().get());
      }
      if (episode.description().isPresent()) {
        g.writeStringProperty("description", episode.description().get());
      }
      for (String key : new String[] {"author", "fileName"}) {
        String value = episode.metadata().get(key);
        if (value != null) {
          g.writeStringProperty(key, value);
        }
      }
      g.writeName("chapters");
      g.writeStartArray();
      for (Topic t : episode.topics()) {
        if (t.spans().isEmpty()) {
          continue;
        }
        TimeSpan span = t.spans().get(0);
        g.writeStartObject();
        g.writeName("startTime");
        g.writeNumber(Seconds.of(span.start()));
        if (span.end().isPresent()) {
          g.writeName("endTime");
          g.writeNumber(Seconds.of(span.end().get()));
        }
        g.writeStringProperty("title", t.name());
        for (String key : new String[] {"url", "img"}) {
          String value = t.attributes().get(key);
          if (value != null) {
            g.writeStringProperty(key, value);
          }
        }
        String toc = t.attributes().get("toc");
        if (toc != null) {
          g.writeBooleanProperty("toc", Boolean.parseBoolean(toc));
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }
}
