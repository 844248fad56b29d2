package org.colloquy.query;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.colloquy.model.Segment;
import org.colloquy.model.Speaker;

/**
 * An immutable list of segments whose filters return {@code Segments} again, so queries chain; every {@link List}
 * and stream method works as well.
 *
 * <pre>{@code
 * episode.segments().speech().by("yann").containing("backprop").between(ofMinutes(5), ofMinutes(10)).size();
 * episode.segments().turns().stream().mapToInt(Segment::wordCount).max();
 * }</pre>
 *
 * <p>Filters keep source order and never copy segments. Mutating methods throw {@link UnsupportedOperationException}.
 */
public final class Segments extends AbstractList<Segment> implements RandomAccess {

  private static final Segments EMPTY = new Segments(ImmutableList.of());

  private final ImmutableList<Segment> items;

  private Segments(ImmutableList<Segment> items) {
    this.items = items;
  }

  /** The given segments, in the given order. */
  public static Segments of(Iterable<Segment> segments) {
    if (segments instanceof Segments s) {
      return s;
    }
    ImmutableList<Segment> list = ImmutableList.copyOf(segments);
    return list.isEmpty() ? EMPTY : new Segments(list);
  }

  @Override
  public Segment get(int index) {
    return items.get(index);
  }

  @Override
  public int size() {
    return items.size();
  }

  /** The segments for which {@code test} holds. */
  public Segments filter(Predicate<? super Segment> test) {
    ImmutableList.Builder<Segment> kept = ImmutableList.builder();
    boolean all = true;
    for (Segment s : items) {
      if (test.test(s)) {
        kept.add(s);
      } else {
        all = false;
      }
    }
    return all ? this : of(kept.build());
  }

  /** The segments of the speaker that {@code idOrNameOrAlias} names (ignoring case and accents). */
  public Segments by(String idOrNameOrAlias) {
    requireNonNull(idOrNameOrAlias, "idOrNameOrAlias");
    return filter(s -> s.speaker().filter(sp -> sp.id().equals(idOrNameOrAlias) || sp.matches(idOrNameOrAlias))
        .isPresent());
  }

  /** The segments of {@code speaker} (matched by id). */
  public Segments by(Speaker speaker) {
    String id = speaker.id();
    return filter(s -> s.speaker().filter(sp -> sp.id().equals(id)).isPresent());
  }

  /** The segments where someone speaks. */
  public Segments speech() {
    return filter(Segment::isSpeech);
  }

  /** The segments of one kind, such as {@link Segment.Kind#MUSIC}. */
  public Segments ofKind(Segment.Kind kind) {
    return filter(s -> s.kind() == kind);
  }

  /**
   * The segments whose text contains {@code phrase} as whole words, ignoring case, accents and punctuation between
   * words: {@code containing("artificial intelligence")} finds "Artificial Intelligence," but
   * {@code containing("art")} does not find "artificial".
   */
  public Segments containing(String phrase) {
    PhraseMatcher matcher = PhraseMatcher.of(phrase);
    return filter(s -> matcher.matches(s.text()));
  }

  /** The segments whose text {@code pattern} finds a match in. */
  public Segments matching(Pattern pattern) {
    requireNonNull(pattern, "pattern");
    return filter(s -> pattern.matcher(s.text()).find());
  }

  /**
   * The timed segments that overlap the window from {@code from} (inclusive) to {@code to} (exclusive). A segment
   * with a start but no end counts as an instant at its start. Segments without times are left out.
   */
  public Segments between(Duration from, Duration to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    return filter(s -> s.start().filter(start -> {
      Optional<Duration> end = s.end();
      if (end.isEmpty() || end.get().equals(start)) {
        return start.compareTo(from) >= 0 && start.compareTo(to) < 0;
      }
      return start.compareTo(to) < 0 && end.get().compareTo(from) > 0;
    }).isPresent());
  }

