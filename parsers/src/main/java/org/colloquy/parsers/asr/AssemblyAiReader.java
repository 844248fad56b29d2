package org.colloquy.parsers.asr;

import static org.colloquy.parsers.common.JsonInput.NO_TIME;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.colloquy.format.ReadContext;
import org.colloquy.model.Episode;
import org.colloquy.model.Highlight;
import org.colloquy.model.Segment;
import org.colloquy.model.SourceLocation;
import org.colloquy.model.Speaker;
import org.colloquy.model.TimeSpan;
import org.colloquy.model.Topic;
import org.colloquy.model.Word;
import org.colloquy.parsers.common.CleanText;
import org.colloquy.parsers.common.JsonInput;
import org.colloquy.parsers.common.SpeakerRoster;
import org.colloquy.parsers.common.TextPool;
import org.colloquy.parsers.common.WordGrouper;
import org.colloquy.parsers.common.WordTimes;
import org.jspecify.annotations.Nullable;

/** Reads an AssemblyAI transcript object; see {@link AssemblyAiJsonFormat}. */
final class AssemblyAiReader {

  private final JsonInput in;
  private final ReadContext context;
  private final SpeakerRoster roster = new SpeakerRoster();
  private final TextPool pool = new TextPool();
  private final Episode.Builder episode = Episode.builder();
  private final List<Segment> utterances = new ArrayList<>();
  private final WordGrouper looseWords = new WordGrouper();
  private int looseCount;
  private @Nullable String wholeText;
  private @Nullable SourceLocation wholeTextAt;
  private int interpolated;

  private AssemblyAiReader(JsonInput in) {
    this.in = in;
    this.context = in.context();
  }

  static Episode read(JsonInput in) {
    return new AssemblyAiReader(in).read();
  }

  private Episode read() {
    in.startDocument("an AssemblyAI transcript object");
    for (String name; (name = in.nextProperty()) != null; ) {
      switch (name) {
        case "utterances" -> utterances();
        case "words" -> looseWords();
        case "text" -> {
          wholeTextAt = in.here();
          wholeText = in.string();
        }
        case "chapters" -> chapters();
        case "auto_highlights_result" -> highlights();
        case "language_code" -> {
          String code = in.string();
          if (code != null) {
            AsrText.language(code).ifPresent(episode::language);
          }
        }
        case "audio_duration" -> {
          long d = in.seconds("the audio duration");
          if (d != NO_TIME) {
            episode.duration(Duration.ofNanos(d));
          }
        }
        case "audio_url", "id", "status" -> {
          String value = in.string();
          if (value != null && !value.isBlank()) {
            episode.metadata("assemblyai." + name, value);
          }
        }
        case "error" -> {
          String value = in.string();
          if (value != null && !value.isBlank()) {
            context.warn("transcription-error", "AssemblyAI reports an error: " + value, in.line(), in.column());
          }
        }
        default -> in.skip();
      }
    }
    List<Segment> segments;
    if (!utterances.isEmpty()) {
      // The top-level words repeat the utterances' words.
      segments = utterances;
    } else if (looseCount > 0) {
      looseWords.flush();
      segments = looseWords.segments();
    } else if (wholeText != null && !CleanText.of(wholeText).isEmpty()) {
      context.note("text-only", "the transcript has no words or utterances; its text is kept as one segment");
      segments = List.of(Segment.builder().text(CleanText.of(wholeText)).source(wholeTextAt).build());
    } else {
      segments = List.of();
    }
    if (interpolated > 0) {
      context.note("interpolated-times", interpolated + " words without times were given times between their"
          + " neighbours (marked as interpolated)");
    }
    return episode.addSpeakers(roster.speakers()).addSegments(segments).build();
  }

  private void utterances() {
    if (!in.expectArray("\"utterances\"")) {
      return;
    }
    while (in.nextElement()) {
      if (!in.expectObject("an utterance")) {
        continue;
      }
      SourceLocation at = in.here();
      String text = null;
      Speaker speaker = null;
      long start = NO_TIME;
      long end = NO_TIME;
      List<Word> words = new ArrayList<>();
      for (String name; (name = in.nextProperty()) != null; ) {
        switch (name) {
          case "speaker" -> speaker = roster.labelOrNull(in.string());
          case "start" -> start = in.millis("an utterance's start");
          case "end" -> end = in.millis("an utterance's end");
          case "text" -> text = in.string();
          case "words" -> words(words, null);
          default -> in.skip();
        }
      }
      interpolated += WordTimes.interpolate(words, start, end);
      String clean = text == null ? AsrText.join(words) : CleanText.of(text);
      if (clean.isEmpty()) {
        context.note("empty-segment", "an utterance with no text was left out", at.line(), at.column());
        continue;
      }
      utterances.add(AsrSegments.build(context, at, speaker, start, end, clean, words));
    }
  }

