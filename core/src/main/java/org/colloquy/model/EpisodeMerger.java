package org.colloquy.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.colloquy.model.Diagnostic.Severity;
import org.jspecify.annotations.Nullable;

/**
 * Combines two episodes that describe one conversation; the rules are documented on
 * {@link Episode#merge(Episode, Episode)}.
 */
final class EpisodeMerger {

  static final String CONFLICT = "merge-conflict";
  static final String SPEAKER_MATCH = "merge-speaker-match";
  static final String SPEAKER_AMBIGUOUS = "merge-speaker-ambiguous";

  private final Episode first;
  private final Episode second;
  private final List<Diagnostic> notes = new ArrayList<>();
  private final Map<Speaker, Integer> slotOfFirst = new HashMap<>();
  private final Map<Speaker, Integer> slotOfSecond = new HashMap<>();

  private EpisodeMerger(Episode first, Episode second) {
    this.first = first;
    this.second = second;
  }

  static Episode merge(Episode first, Episode second) {
    return new EpisodeMerger(first, second).merge();
  }

  private Episode merge() {
    Episode.Builder b = Episode.builder()
        .title(pick("title", first.title(), second.title()))
        .show(pick("show", first.show(), second.show()))
        .episodeNumber(pick("episode number", boxed(first.episodeNumber()), boxed(second.episodeNumber())))
        .date(pick("date", first.date(), second.date()))
        .duration(pick("duration", first.duration(), second.duration()))
        .description(pick("description", first.description(), second.description()))
        .url(pick("url", first.url(), second.url()))
        .language(pick("language", first.language(), second.language()));
    Map<String, String> metadata = new LinkedHashMap<>(first.metadata());
    second.metadata().forEach((name, value) -> {
      String kept = metadata.putIfAbsent(name, value);
      if (kept != null && !kept.equals(value)) {
        conflict("metadata " + name, kept, value);
      }
    });
    metadata.forEach(b::metadata);

    List<Speaker> merged = mergeSpeakers();
    b.addSpeakers(merged);
    // Within one episode speakers with different ids differ, so a speaker's value finds its merged self.
    Map<Speaker, Speaker> fromFirst = new HashMap<>();
    Map<Speaker, Speaker> fromSecond = new HashMap<>();
    slotOfFirst.forEach((original, slot) -> fromFirst.put(original, merged.get(slot)));
    slotOfSecond.forEach((original, slot) -> fromSecond.put(original, merged.get(slot)));
    Function<Speaker, Speaker> firstTo = s -> requireNonNull(fromFirst.get(s), "re-keyed speaker");
    Function<Speaker, Speaker> secondTo = s -> requireNonNull(fromSecond.get(s), "re-keyed speaker");
    int shift = first.segments().size();

    for (Segment s : first.segments()) {
      b.addSegment(s.speaker().isPresent() ? s.withSpeaker(s.speaker().map(firstTo)) : s);
    }
    for (Segment s : second.segments()) {
      b.addSegment(s.speaker().isPresent() ? s.withSpeaker(s.speaker().map(secondTo)) : s);
    }
    Set<Quote> quotes = new LinkedHashSet<>();
    first.quotes().forEach(q -> quotes.add(q.withSpeaker(q.speaker().map(firstTo))));
    second.quotes().forEach(q -> quotes.add(new Quote(q.text(), q.speaker().map(secondTo), shifted(q.segmentIndex(), shift),
        q.offset())));
    quotes.forEach(b::addQuote);
    Set<Topic> topics = new LinkedHashSet<>(first.topics());
    for (Topic t : second.topics()) {
      List<Integer> indexes = new ArrayList<>();
      t.segmentIndexes().forEach(i -> indexes.add(i + shift));
      topics.add(new Topic(t.name(), t.description(), t.spans(), indexes, t.attributes()));
    }
    topics.forEach(b::addTopic);
    new LinkedHashSet<>(concat(first.highlights(), second.highlights())).forEach(b::addHighlight);
    b.addDiagnostics(first.diagnostics()).addDiagnostics(second.diagnostics()).addDiagnostics(notes);
    return b.build();
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static OptionalInt shifted(OptionalInt index, int shift) {
    return index.isPresent() ? OptionalInt.of(index.getAsInt() + shift) : index;
  }

  private static Optional<Integer> boxed(OptionalInt value) {
    return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
  }

  private <T> @Nullable T pick(String what, Optional<T> a, Optional<T> b) {
    if (a.isPresent() && b.isPresent() && !a.get().equals(b.get())) {
      conflict(what, a.get(), b.get());
    }
    return a.or(() -> b).orElse(null);
  }

  private void conflict(String what, Object kept, Object setAside) {
    notes.add(Diagnostic.of(Severity.WARNING, CONFLICT, "the episodes differ in their " + what + ": kept \""
        + kept + "\" from the first, set aside \"" + setAside + "\" from the second"));
  }

  /** The speakers of the merged episode; fills {@link #slotOfFirst} and {@link #slotOfSecond}. */
  private List<Speaker> mergeSpeakers() {
    List<Speaker> merged = new ArrayList<>(first.speakers());
    for (int i = 0; i < merged.size(); i++) {
      slotOfFirst.put(merged.get(i), i);
    }
    for (Speaker s : second.speakers()) {
      int match = match(s);
      if (match >= 0) {
        merged.set(match, combine(merged.get(match), s));
        slotOfSecond.put(s, match);
      } else {
        slotOfSecond.put(s, merged.size());
        merged.add(s);
      }
    }
    return merged;
  }

  /** The index in the first episode's speakers of the one {@code s} is, or -1. */
  private int match(Speaker s) {
    List<Speaker> candidates = first.speakers();
    for (int i = 0; i < candidates.size(); i++) {
      if (candidates.get(i).id().equals(s.id())) {
        return i;
      }
    }
    for (int i = 0; i < candidates.size(); i++) {
      Speaker c = candidates.get(i);
      if (names(s).stream().anyMatch(c::matches)) {
        return i;
      }
    }
    return matchByOneName(s);
  }

  /**
   * A transcript labels people by one name ({@code YANN}) where a summary names them in full ({@code Yann LeCun}):
   * a one-word name matches a longer name whose first or last word it is, but only when exactly one speaker on the
   * other side fits, because {@code CHRIS} cannot tell two Chrises apart.
   */
  private int matchByOneName(Speaker s) {
    List<Speaker> candidates = first.speakers();
    List<Integer> fits = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      if (oneNameFits(s, candidates.get(i)) || oneNameFits(candidates.get(i), s)) {
        fits.add(i);
      }
    }
    if (fits.size() == 1) {
      Speaker c = candidates.get(fits.get(0));
      notes.add(Diagnostic.of(Severity.INFO, SPEAKER_MATCH, "took " + s.id() + " (\"" + s.displayName()
          + "\") of the second episode to be " + c.id() + " (\"" + c.displayName()
          + "\") of the first, by a first or last name they share"));
      return fits.get(0);
    }
    if (fits.size() > 1) {
      notes.add(Diagnostic.of(Severity.INFO, SPEAKER_AMBIGUOUS, "kept " + s.id() + " of the second episode apart: "
          + "its name fits " + fits.size() + " speakers of the first ("
          + String.join(", ", fits.stream().map(i -> candidates.get(i).id()).toList()) + ")"));
    }
    return -1;
  }

