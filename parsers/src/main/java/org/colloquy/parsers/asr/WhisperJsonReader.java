package org.colloquy.parsers.asr;

import static org.colloquy.parsers.common.JsonInput.NO_TIME;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.colloquy.format.ReadContext;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.SourceLocation;
import org.colloquy.model.Speaker;
import org.colloquy.model.Word;
import org.colloquy.parsers.common.CleanText;
import org.colloquy.parsers.common.JsonInput;
import org.colloquy.parsers.common.SpeakerRoster;
import org.colloquy.parsers.common.TextPool;
import org.colloquy.parsers.common.Timecodes;
import org.colloquy.parsers.common.WordGrouper;
import org.colloquy.parsers.common.WordTimes;
import org.jspecify.annotations.Nullable;

/** Reads the three Whisper flavours in one pass over the token stream; see {@link WhisperJsonFormat}. */
final class WhisperJsonReader {

  private final JsonInput in;
  private final ReadContext context;
  private final SpeakerRoster roster = new SpeakerRoster();
  private final TextPool pool = new TextPool();
  private final List<Segment> segments = new ArrayList<>();
  private final Episode.Builder episode = Episode.builder();
  /** Top-level words (OpenAI's word granularity, WhisperX's {@code word_segments}), placed once all is read. */
  private final List<Word> looseWords = new ArrayList<>();
  private final List<@Nullable Speaker> looseSpeakers = new ArrayList<>();
  private final List<SourceLocation> looseSources = new ArrayList<>();
  private boolean looseAreCopies;
  private @Nullable String wholeText;
  private @Nullable SourceLocation wholeTextAt;
  private int interpolated;
  /** Words without a start in the segment being read: most segments have none to interpolate. */
  private int untimedWords;
  private int emptyWords;

  private WhisperJsonReader(JsonInput in) {
    this.in = in;
    this.context = in.context();
  }

  static Episode read(JsonInput in) {
    return new WhisperJsonReader(in).read();
  }

  private Episode read() {
    in.startDocument("a Whisper JSON object");
    for (String name; (name = in.nextProperty()) != null; ) {
      switch (name) {
        case "segments" -> segments();
        case "transcription" -> transcription();
        case "words" -> looseWords(false);
        case "word_segments" -> looseWords(true);
        case "text" -> {
          wholeTextAt = in.here();
          wholeText = in.string();
        }
        case "language" -> language(in.string());
        case "duration" -> {
          long d = in.seconds("the duration");
          if (d != NO_TIME) {
            episode.duration(Duration.ofNanos(d));
          }
        }
        case "result" -> result();
        case "task", "model" -> {
          if (in.isObject()) {
            in.skip();
          } else {
            String value = in.string();
            if (value != null && !value.isBlank()) {
              episode.metadata("whisper." + name, value);
            }
          }
        }
        default -> in.skip();
      }
    }
    placeLooseWords();
    if (segments.isEmpty() && wholeText != null && !CleanText.of(wholeText).isEmpty()) {
      context.note("text-only", "the file has no segments; its text is kept as one untimed segment");
      segments.add(Segment.builder().text(CleanText.of(wholeText)).source(wholeTextAt).build());
    }
    if (interpolated > 0) {
      context.note("interpolated-times", interpolated + " words without times were given times between their"
          + " neighbours (marked as interpolated)");
    }
    if (emptyWords > 0) {
      context.note("empty-word", emptyWords + " words with no text were left out");
    }
    return episode.addSpeakers(roster.speakers()).addSegments(segments).build();
  }

  private void language(@Nullable String code) {
    if (code != null && !code.isBlank()) {
      AsrText.language(code).ifPresentOrElse(episode::language, () -> episode.metadata("language", code.strip()));
    }
  }

  private void result() {
    if (!in.expectObject("\"result\"")) {
      return;
    }
    for (String name; (name = in.nextProperty()) != null; ) {
      if (name.equals("language")) {
        language(in.string());
      } else {
        in.skip();
      }
    }
  }

  // OpenAI Whisper and WhisperX: segments[{id, start, end, text, words?, speaker?}].
  private void segments() {
    in.eachObject("\"segments\"", "a segment", this::segment);
  }

  /** What a segment holds that the reader keeps; a file of millions of words matches names millions of times. */
  private enum SegmentKey { ID, START, END, TEXT, SPEAKER, WORDS }

  private static final JsonInput.Keys<SegmentKey> SEGMENT_KEYS = JsonInput.Keys.of(SegmentKey.class);

  private enum WordKey { WORD, TEXT, START, END, PROBABILITY, SCORE, CONFIDENCE, SPEAKER }

  private static final JsonInput.Keys<WordKey> WORD_KEYS = JsonInput.Keys.of(WordKey.class);