  private void looseWords() {
    List<Word> words = new ArrayList<>();
    List<SourceLocation> sources = new ArrayList<>();
    List<@Nullable Speaker> speakers = new ArrayList<>();
    words(words, (at, s) -> {
      sources.add(at);
      speakers.add(s);
    });
    interpolated += WordTimes.interpolate(words, WordTimes.NONE, WordTimes.NONE);
    for (int i = 0; i < words.size(); i++) {
      looseWords.add(words.get(i), speakers.get(i), sources.get(i));
    }
    looseCount += words.size();
  }

  interface WordSink {
    void accept(SourceLocation at, @Nullable Speaker speaker);
  }

  private void words(List<Word> into, @Nullable WordSink also) {
    if (!in.expectArray("\"words\"")) {
      return;
    }
    while (in.nextElement()) {
      if (!in.expectObject("a word")) {
        continue;
      }
      SourceLocation at = also == null ? null : in.here();
      String text = null;
      String label = null;
      long start = NO_TIME;
      long end = NO_TIME;
      double confidence = Double.NaN;
      for (String name; (name = in.nextProperty()) != null; ) {
        switch (name) {
          case "text" -> text = in.string();
          case "start" -> start = in.millis("a word's start");
          case "end" -> end = in.millis("a word's end");
          case "confidence" -> confidence = in.confidence("a word's confidence");
          case "speaker" -> label = in.string();
          default -> in.skip();
        }
      }
      String clean = text == null ? "" : CleanText.of(text);
      if (clean.isEmpty()) {
        context.note("empty-word", "a word with no text was left out", in.line(), in.column());
        continue;
      }
      into.add(WordTimes.word(pool.share(clean), start, end, confidence));
      if (also != null) {
        also.accept(at, roster.labelOrNull(label));
      }
    }
  }

  // chapters[{gist, headline, summary, start, end}] (ms): the gist is short enough to name a topic.
  private void chapters() {
    if (!in.expectArray("\"chapters\"")) {
      return;
    }
    while (in.nextElement()) {
      if (!in.expectObject("a chapter")) {
        continue;
      }
      int line = in.line();
      int column = in.column();
      String gist = null;
      String headline = null;
      String summary = null;
      long start = NO_TIME;
      long end = NO_TIME;
      for (String name; (name = in.nextProperty()) != null; ) {
        switch (name) {
          case "gist" -> gist = in.string();
          case "headline" -> headline = in.string();
          case "summary" -> summary = in.string();
          case "start" -> start = in.millis("a chapter's start");
          case "end" -> end = in.millis("a chapter's end");
          default -> in.skip();
        }
      }
      String title = firstNonBlank(gist, headline, summary);
      if (title == null) {
        context.note("untitled-chapter", "a chapter with no gist, headline or summary was left out", line, column);
        continue;
      }
      Map<String, String> attributes = new LinkedHashMap<>();
      if (headline != null && !headline.isBlank()) {
        attributes.put("headline", CleanText.of(headline));
      }
      Optional<String> description = Optional.ofNullable(summary).map(CleanText::of).filter(s -> !s.isEmpty());
      episode.addTopic(new Topic(CleanText.of(title), description, AsrSegments.span(start, end).stream().toList(),
          List.of(), attributes));
    }
  }

  // auto_highlights_result{status, results[{count, rank, text, timestamps[{start, end}]}]}.
  private void highlights() {
    if (!in.expectObject("\"auto_highlights_result\"")) {
      return;
    }
    for (String name; (name = in.nextProperty()) != null; ) {
      if (!name.equals("results") || !in.expectArray("\"results\"")) {
        in.skip();
        continue;
      }
      while (in.nextElement()) {
        if (!in.expectObject("a highlight")) {
          continue;
        }
        String text = null;
        Optional<TimeSpan> span = Optional.empty();
        for (String field; (field = in.nextProperty()) != null; ) {
          if (field.equals("text")) {
            text = in.string();
          } else if (field.equals("timestamps") && in.expectArray("\"timestamps\"")) {
            while (in.nextElement()) {
              Optional<TimeSpan> one = timestamp();
              span = span.isPresent() ? span : one;
            }
          } else {
            in.skip();
          }
        }
        if (text != null && !text.isBlank()) {
          episode.addHighlight(new Highlight(Highlight.Kind.HIGHLIGHT, Optional.empty(), CleanText.of(text), span));
        }
      }
    }
  }

  private Optional<TimeSpan> timestamp() {
    if (!in.expectObject("a timestamp")) {
      return Optional.empty();
    }
    long start = NO_TIME;
    long end = NO_TIME;
    for (String name; (name = in.nextProperty()) != null; ) {
      switch (name) {
        case "start" -> start = in.millis("a highlight's start");
        case "end" -> end = in.millis("a highlight's end");
        default -> in.skip();
      }
    }
    return AsrSegments.span(start, end);
  }

  private static @Nullable String firstNonBlank(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