  /** The segments going on at {@code offset}: started at or before it and not yet ended. */
  public Segments at(Duration offset) {
    requireNonNull(offset, "offset");
    return filter(s -> s.start().filter(start -> start.compareTo(offset) <= 0
        && s.end().map(end -> end.compareTo(offset) > 0 || end.equals(start) && start.equals(offset))
            .orElse(start.equals(offset)))
        .isPresent());
  }

  /**
   * Turns: speech segments of one speaker that are consecutive in this list merged into one. The merged segment
   * has the first one's start, id and source, the last one's end, the texts joined with a space, and all words and
   * references. Non-speech segments and unattributed speech stay as they are and end a turn. Take turns before
   * filtering by speaker ({@code turns().by("yann")}): after the filter, one speaker's segments are all adjacent.
   */
  public Segments turns() {
    List<Segment> out = new ArrayList<>();
    List<Segment> run = new ArrayList<>();
    for (Segment s : items) {
      if (!run.isEmpty() && !sameTurn(run.get(0), s)) {
        out.add(merge(run));
        run.clear();
      }
      run.add(s);
    }
    if (!run.isEmpty()) {
      out.add(merge(run));
    }
    return out.size() == items.size() ? this : of(out);
  }

  private static boolean sameTurn(Segment first, Segment next) {
    return first.isSpeech() && next.isSpeech() && first.speaker().isPresent()
        && first.speaker().equals(next.speaker());
  }

  private static Segment merge(List<Segment> run) {
    if (run.size() == 1) {
      return run.get(0);
    }
    Segment first = run.get(0);
    Segment last = run.get(run.size() - 1);
    Segment.Builder b = first.toBuilder()
        .text(run.stream().map(Segment::text).filter(t -> !t.isEmpty()).collect(Collectors.joining(" ")));
    if (last.end().isPresent() && first.start().isPresent()) {
      Duration end = last.end().get().compareTo(first.start().get()) >= 0 ? last.end().get() : null;
      if (last.endDerived() && end != null) {
        b.derivedEnd(end);
      } else {
        b.end(end);
      }
    }
    for (Segment s : run.subList(1, run.size())) {
      b.addReferences(s.references()).addWords(s.words());
    }
    return b.build();
  }

  /** The texts of these segments, joined by a space. */
  public String text() {
    return items.stream().map(Segment::text).filter(t -> !t.isEmpty()).collect(Collectors.joining(" "));
  }

  /** The number of words in these segments' texts. */
  public int wordCount() {
    int total = 0;
    for (Segment s : items) {
      total += s.wordCount();
    }
    return total;
  }

  /** The summed length of the segments whose start and end are both known; overlaps count twice. */
  public Duration duration() {
    Duration total = Duration.ZERO;
    for (Segment s : items) {
      Optional<Duration> d = s.duration();
      if (d.isPresent()) {
        total = total.plus(d.get());
      }
    }
    return total;
  }

  /** The speakers of these segments, each once, in order of first appearance. */
  public List<Speaker> speakers() {
    return items.stream().map(Segment::speaker).flatMap(Optional::stream).distinct()
        .collect(ImmutableList.toImmutableList());
  }

  /** The first segment, if any. */
  public Optional<Segment> first() {
    return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0));
  }

  /** The last segment, if any. */
  public Optional<Segment> last() {
    return items.isEmpty() ? Optional.empty() : Optional.of(items.get(items.size() - 1));
  }

  /** The first five segments, one a line, and a count of the rest. */
  @Override
  public String toString() {
    if (items.isEmpty()) {
      return "Segments[]";
    }
    StringBuilder out = new StringBuilder("Segments[").append(items.size()).append("]");
    int shown = Math.min(5, items.size());
    for (int i = 0; i < shown; i++) {
      out.append("\n  ").append(items.get(i));
    }
    if (items.size() > shown) {
      out.append("\n  … ").append(items.size() - shown).append(" more");
    }
    return out.toString();
  }
}