  private static boolean oneNameFits(Speaker single, Speaker full) {
    for (String one : names(single)) {
      String folded = Names.fold(one);
      if (folded.isEmpty() || folded.contains(" ")) {
        continue;
      }
      for (String longer : names(full)) {
        String[] words = Names.fold(longer).split(" ");
        if (words.length > 1 && (words[0].equals(folded) || words[words.length - 1].equals(folded))) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> names(Speaker s) {
    List<String> names = new ArrayList<>();
    names.add(s.id());
    names.add(s.displayName());
    s.fullName().ifPresent(names::add);
    names.addAll(s.aliases());
    return names;
  }

  /**
   * {@code kept} enriched by {@code other}: a known role replaces UNKNOWN, a bare label gives way to the other's
   * full name as display name, and every other name of {@code other} becomes an alias.
   */
  private Speaker combine(Speaker kept, Speaker other) {
    Speaker result = kept;
    if (result.role() == Speaker.Role.UNKNOWN) {
      result = result.withRole(other.role());
    } else if (other.role() != Speaker.Role.UNKNOWN && other.role() != result.role()) {
      conflict("role of " + kept.id(), result.role(), other.role());
    }
    if (isBareLabel(result) && other.displayName().strip().contains(" ")) {
      result = result.withDisplayName(other.displayName());
    }
    if (result.fullName().isEmpty() && other.fullName().isPresent()) {
      result = result.withFullName(other.fullName().get());
    }
    List<String> aliases = new ArrayList<>();
    for (String name : names(other)) {
      Speaker sofar = result;
      if (!sofar.matches(name) && aliases.stream().noneMatch(a -> Names.fold(a).equals(Names.fold(name)))) {
        aliases.add(name);
      }
    }
    return aliases.isEmpty() ? result : result.withAliases(aliases);
  }

  /** A transcript's one-word label shown as it is ({@code YANN}, {@code SPEAKER_00}), not a person's name. */
  private static boolean isBareLabel(Speaker s) {
    return s.displayName().equals(s.id()) && !s.id().strip().contains(" ");
  }
}
