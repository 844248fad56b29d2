package org.colloquy.parsers.common;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.colloquy.model.Word;

/**
 * Times for the words a recogniser left untimed (WhisperX does for numbers and symbols it could not align), worked
 * out from their neighbours so that nothing is dropped; such words are marked {@link Word#interpolated()}. Internal.
 */
public final class WordTimes {

  /** An unknown bound. */
  public static final long NONE = -1;

  private WordTimes() {}

  /**
   * Gives each untimed word of {@code words} (replaced in place) a share of the gap between the timed words around
   * it, or between the segment's bounds ({@code lowerNanos}, {@code upperNanos}, {@link #NONE} when unknown) at the
   * edges. A run with a time on one side only is placed at that time; a run with none stays untimed.
   *
   * @return how many words were given times
   */
  public static int interpolate(List<Word> words, long lowerNanos, long upperNanos) {
    int done = 0;
    int n = words.size();
    for (int i = 0; i < n; i++) {
      if (words.get(i).start().isPresent()) {
        continue;
      }
      int from = i;
      while (i < n && words.get(i).start().isEmpty()) {
        i++;
      }
      long left = from > 0 ? endOf(words.get(from - 1)) : lowerNanos;
      long right = i < n ? nanos(words.get(i).start()) : upperNanos;
      if (left == NONE && right == NONE) {
        continue;
      }
      if (left == NONE) {
        left = right;
      } else if (right == NONE || right < left) {
        right = left;
      }
      int run = i - from;
      long step = (right - left) / run;
      for (int k = 0; k < run; k++) {
        long start = left + k * step;
        long end = k == run - 1 ? right : start + step;
        words.set(from + k, words.get(from + k).interpolatedAt(Duration.ofNanos(start), Duration.ofNanos(end)));
      }
      done += run;
    }
    return done;
  }

  /**
   * A word from a recogniser's parts: times in nanoseconds ({@link #NONE} when absent; an end before the start is
   * dropped), a confidence (NaN when absent). {@code text} must not be blank.
   */
  public static Word word(String text, long startNanos, long endNanos, double confidence) {
    if (startNanos != NONE && endNanos != NONE && endNanos >= startNanos) {
      // The common case in one construction rather than two.
      Duration start = Duration.ofNanos(startNanos);
      Duration end = Duration.ofNanos(endNanos);
      return Double.isNaN(confidence) ? Word.of(text, start, end) : Word.of(text, start, end, confidence);
    }
    Word w;
    if (startNanos == NONE) {
      w = Word.of(text);
    } else {
      w = Word.of(text).at(Duration.ofNanos(startNanos), Optional.empty());
    }
    return Double.isNaN(confidence) ? w : w.withConfidence(confidence);
  }

  /** {@code word} with {@code suffix} (a punctuation mark a recogniser gave on its own) attached to its text. */
  public static Word attach(Word word, String suffix) {
    Word joined = word(word.text() + suffix, nanos(word.start()), nanos(word.end()),
        word.confidence().orElse(Double.NaN));
    if (word.interpolated()) {
      joined = joined.interpolatedAt(word.start().orElseThrow(), word.end().or(word::start).orElseThrow());
    }
    return joined;
  }

  private static long endOf(Word w) {
    return w.end().isPresent() ? nanos(w.end()) : nanos(w.start());
  }

  private static long nanos(Optional<Duration> d) {
    return d.isPresent() ? d.get().toNanos() : NONE;
  }
}
