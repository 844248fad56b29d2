package org.colloquy.parsers.asr;

import static org.colloquy.parsers.common.JsonInput.NO_TIME;

import java.util.ArrayList;
import java.util.List;
import org.colloquy.format.ReadContext;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.SourceLocation;
import org.colloquy.model.Word;
import org.colloquy.parsers.common.CleanText;
import org.colloquy.parsers.common.JsonInput;
import org.colloquy.parsers.common.SpeakerRoster;
import org.colloquy.parsers.common.TextPool;
import org.colloquy.parsers.common.WordTimes;
import org.jspecify.annotations.Nullable;

/** Reads a Rev.ai transcript; see {@link RevAiJsonFormat}. */
final class RevAiReader {

  private final JsonInput in;
  private final ReadContext context;
  private final SpeakerRoster roster = new SpeakerRoster();
  private final TextPool pool = new TextPool();
  private final List<Segment> segments = new ArrayList<>();
  private int interpolated;

  private RevAiReader(JsonInput in) {
    this.in = in;
    this.context = in.context();
  }

  static Episode read(JsonInput in) {
    return new RevAiReader(in).read();
  }

  private Episode read() {
    in.startDocument("a Rev.ai transcript object");
    for (String name; (name = in.nextProperty()) != null; ) {
      if (name.equals("monologues")) {
        in.eachObject("\"monologues\"", "a monologue", this::monologue);
      } else {
        in.skip();
      }
    }
    if (interpolated > 0) {
      context.note("interpolated-times", interpolated + " words without times were given times between their"
          + " neighbours (marked as interpolated)");
    }
    return Episode.builder().addSpeakers(roster.speakers()).addSegments(segments).build();
  }

  private void monologue() {
    SourceLocation at = in.here();
    String label = null;
    String displayName = null;
    StringBuilder text = new StringBuilder();
    List<Word> words = new ArrayList<>();
    String leading = "";
    for (String name; (name = in.nextProperty()) != null; ) {
      switch (name) {
        case "speaker" -> label = in.string();
        case "speaker_info" -> {
          if (in.expectObject("\"speaker_info\"")) {
            for (String field; (field = in.nextProperty()) != null; ) {
              if (field.equals("display_name") || field.equals("name")) {
                displayName = in.string();
              } else {
                in.skip();
              }
            }
          }
        }
        case "elements" -> leading = elements(text, words, leading);
        default -> in.skip();
      }
    }
    if (!leading.isEmpty() && !words.isEmpty()) {
      words.set(0, WordTimes.attach(words.get(0), leading));
    }
    String clean = CleanText.of(text);
    if (clean.isEmpty()) {
      context.note("empty-segment", "a monologue with no text was left out", at.line(), at.column());
      return;
    }
    interpolated += WordTimes.interpolate(words, WordTimes.NONE, WordTimes.NONE);
    long start = words.isEmpty() ? NO_TIME : words.get(0).start().map(d -> d.toNanos()).orElse(NO_TIME);
    Word last = words.isEmpty() ? null : words.get(words.size() - 1);
    long end = last == null ? NO_TIME : last.end().or(last::start).map(d -> d.toNanos()).orElse(NO_TIME);
    segments.add(AsrSegments.build(context, at, roster.label(label, displayName), start, end, clean, words));
  }

  // elements[{type: text|punct|unknown, value, ts, end_ts, confidence}]: punctuation (spaces included) is untimed
  // and belongs to the word before it; the values concatenated are the monologue's text.
  private String elements(StringBuilder text, List<Word> words, String leadingSoFar) {
    String leading = leadingSoFar;
    if (!in.expectArray("\"elements\"")) {
      return leading;
    }
    while (in.nextElement()) {
      if (!in.expectObject("an element")) {
        continue;
      }
      String type = null;
      String value = null;
      long start = NO_TIME;
      long end = NO_TIME;
      double confidence = Double.NaN;
      for (String name; (name = in.nextProperty()) != null; ) {
        switch (name) {
          case "type" -> type = in.string();
          case "value" -> value = in.string();
          case "ts" -> start = in.seconds("an element's ts");
          case "end_ts" -> end = in.seconds("an element's end_ts");
          case "confidence" -> confidence = in.confidence("an element's confidence");
          default -> in.skip();
        }
      }
      if (value == null || value.isEmpty()) {
        continue;
      }
      text.append(value);
      String clean = CleanText.of(value);
      if (clean.isEmpty()) {
        continue;
      }
      if ("punct".equals(type)) {
        if (words.isEmpty()) {
          leading += clean;
        } else {
          words.set(words.size() - 1, WordTimes.attach(words.get(words.size() - 1), clean));
        }
        continue;
      }
      if ("text".equals(type) && text.length() > value.length()
          && !Character.isWhitespace(text.charAt(text.length() - value.length() - 1))) {
        // Rev.ai writes the spaces between words as their own elements; two text elements in a row need one.
        text.insert(text.length() - value.length(), ' ');
      }
      words.add(WordTimes.word(pool.share(clean), start, end, confidence));
    }
    return leading;
  }

}