  private void segment() {
    SourceLocation at = in.here();
    String id = null;
    String text = null;
    String label = null;
    long start = NO_TIME;
    long end = NO_TIME;
    List<Word> words = new ArrayList<>();
    Speaker firstWordSpeaker = null;
    untimedWords = 0;
    for (SegmentKey key; (key = in.nextKey(SEGMENT_KEYS)) != null; ) {
      switch (key) {
        case ID -> id = in.string();
        case START -> start = in.seconds("the segment's start");
        case END -> end = in.seconds("the segment's end");
        case TEXT -> text = in.cleanString();
        case SPEAKER -> label = in.sharedString(pool);
        case WORDS -> {
          if (in.expectArray("\"words\"")) {
            while (in.nextElement()) {
              if (in.expectObject("a word")) {
                Speaker s = word(words);
                firstWordSpeaker = firstWordSpeaker == null ? s : firstWordSpeaker;
              }
            }
          }
        }
      }
    }
    Speaker speaker = label != null ? roster.labelOrNull(label) : firstWordSpeaker;
    // Cleaned as it was read.
    String clean = text == null ? "" : text;
    if (clean.isEmpty() && !words.isEmpty()) {
      clean = AsrText.join(words);
    }
    if (untimedWords > 0) {
      interpolated += WordTimes.interpolate(words, start, end);
    }
    add(at, id, speaker, start, end, clean, words);
  }

  private void add(SourceLocation at, @Nullable String id, @Nullable Speaker speaker, long start, long end,
      String text, List<Word> words) {
    Segment.Builder b = Segment.builder().speaker(speaker).text(text).id(id).source(at).addWords(words);
    if (start != NO_TIME) {
      b.start(Duration.ofNanos(start));
      if (end != NO_TIME && end >= start) {
        b.end(Duration.ofNanos(end));
      } else if (end != NO_TIME) {
        context.warn("end-before-start", "a segment ends at " + Duration.ofNanos(end) + ", before its start "
            + Duration.ofNanos(start) + "; its end is left out", at.line(), at.column());
      }
    } else if (end != NO_TIME) {
      context.note("end-without-start", "a segment has an end but no start; its end is left out", at.line(),
          at.column());
    }
    if (text.isEmpty() && words.isEmpty()) {
      context.note("empty-segment", "a segment with no text was left out", at.line(), at.column());
      return;
    }
    segments.add(b.build());
  }

  /** Reads one word object into {@code words}; returns the speaker WhisperX gave it. */
  private @Nullable Speaker word(List<Word> words) {
    String text = null;
    String label = null;
    long start = NO_TIME;
    long end = NO_TIME;
    double confidence = Double.NaN;
    for (WordKey key; (key = in.nextKey(WORD_KEYS)) != null; ) {
      switch (key) {
        case WORD, TEXT -> text = in.cleanText(pool);
        case START -> start = in.seconds("a word's start");
        case END -> end = in.seconds("a word's end");
        case PROBABILITY -> confidence = in.confidence("a word's probability");
        case SCORE -> confidence = in.confidence("a word's score");
        case CONFIDENCE -> confidence = in.confidence("a word's confidence");
        case SPEAKER -> label = in.sharedString(pool);
      }
    }
    // Cleaned and shared as it was read.
    String clean = text == null ? "" : text;
    if (clean.isEmpty()) {
      emptyWords++;
      return null;
    }
    if (start == NO_TIME) {
      untimedWords++;
    }
    words.add(WordTimes.word(clean, start, end, confidence));
    return roster.labelOrNull(label);
  }

  private void looseWords(boolean copies) {
    if (!in.expectArray("\"" + (copies ? "word_segments" : "words") + "\"")) {
      return;
    }
    if (copies && !segments.isEmpty()) {
      // WhisperX repeats every word of its segments here; the segments have them already.
      in.skip();
      return;
    }
    looseAreCopies = copies;
    List<Word> one = new ArrayList<>(1);
    while (in.nextElement()) {
      if (in.expectObject("a word")) {
        SourceLocation at = in.here();
        Speaker speaker = word(one);
        if (!one.isEmpty()) {
          looseWords.add(one.remove(0));
          looseSpeakers.add(speaker);
          looseSources.add(at);
        }
      }
    }
  }

