package org.colloquy.parsers.json;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.colloquy.model.Diagnostic;
import org.colloquy.model.Episode;
import org.colloquy.model.Highlight;
import org.colloquy.model.Quote;
import org.colloquy.model.Reference;
import org.colloquy.model.Segment;
import org.colloquy.model.SourceLocation;
import org.colloquy.model.Speaker;
import org.colloquy.model.TimeSpan;
import org.colloquy.model.Topic;
import org.colloquy.model.Word;
import tools.jackson.core.JsonGenerator;

/**
 * Writes an episode as {@code colloquy-json} version 1. Absent values and empty collections are left out, times
 * are exact decimal seconds, and fields come in a fixed order, so equal episodes give equal files.
 */
final class EpisodeJsonWriter {

  static final int VERSION = 1;

  private EpisodeJsonWriter() {}

  static void write(Episode e, JsonGenerator g) {
    g.writeStartObject();
    g.writeNumberProperty("colloquy", VERSION);
    optional(g, "title", e.title());
    optional(g, "show", e.show());
    if (e.episodeNumber().isPresent()) {
      g.writeNumberProperty("episodeNumber", e.episodeNumber().getAsInt());
    }
    optional(g, "date", e.date().map(Object::toString));
    e.duration().ifPresent(d -> time(g, "duration", d));
    optional(g, "description", e.description());
    optional(g, "url", e.url());
    optional(g, "language", e.language());
    if (!e.speakers().isEmpty()) {
      g.writeArrayPropertyStart("speakers");
      for (Speaker s : e.speakers()) {
        speaker(g, s);
      }
      g.writeEndArray();
    }
    if (!e.segments().isEmpty()) {
      g.writeArrayPropertyStart("segments");
      for (Segment s : e.segments()) {
        segment(g, s);
      }
      g.writeEndArray();
    }
    if (!e.quotes().isEmpty()) {
      g.writeArrayPropertyStart("quotes");
      for (Quote q : e.quotes()) {
        g.writeStartObject();
        g.writeStringProperty("text", q.text());
        optional(g, "speaker", q.speaker().map(Speaker::id));
        if (q.segmentIndex().isPresent()) {
          g.writeNumberProperty("segment", q.segmentIndex().getAsInt());
        }
        q.offset().ifPresent(o -> time(g, "offset", o));
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!e.topics().isEmpty()) {
      g.writeArrayPropertyStart("topics");
      for (Topic t : e.topics()) {
        topic(g, t);
      }
      g.writeEndArray();
    }
    if (!e.highlights().isEmpty()) {
      g.writeArrayPropertyStart("highlights");
      for (Highlight h : e.highlights()) {
        g.writeStartObject();
        g.writeStringProperty("kind", h.kind().name());
        optional(g, "title", h.title());
        g.writeStringProperty("text", h.text());
        h.span().ifPresent(span -> {
          g.writeName("span");
          span(g, span);
        });
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    map(g, "metadata", e.metadata());
    if (!e.diagnostics().isEmpty()) {
      g.writeArrayPropertyStart("diagnostics");
      for (Diagnostic d : e.diagnostics()) {
        g.writeStartObject();
        g.writeStringProperty("severity", d.severity().name());
        g.writeStringProperty("code", d.code());
        g.writeStringProperty("message", d.message());
        d.location().ifPresent(l -> location(g, "location", l));
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void speaker(JsonGenerator g, Speaker s) {
    g.writeStartObject();
    g.writeStringProperty("id", s.id());
    g.writeStringProperty("displayName", s.displayName());
    optional(g, "fullName", s.fullName());
    g.writeStringProperty("role", s.role().name());
    strings(g, "aliases", s.aliases());
    g.writeEndObject();
  }

  private static void segment(JsonGenerator g, Segment s) {
    g.writeStartObject();
    if (s.kind() != Segment.Kind.SPEECH) {
      g.writeStringProperty("kind", s.kind().name());
    }
    optional(g, "id", s.id());
    optional(g, "speaker", s.speaker().map(Speaker::id));
    s.start().ifPresent(t -> time(g, "start", t));
    s.end().ifPresent(t -> time(g, "end", t));
    if (s.endDerived()) {
      g.writeBooleanProperty("endDerived", true);
    }
    g.writeStringProperty("text", s.text());
    if (!s.references().isEmpty()) {
      g.writeArrayPropertyStart("references");
      for (Reference r : s.references()) {
        g.writeStartObject();
        g.writeStringProperty("kind", r.kind().name());
        g.writeStringProperty("value", r.value());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    List<Word> words = s.words();
    if (!words.isEmpty()) {
      g.writeArrayPropertyStart("words");
      for (Word w : words) {
        word(g, w);
      }
      g.writeEndArray();
    }
    map(g, "attributes", s.attributes());
    s.source().ifPresent(l -> location(g, "source", l));
    g.writeEndObject();
  }

  private static void word(JsonGenerator g, Word w) {
    g.writeStartObject();
    g.writeStringProperty("text", w.text());
    w.start().ifPresent(t -> time(g, "start", t));
    w.end().ifPresent(t -> time(g, "end", t));
    if (w.confidence().isPresent()) {
      g.writeName("confidence");
      g.writeNumber(w.confidence().getAsDouble());
    }
    if (w.interpolated()) {
      g.writeBooleanProperty("interpolated", true);
    }
    g.writeEndObject();
  }

  private static void topic(JsonGenerator g, Topic t) {
    g.writeStartObject();
    g.writeStringProperty("name", t.name());
    optional(g, "description", t.description());
    if (!t.spans().isEmpty()) {
      g.writeArrayPropertyStart("spans");
      for (TimeSpan span : t.spans()) {
        span(g, span);
      }
      g.writeEndArray();
    }
    if (!t.segmentIndexes().isEmpty()) {
      g.writeArrayPropertyStart("segments");
      for (int i : t.segmentIndexes()) {
        g.writeNumber(i);
      }
      g.writeEndArray();
    }
    map(g, "attributes", t.attributes());
    g.writeEndObject();
  }

  private static void span(JsonGenerator g, TimeSpan span) {
    g.writeStartObject();
    time(g, "start", span.start());
    span.end().ifPresent(t -> time(g, "end", t));
    g.writeEndObject();
  }

  private static void location(JsonGenerator g, String name, SourceLocation l) {
    g.writeObjectPropertyStart(name);
    g.writeStringProperty("source", l.source());
    g.writeNumberProperty("line", l.line());
    g.writeNumberProperty("column", l.column());
    g.writeEndObject();
  }

  /** Seconds as an exact decimal: {@code 69.25}, never a binary fraction. */
  private static void time(JsonGenerator g, String name, Duration d) {
    g.writeName(name);
    g.writeNumber(seconds(d));
  }

  static BigDecimal seconds(Duration d) {
    BigDecimal exact = BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
    BigDecimal stripped = exact.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    if (!values.isEmpty()) {
      g.writeArrayPropertyStart(name);
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
    }
  }

  private static void map(JsonGenerator g, String name, Map<String, String> values) {
    if (!values.isEmpty()) {
      g.writeObjectPropertyStart(name);
      for (Map.Entry<String, String> e : values.entrySet()) {
        g.writeStringProperty(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
  }
}
