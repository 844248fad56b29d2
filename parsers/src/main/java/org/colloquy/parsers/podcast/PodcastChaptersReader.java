package org.colloquy.parsers.podcast;

import static org.colloquy.parsers.common.JsonInput.NO_TIME;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.colloquy.format.ReadContext;
import org.colloquy.model.Episode;
import org.colloquy.model.TimeSpan;
import org.colloquy.model.Topic;
import org.colloquy.parsers.common.CleanText;
import org.colloquy.parsers.common.JsonInput;

/** Reads a Podcasting 2.0 chapters file; see {@link PodcastChaptersFormat}. */
final class PodcastChaptersReader {

  private final JsonInput in;
  private final ReadContext context;
  private final Episode.Builder episode = Episode.builder();

  private PodcastChaptersReader(JsonInput in) {
    this.in = in;
    this.context = in.context();
  }

  static Episode read(JsonInput in) {
    return new PodcastChaptersReader(in).read();
  }

  private Episode read() {
    in.startDocument("a Podcasting 2.0 chapters object");
    for (String name; (name = in.nextProperty()) != null; ) {
      switch (name) {
        case "chapters" -> in.eachObject("\"chapters\"", "a chapter", this::chapter);
        case "title" -> text().ifPresent(episode::title);
        case "podcastName" -> text().ifPresent(episode::show);
        case "description" -> text().ifPresent(episode::description);
        case "author", "fileName" -> {
          String key = name;
          text().ifPresent(v -> episode.metadata(key, v));
        }
        default -> in.skip();
      }
    }
    return episode.build();
  }

  private Optional<String> text() {
    String value = in.string();
    return value == null ? Optional.empty() : Optional.of(CleanText.of(value)).filter(s -> !s.isEmpty());
  }

  private void chapter() {
    int line = in.line();
    int column = in.column();
    String title = null;
    long start = NO_TIME;
    long end = NO_TIME;
    Map<String, String> attributes = new LinkedHashMap<>();
    for (String name; (name = in.nextProperty()) != null; ) {
      switch (name) {
        case "title" -> title = in.string();
        case "startTime" -> start = in.seconds("a chapter's startTime");
        case "endTime" -> end = in.seconds("a chapter's endTime");
        case "url", "img" -> {
          String value = in.string();
          if (value != null && !value.isBlank()) {
            attributes.put(name, value.strip());
          }
        }
        case "toc" -> {
          String value = in.string();
          if ("true".equals(value) || "false".equals(value)) {
            attributes.put("toc", value);
          } else if (value != null) {
            context.note("bad-toc", "a chapter's toc is not true or false; left out", in.line(), in.column());
          }
        }
        default -> in.skip();
      }
    }
    String name = title == null ? "" : CleanText.of(title);
    if (name.isEmpty()) {
      context.warn("untitled-chapter", "a chapter has no title; left out", line, column);
      return;
    }
    List<TimeSpan> spans = List.of();
    if (start == NO_TIME) {
      context.warn("missing-start", "chapter \"" + name + "\" has no usable startTime", line, column);
    } else if (end != NO_TIME && end >= start) {
      spans = List.of(TimeSpan.of(Duration.ofNanos(start), Duration.ofNanos(end)));
    } else {
      if (end != NO_TIME) {
        context.warn("end-before-start", "chapter \"" + name + "\" ends before it starts; the end is left out",
            line, column);
      }
      spans = List.of(TimeSpan.from(Duration.ofNanos(start)));
    }
    episode.addTopic(new Topic(name, Optional.empty(), spans, List.of(), attributes));
  }
}