  private void placeLooseWords() {
    if (looseWords.isEmpty()) {
      return;
    }
    if (segments.isEmpty()) {
      interpolated += WordTimes.interpolate(looseWords, WordTimes.NONE, WordTimes.NONE);
      WordGrouper grouper = new WordGrouper();
      for (int i = 0; i < looseWords.size(); i++) {
        grouper.add(looseWords.get(i), looseSpeakers.get(i), looseSources.get(i));
      }
      grouper.flush();
      segments.addAll(grouper.segments());
      return;
    }
    if (looseAreCopies || segments.stream().anyMatch(s -> !s.words().isEmpty())) {
      return;
    }
    // OpenAI's word granularity lists words apart from the segments; each goes to the segment it starts in.
    interpolated += WordTimes.interpolate(looseWords, WordTimes.NONE, WordTimes.NONE);
    int w = 0;
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      Optional<Duration> next = i + 1 < segments.size() ? segments.get(i + 1).start() : Optional.empty();
      Segment.Builder b = s.toBuilder();
      boolean any = false;
      while (w < looseWords.size()) {
        Optional<Duration> start = looseWords.get(w).start();
        boolean belongs = i + 1 == segments.size() || start.isEmpty() || next.isEmpty()
            || start.get().compareTo(next.get()) < 0;
        if (!belongs) {
          break;
        }
        b.addWord(looseWords.get(w++));
        any = true;
      }
      if (any) {
        segments.set(i, b.build());
      }
    }
  }

  // whisper.cpp -oj: transcription[{timestamps{from,to}, offsets{from,to} (ms), text, tokens?}].
  private void transcription() {
    in.eachObject("\"transcription\"", "a transcription entry", this::cppEntry);
  }

  private void cppEntry() {
    SourceLocation at = in.here();
    long[] offsets = {NO_TIME, NO_TIME};
    long[] stamps = {NO_TIME, NO_TIME};
    String text = null;
    String label = null;
    List<Word> words = new ArrayList<>();
    for (String name; (name = in.nextProperty()) != null; ) {
      switch (name) {
        case "offsets" -> fromTo(offsets, true);
        case "timestamps" -> fromTo(stamps, false);
        case "text" -> text = in.string();
        case "speaker" -> label = in.sharedString(pool);
        case "tokens" -> tokens(words);
        default -> in.skip();
      }
    }
    long start = offsets[0] != NO_TIME ? offsets[0] : stamps[0];
    long end = offsets[1] != NO_TIME ? offsets[1] : stamps[1];
    interpolated += WordTimes.interpolate(words, start, end);
    String clean = text == null ? "" : CleanText.of(text);
    add(at, null, roster.labelOrNull(label), start, end, clean.isEmpty() ? AsrText.join(words) : clean, words);
  }

  private void fromTo(long[] into, boolean millis) {
    if (!in.expectObject("a from/to pair")) {
      return;
    }
    for (String name; (name = in.nextProperty()) != null; ) {
      int slot = name.equals("from") ? 0 : name.equals("to") ? 1 : -1;
      if (slot < 0) {
        in.skip();
      } else if (millis) {
        into[slot] = in.millis("\"" + name + "\"");
      } else {
        String stamp = in.string();
        into[slot] = stamp == null ? NO_TIME : Timecodes.parse(stamp).map(Duration::toNanos).orElse(NO_TIME);
      }
    }
  }

  // whisper.cpp -ojf tokens are word pieces: one that starts with a space starts a word; [_BEG_] and the like
  // are the model's control tokens, not speech.
  private void tokens(List<Word> words) {
    if (!in.expectArray("\"tokens\"")) {
      return;
    }
    StringBuilder piece = new StringBuilder();
    long[] wordTimes = {NO_TIME, NO_TIME};
    double[] confidence = {Double.NaN};
    while (in.nextElement()) {
      if (!in.expectObject("a token")) {
        continue;
      }
      String text = null;
      long[] offsets = {NO_TIME, NO_TIME};
      double p = Double.NaN;
      for (String name; (name = in.nextProperty()) != null; ) {
        switch (name) {
          case "text" -> text = in.string();
          case "offsets" -> fromTo(offsets, true);
          case "p" -> p = in.confidence("a token's probability");
          default -> in.skip();
        }
      }
      if (text == null || text.isEmpty() || text.startsWith("[_") || text.startsWith("<|")) {
        continue;
      }
      if (Character.isWhitespace(text.charAt(0)) && piece.length() > 0) {
        endToken(words, piece, wordTimes, confidence);
      }
      if (piece.length() == 0) {
        wordTimes[0] = offsets[0];
      }
      piece.append(text);
      wordTimes[1] = offsets[1];
      confidence[0] = Double.isNaN(confidence[0]) || p < confidence[0] ? p : confidence[0];
    }
    endToken(words, piece, wordTimes, confidence);
  }

  private void endToken(List<Word> words, StringBuilder piece, long[] times, double[] confidence) {
    String clean = CleanText.of(piece);
    if (!clean.isEmpty()) {
      words.add(WordTimes.word(pool.share(clean), times[0], times[1], confidence[0]));
    }
    piece.setLength(0);
    times[0] = NO_TIME;
    times[1] = NO_TIME;
    confidence[0] = Double.NaN;
  }
}
