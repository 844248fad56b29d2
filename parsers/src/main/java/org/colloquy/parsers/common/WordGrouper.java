package org.colloquy.parsers.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.colloquy.format.ReadContext;
import org.colloquy.model.Segment;
import org.colloquy.model.SourceLocation;
import org.colloquy.model.Speaker;
import org.colloquy.model.Word;
import org.jspecify.annotations.Nullable;

/**
 * Groups a stream of timed words into readable segments, for sources that give words and not sentences (AWS
 * Transcribe, a Podcasting 2.0 transcript with one word per segment): a segment ends where the speaker changes,
 * at a pause of two seconds or more, after a word that ends a sentence (once the segment holds a chosen number of
 * words), and at {@value #MAX_WORDS} words. Each word keeps its own timing in {@link Segment#words()}. Internal.
 */
public final class WordGrouper {

  /** A segment holds at most this many words. */
  public static final int MAX_WORDS = 60;

  /** How many words a segment needs before a sentence end closes it. */
  private final int minSentenceWords;

  /** A grouper that closes a segment at every sentence end. */
  public WordGrouper() {
    this(1);
  }

  /**
   * A grouper that closes a segment at a sentence end only once it holds {@code minSentenceWords} words: short
   * sentences ("Yes.", "Right, right.") then join the next one by the same speaker, as a recogniser's utterances
   * do, rather than each becoming a segment of its own.
   */
  public WordGrouper(int minSentenceWords) {
    this.minSentenceWords = minSentenceWords;
  }

  private static final long PAUSE_NANOS = 2_000_000_000L;

  private final List<Segment> segments = new ArrayList<>();
  private final List<Word> words = new ArrayList<>();
  /** The times of {@link #words} in nanoseconds, -1 when absent; a group never holds more than MAX_WORDS. */
  private final long[] starts = new long[MAX_WORDS];
  private final long[] ends = new long[MAX_WORDS];
  private @Nullable Speaker speaker;
  private @Nullable SourceLocation source;
  private long lastEnd = -1;

  /** Adds the next word, said by {@code wordSpeaker} (or nobody known), found at {@code at}. */
  public void add(Word word, @Nullable Speaker wordSpeaker, @Nullable SourceLocation at) {
    long start = word.start().map(Duration::toNanos).orElse(-1L);
    long end = word.end().map(Duration::toNanos).orElse(-1L);
    if (startsGroup(start, wordSpeaker)) {
      source = at;
    }
    add(word, start, end);
  }

  /**
   * Like {@link #add(Word, Speaker, SourceLocation)}, for a reader that knows the word's own times (nanoseconds,
   * -1 when absent: those {@link Word#start()} and {@link Word#end()} give) and makes the location only for a word
   * that starts a segment.
   */
  public void add(Word word, long startNanos, long endNanos, @Nullable Speaker wordSpeaker, ReadContext context,
      int line, int column) {
    if (startsGroup(startNanos, wordSpeaker)) {
      source = context.at(line, column);
    }
    add(word, startNanos, endNanos);
  }

  /** Closes the group before a word by another speaker or after a pause; true when the word starts a group. */
  private boolean startsGroup(long start, @Nullable Speaker wordSpeaker) {
    if (!words.isEmpty()
        && (wordSpeaker != speaker || start >= 0 && lastEnd >= 0 && start - lastEnd >= PAUSE_NANOS)) {
      flush();
    }
    if (words.isEmpty()) {
      speaker = wordSpeaker;
      return true;
    }
    return false;
  }

  private void add(Word word, long start, long end) {
    int n = words.size();
    starts[n] = start;
    ends[n] = end;
    words.add(word);
    long last = end >= 0 ? end : start;
    if (last >= 0) {
      lastEnd = last;
    }
    if (endsSentence(word.text()) && words.size() >= minSentenceWords || words.size() >= MAX_WORDS) {
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
    long start = -1;
    long end = -1;
    for (int i = 0; i < words.size(); i++) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(words.get(i).text());
      if (start < 0) {
        start = starts[i];
      }
      end = Math.max(end, ends[i] >= 0 ? ends[i] : starts[i]);
    }
    // Cleaned as a string: a string's characters are read faster than a builder's.
    Segment.Builder b = Segment.builder().speaker(speaker).text(CleanText.of(text.toString())).addWords(words)
        .source(source);
    if (start >= 0) {
      b.start(Duration.ofNanos(start)).end(Duration.ofNanos(Math.max(end, start)));
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
