package org.colloquy.parsers.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.colloquy.model.Segment;
import org.colloquy.model.SourceLocation;
import org.colloquy.model.Speaker;
import org.colloquy.model.Word;
import org.jspecify.annotations.Nullable;

/**
 * Groups a stream of timed words into readable segments, for sources that give words and not sentences (AWS
 * Transcribe, a Podcasting 2.0 transcript with one word per segment): a segment ends where the speaker changes,
 * after a word that ends a sentence, at a pause of two seconds or more, and at a length budget. Each word keeps
 * its own timing in {@link Segment#words()}. Internal.
 */
public final class WordGrouper {

  /** A segment holds at most this many words. */
  public static final int MAX_WORDS = 60;

  private static final long PAUSE_NANOS = 2_000_000_000L;

  private final List<Segment> segments = new ArrayList<>();
  private final List<Word> words = new ArrayList<>();
  private @Nullable Speaker speaker;
  private @Nullable SourceLocation source;
  private long lastEnd = -1;

  /** Adds the next word, said by {@code wordSpeaker} (or nobody known), found at {@code at}. */
  public void add(Word word, @Nullable Speaker wordSpeaker, @Nullable SourceLocation at) {
    long start = word.start().map(Duration::toNanos).orElse(-1L);
    if (!words.isEmpty()
        && (wordSpeaker != speaker || start >= 0 && lastEnd >= 0 && start - lastEnd >= PAUSE_NANOS)) {
      flush();
    }
    if (words.isEmpty()) {
      speaker = wordSpeaker;
      source = at;
    }
    words.add(word);
    long end = word.end().or(word::start).map(Duration::toNanos).orElse(-1L);
    if (end >= 0) {
      lastEnd = end;
    }
    if (endsSentence(word.text()) || words.size() >= MAX_WORDS) {
      flush();
    }
  }

  /** Whether a word closes a sentence: it ends in {@code . ? !} or an ellipsis, perhaps inside a closing quote. */
  public static boolean endsSentence(String text) {
    int i = text.length() - 1;
    while (i > 0 && "\"'”’)]".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    char c = text.charAt(i);
    return c == '.' || c == '?' || c == '!' || c == '…';
  }

  /** Closes the segment being grouped, if any. */
  public void flush() {
    if (words.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    Duration start = null;
    Duration end = null;
    for (Word w : words) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(w.text());
      if (start == null && w.start().isPresent()) {
        start = w.start().get();
      }
      Duration wordEnd = w.end().or(w::start).orElse(null);
      if (wordEnd != null && (end == null || wordEnd.compareTo(end) > 0)) {
        end = wordEnd;
      }
    }
    Segment.Builder b = Segment.builder().speaker(speaker).text(CleanText.of(text)).addWords(words).source(source);
    if (start != null) {
      b.start(start).end(end.compareTo(start) >= 0 ? end : start);
    }
    segments.add(b.build());
    words.clear();
    lastEnd = -1;
  }

  /** The segments grouped so far; call {@link #flush()} first to include the last. */
  public List<Segment> segments() {
    return segments;
  }
}
