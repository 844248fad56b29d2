package org.colloquy.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.colloquy.query.EpisodeStats;
import org.colloquy.query.Segments;
import org.jspecify.annotations.Nullable;

/**
 * One conversation — an interview, a podcast episode — with its speakers, what they said, and what is known
 * about it.
 *
 * <p><b>Guarantees.</b> An episode is immutable and thread-safe; it holds no nulls (absent values are
 * {@link Optional}s, absent collections are empty); its collections keep the order the source gave; it is
 * compared by value, so an episode read back from what was written equals the original. Every segment's and
 * quote's speaker is one of {@link #speakers()}. Methods that change something, such as
 * {@link #renameSpeaker(String, String)}, return a new episode.
 *
 * <pre>{@code
 * Episode ep = Colloquy.load(Path.of("interview.txt"));
 * ep.segments().by("yann").containing("backprop").size();
 * ep.stats();
 * }</pre>
 */
public final class Episode {

  private final @Nullable String title;
  private final @Nullable String show;
  private final @Nullable Integer episodeNumber;
  private final @Nullable LocalDate date;
  private final @Nullable Duration duration;
  private final @Nullable String description;
  private final @Nullable String url;
  private final @Nullable String language;
  private final ImmutableList<Speaker> speakers;
  private final Segments segments;
  private final ImmutableList<Quote> quotes;
  private final ImmutableList<Topic> topics;
  private final ImmutableList<Highlight> highlights;
  private final ImmutableMap<String, String> metadata;
  private final ImmutableList<Diagnostic> diagnostics;

  private Episode(Builder b) {
    this.title = b.title;
    this.show = b.show;
    this.episodeNumber = b.episodeNumber;
    this.date = b.date;
    this.duration = b.duration;
    this.description = b.description;
    this.url = b.url;
    this.language = b.language;
    this.speakers = ImmutableList.copyOf(b.speakers);
    List<Segment> built = b.deriveEnds ? EndTimes.derive(b.segments, b.duration) : b.segments;
    this.segments = Segments.of(built);
    this.quotes = ImmutableList.copyOf(b.quotes);
    this.topics = ImmutableList.copyOf(b.topics);
    this.highlights = ImmutableList.copyOf(b.highlights);
    this.metadata = ImmutableMap.copyOf(b.metadata);
    this.diagnostics = ImmutableList.copyOf(b.diagnostics);
    validate(b.named.overflowed ? null : b.named.speakers);
  }

  /** A copy of {@code e} with other diagnostics; nothing else changes, so nothing needs checking again. */
  private Episode(Episode e, ImmutableList<Diagnostic> diagnostics) {
    this.title = e.title;
    this.show = e.show;
    this.episodeNumber = e.episodeNumber;
    this.date = e.date;
    this.duration = e.duration;
    this.description = e.description;
    this.url = e.url;
    this.language = e.language;
    this.speakers = e.speakers;
    this.segments = e.segments;
    this.quotes = e.quotes;
    this.topics = e.topics;
    this.highlights = e.highlights;
    this.metadata = e.metadata;
    this.diagnostics = diagnostics;
  }

  /**
   * This episode with {@code more} diagnostics after its own, as a format registry adds what a read reported.
   * Everything else is shared with this episode, not copied.
   */
  public Episode withDiagnostics(List<Diagnostic> more) {
    if (more.isEmpty()) {
      return this;
    }
    return new Episode(this, ImmutableList.<Diagnostic>builderWithExpectedSize(diagnostics.size() + more.size())
        .addAll(diagnostics).addAll(more).build());
  }

  /**
   * Checks the episode's invariants; {@code segmentSpeakers}, when known, are the distinct speakers its segments
   * name, so that the segments themselves need not be visited again.
   */
  private void validate(@Nullable List<Speaker> segmentSpeakers) {
    if (duration != null) {
      checkArgument(!duration.isNegative(), "episode duration %s is negative", duration);
    }
    if (episodeNumber != null) {
      checkArgument(episodeNumber >= 0, "episode number %s is negative", episodeNumber);
    }
    Map<String, Speaker> byId = new HashMap<>();
    for (Speaker s : speakers) {
      Speaker earlier = byId.putIfAbsent(s.id(), s);
      checkArgument(earlier == null, "two speakers share the id %s: %s and %s", s.id(), earlier, s);
    }
    boolean known = segmentSpeakers != null;
    for (int i = 0; known && i < segmentSpeakers.size(); i++) {
      Speaker s = segmentSpeakers.get(i);
      known = s.equals(byId.get(s.id()));
    }
    if (!known) {
      // Not known to be fine: find the first segment at fault, for the message.
      for (int i = 0; i < segments.size(); i++) {
        Segment segment = segments.get(i);
        Speaker s = segment.speakerOrNull();
        if (s != null) {
          int index = i;
          checkKnown(byId, s, () -> "segment " + index + " " + segment);
        }
      }
    }
    for (Quote q : quotes) {
      q.speaker().ifPresent(s -> checkKnown(byId, s, () -> "quote " + q));
      q.segmentIndex().ifPresent(i -> checkArgument(i < segments.size(),
          "quote %s names segment %s, but the episode has %s segments", q, i, segments.size()));
    }
    for (Topic t : topics) {
      for (int i : t.segmentIndexes()) {
        checkArgument(i < segments.size(),
            "topic \"%s\" names segment %s, but the episode has %s segments", t.name(), i, segments.size());
      }
    }
  }

  /**
   * The distinct speakers (by identity) that a builder's segments name, noted as segments are added, while they are
   * at hand: checking a few speakers at build time costs less than visiting every segment again. Readers share one
   * {@link Speaker} per person; past {@link #LIMIT} distinct instances the build visits the segments instead.
   */
  private static final class NamedSpeakers {
    static final int LIMIT = 64;
    final List<Speaker> speakers = new ArrayList<>();
    boolean overflowed;
    private @Nullable Speaker last;

    void add(@Nullable Speaker speaker) {
      if (speaker == null || speaker == last || overflowed) {
        return;
      }
      last = speaker;
      for (int i = 0; i < speakers.size(); i++) {
        if (speakers.get(i) == speaker) {
          return;
        }
      }
      if (speakers.size() == LIMIT) {
        overflowed = true;
      } else {
        speakers.add(speaker);
      }
    }
  }

  // The description is a supplier so that it is built only when a check fails.
  private static void checkKnown(Map<String, Speaker> byId, Speaker speaker, Supplier<String> what) {
    Speaker known = byId.get(speaker.id());
    if (known == null) {
      checkArgument(false, "%s names speaker %s, which the episode does not have (it has %s)",
          what.get(), speaker.id(), byId.keySet());
    } else if (known != speaker && !known.equals(speaker)) {
      checkArgument(false, "%s names speaker %s as %s, but the episode lists it as %s",
          what.get(), speaker.id(), speaker, known);
    }
  }

  /**
   * One episode holding what two descriptions of the same conversation say, such as a summary page and a
   * transcript. {@code first} wins every conflict; each conflict is kept as a {@code merge-conflict} warning in the
   * result's {@link #diagnostics()}.
   *
   * <ul>
   *   <li>Title, show, number, date, duration, description, address, language and metadata: a value absent from
   *       one is taken from the other; differing values are a conflict.
   *   <li>Speakers: a speaker of {@code second} is the speaker of {@code first} with the same id, else the first
   *       one whose id, names or aliases match any of its own ignoring case and accents ({@code Yann Lecun} is
   *       {@code Yann LeCun}). Else a one-word name ({@code YANN}) is the speaker whose longer name starts or ends
   *       with that word, if exactly one speaker fits; that guess is noted as a {@code merge-speaker-match} info,
   *       and a one-word name that fits several is kept apart with a {@code merge-speaker-ambiguous} info. A
   *       matched speaker keeps {@code first}'s id and display name (unless that is a one-word label shown as is,
   *       such as {@code YANN}, and the other gives a full name),
   *       takes the other's role where its own is UNKNOWN, and gains the other's names as aliases. Unmatched
   *       speakers of {@code second} are added after {@code first}'s.
   *   <li>Segments: {@code first}'s, then {@code second}'s, re-keyed to the merged speakers.
   *   <li>Quotes, topics, highlights: {@code first}'s, then {@code second}'s less exact duplicates; segment indexes
   *       of {@code second}'s quotes and topics are shifted past {@code first}'s segments.
   *   <li>Diagnostics: {@code first}'s, {@code second}'s, then the merge's own.
   * </ul>
   */
  public static Episode merge(Episode first, Episode second) {
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    return EpisodeMerger.merge(first, second);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this episode's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.title = title;
    b.show = show;
    b.episodeNumber = episodeNumber;
    b.date = date;
    b.duration = duration;
    b.description = description;
    b.url = url;
    b.language = language;
    b.speakers.addAll(speakers);
    b.segments.addAll(segments);
    // Not gone through segment by segment: the new episode checks its segments itself.
    b.named.overflowed = true;
    b.quotes.addAll(quotes);
    b.topics.addAll(topics);
    b.highlights.addAll(highlights);
    b.metadata.putAll(metadata);
    b.diagnostics.addAll(diagnostics);
    return b;
  }

  /** The episode's title. */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** The show or series the episode belongs to. */
  public Optional<String> show() {
    return Optional.ofNullable(show);
  }

  /** The episode's number within its show. */
  public OptionalInt episodeNumber() {
    return episodeNumber == null ? OptionalInt.empty() : OptionalInt.of(episodeNumber);
  }

  /** When the episode was published or recorded. */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /** How long the episode is, as its source states. */
  public Optional<Duration> duration() {
    return Optional.ofNullable(duration);
  }

  /** A description or summary of the episode. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** Where the episode can be found. */
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  /** The language of the conversation, as a BCP 47 tag such as {@code en} or {@code fr-CA}. */
  public Optional<String> language() {
    return Optional.ofNullable(language);
  }

  /** The speakers, in the order the source introduced them. Unmodifiable. */
  public List<Speaker> speakers() {
    return speakers;
  }

  /** Every segment in source order, ready to query. */
  public Segments segments() {
    return segments;
  }

  /** The notable statements. Unmodifiable. */
  public List<Quote> quotes() {
    return quotes;
  }

  /** The themes and chapters. Unmodifiable. */
  public List<Topic> topics() {
    return topics;
  }

  /** Headlines, key points and takeaways. Unmodifiable. */
  public List<Highlight> highlights() {
    return highlights;
  }

  /** Other facts the source gave about the episode, by name. Unmodifiable. */
  public Map<String, String> metadata() {
    return metadata;
  }

  /** What was skipped, repaired, guessed or noted while reading the episode. Unmodifiable. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * The speaker that {@code idOrNameOrAlias} names: an exact id first, then any speaker that
   * {@linkplain Speaker#matches(String) matches} it ignoring case and accents.
   */
  public Optional<Speaker> speaker(String idOrNameOrAlias) {
    requireNonNull(idOrNameOrAlias, "idOrNameOrAlias");
    for (Speaker s : speakers) {
      if (s.id().equals(idOrNameOrAlias)) {
        return Optional.of(s);
      }
    }
    return speakers.stream().filter(s -> s.matches(idOrNameOrAlias)).findFirst();
  }

  /** Talk time, words, turns and questions per speaker. */
  public EpisodeStats stats() {
    return EpisodeStats.of(this);
  }

  /**
   * A copy in which the speaker {@code who} shows as {@code newDisplayName}; its id stays, and its former display
   * name becomes an alias so queries by it keep working.
   *
   * @throws IllegalArgumentException if no speaker answers to {@code who}
   */
  public Episode renameSpeaker(String who, String newDisplayName) {
    requireNonNull(newDisplayName, "newDisplayName");
    return withSpeaker(who, s -> {
      Speaker renamed = s.withDisplayName(newDisplayName);
      return s.displayName().equals(s.id()) || s.displayName().equals(newDisplayName)
          ? renamed
          : renamed.withAliases(List.of(s.displayName()));
    });
  }

  /** A copy in which the speaker {@code who} is also known by {@code aliases}. */
  public Episode addSpeakerAliases(String who, String... aliases) {
    requireNonNull(aliases, "aliases");
    return withSpeaker(who, s -> s.withAliases(Arrays.asList(aliases)));
  }

  /**
   * A copy in which the speaker {@code who} is replaced by what {@code change} makes of it, and every segment and
   * quote re-keyed to the result.
   *
   * @throws IllegalArgumentException if no speaker answers to {@code who}, or the new id is another speaker's
   */
  public Episode withSpeaker(String who, UnaryOperator<Speaker> change) {
    requireNonNull(change, "change");
    Speaker old = requireSpeaker(who);
    Speaker replacement = requireNonNull(change.apply(old), "the changed speaker");
    Map<Speaker, Speaker> rekey = new IdentityHashMap<>();
    rekey.put(old, replacement);
    List<Speaker> newSpeakers = speakers.stream().map(s -> s == old ? replacement : s).collect(Collectors.toList());
    return rekeyed(newSpeakers, rekey);
  }

  /**
   * A copy in which the speaker {@code from} is folded into {@code into}: its segments and quotes are re-keyed to
   * {@code into}, which gains {@code from}'s id and names as aliases, and {@code from} is removed. This is how two
   * diarisation labels found to be one person ({@code SPEAKER_00} and {@code SPEAKER_02}) become one speaker.
   *
   * @throws IllegalArgumentException if either is unknown, or both name the same speaker
   */
  public Episode mergeSpeakers(String from, String into) {
    requireNonNull(from, "from");
    requireNonNull(into, "into");
    Speaker source = requireSpeaker(from);
    Speaker target = requireSpeaker(into);
    checkArgument(source != target, "%s and %s are already the same speaker %s", from, into, source.id());
    List<String> aliases = new ArrayList<>();
    aliases.add(source.id());
    aliases.add(source.displayName());
    source.fullName().ifPresent(aliases::add);
    aliases.addAll(source.aliases());
    aliases.removeIf(a -> a.equals(target.id()) || a.equals(target.displayName()));
    Speaker merged = target.withAliases(aliases);
    Map<Speaker, Speaker> rekey = new IdentityHashMap<>();
    rekey.put(source, merged);
    rekey.put(target, merged);
    List<Speaker> newSpeakers = new ArrayList<>();
    for (Speaker s : speakers) {
      if (s == target) {
        newSpeakers.add(merged);
      } else if (s != source) {
        newSpeakers.add(s);
      }
    }
    return rekeyed(newSpeakers, rekey);
  }

  private Speaker requireSpeaker(String who) {
    return speaker(who).orElseThrow(() -> new IllegalArgumentException(
        "no speaker answers to \"" + who + "\"; the episode has "
            + speakers.stream().map(Speaker::id).collect(Collectors.joining(", ", "[", "]"))));
  }

  private Episode rekeyed(List<Speaker> newSpeakers, Map<Speaker, Speaker> rekey) {
    Builder b = toBuilder();
    b.speakers.clear();
    b.speakers.addAll(newSpeakers);
    b.segments.replaceAll(seg -> seg.speaker().filter(rekey::containsKey)
        .map(s -> seg.withSpeaker(Optional.of(rekey.get(s)))).orElse(seg));
    b.quotes.replaceAll(q -> q.speaker().filter(rekey::containsKey)
        .map(s -> q.withSpeaker(Optional.of(rekey.get(s)))).orElse(q));
    return b.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Episode e
        && Objects.equals(title, e.title)
        && Objects.equals(show, e.show)
        && Objects.equals(episodeNumber, e.episodeNumber)
        && Objects.equals(date, e.date)
        && Objects.equals(duration, e.duration)
        && Objects.equals(description, e.description)
        && Objects.equals(url, e.url)
        && Objects.equals(language, e.language)
        && speakers.equals(e.speakers)
        && segments.equals(e.segments)
        && quotes.equals(e.quotes)
        && topics.equals(e.topics)
        && highlights.equals(e.highlights)
        && metadata.equals(e.metadata)
        && diagnostics.equals(e.diagnostics);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, show, episodeNumber, date, duration, description, url, language, speakers,
        segments, quotes, topics, highlights, metadata, diagnostics);
  }

  /**
   * A one-line summary for the JShell prompt:
   * {@code Episode["Yann LeCun…", Lex Fridman Podcast #36, 2019-08-31, 1:15:00, 2 speakers [LEX, YANN], 150 segments]}.
   */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    if (title != null) {
      parts.add('"' + title + '"');
    }
    if (show != null || episodeNumber != null) {
      parts.add((show == null ? "" : show) + (episodeNumber == null ? "" : " #" + episodeNumber));
    }
    if (date != null) {
      parts.add(date.toString());
    }
    Optional<Duration> length = duration().or(this::timelineEnd);
    length.ifPresent(d -> parts.add(Timestamps.format(d)));
    parts.add(count(speakers.size(), "speaker") + " "
        + speakers.stream().map(Speaker::id).collect(Collectors.joining(", ", "[", "]")));
    parts.add(count(segments.size(), "segment"));
    if (!quotes.isEmpty()) {
      parts.add(count(quotes.size(), "quote"));
    }
    if (!topics.isEmpty()) {
      parts.add(count(topics.size(), "topic"));
    }
    if (!highlights.isEmpty()) {
      parts.add(count(highlights.size(), "highlight"));
    }
    if (!diagnostics.isEmpty()) {
      parts.add(count(diagnostics.size(), "diagnostic"));
    }
    return "Episode[" + String.join(", ", parts) + "]";
  }

  private Optional<Duration> timelineEnd() {
    return segments.stream()
        .map(s -> s.end().or(s::start))
        .flatMap(Optional::stream)
        .max(Duration::compareTo);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * Builds an {@link Episode}; the only mutable companion of the model. {@link #build()} checks that the parts fit
   * together and says what does not.
   */
  public static final class Builder {
    private @Nullable String title;
    private @Nullable String show;
    private @Nullable Integer episodeNumber;
    private @Nullable LocalDate date;
    private @Nullable Duration duration;
    private @Nullable String description;
    private @Nullable String url;
    private @Nullable String language;
    private final List<Speaker> speakers = new ArrayList<>();
    private final List<Segment> segments = new ArrayList<>();
    private NamedSpeakers named = new NamedSpeakers();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Topic> topics = new ArrayList<>();
    private final List<Highlight> highlights = new ArrayList<>();
    private final Map<String, String> metadata = new java.util.LinkedHashMap<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private boolean deriveEnds;

    private Builder() {}

    /** The title; {@code null} for none. */
    public Builder title(@Nullable String newTitle) {
      this.title = newTitle;
      return this;
    }

    /** The show; {@code null} for none. */
    public Builder show(@Nullable String newShow) {
      this.show = newShow;
      return this;
    }

    /** The episode number; {@code null} for none. */
    public Builder episodeNumber(@Nullable Integer newNumber) {
      this.episodeNumber = newNumber;
      return this;
    }

    /** The date; {@code null} for none. */
    public Builder date(@Nullable LocalDate newDate) {
      this.date = newDate;
      return this;
    }

    /** The length; {@code null} for not known. */
    public Builder duration(@Nullable Duration newDuration) {
      this.duration = newDuration;
      return this;
    }

    /** The description; {@code null} for none. */
    public Builder description(@Nullable String newDescription) {
      this.description = newDescription;
      return this;
    }

    /** The address; {@code null} for none. */
    public Builder url(@Nullable String newUrl) {
      this.url = newUrl;
      return this;
    }

    /** The language tag; {@code null} for not known. */
    public Builder language(@Nullable String newLanguage) {
      this.language = newLanguage;
      return this;
    }

    /** Adds a speaker. */
    public Builder addSpeaker(Speaker speaker) {
      speakers.add(requireNonNull(speaker, "speaker"));
      return this;
    }

    /** Adds speakers. */
    public Builder addSpeakers(Iterable<Speaker> more) {
      more.forEach(this::addSpeaker);
      return this;
    }

    /** Appends a segment. */
    public Builder addSegment(Segment segment) {
      segments.add(requireNonNull(segment, "segment"));
      named.add(segment.speakerOrNull());
      return this;
    }

    /** Appends segments. */
    public Builder addSegments(Iterable<Segment> more) {
      more.forEach(this::addSegment);
      return this;
    }

    /** Removes every segment added so far. */
    public Builder clearSegments() {
      segments.clear();
      named = new NamedSpeakers();
      return this;
    }

    /** Adds a quote. */
    public Builder addQuote(Quote quote) {
      quotes.add(requireNonNull(quote, "quote"));
      return this;
    }

    /** Adds a topic. */
    public Builder addTopic(Topic topic) {
      topics.add(requireNonNull(topic, "topic"));
      return this;
    }

    /** Adds a highlight. */
    public Builder addHighlight(Highlight highlight) {
      highlights.add(requireNonNull(highlight, "highlight"));
      return this;
    }

    /** Keeps a fact about the episode; a later value for the same name wins. */
    public Builder metadata(String name, String value) {
      metadata.put(requireNonNull(name, "name"), requireNonNull(value, "value"));
      return this;
    }

    /** Records a diagnostic. */
    public Builder addDiagnostic(Diagnostic diagnostic) {
      diagnostics.add(requireNonNull(diagnostic, "diagnostic"));
      return this;
    }

    /** Records diagnostics. */
    public Builder addDiagnostics(Iterable<Diagnostic> more) {
      more.forEach(this::addDiagnostic);
      return this;
    }

    /**
     * Gives segments that have a start but no end the start of the next segment as their end, marked
     * {@linkplain Segment#endDerived() derived}. This is safe, and done, only where the next segment with a start
     * (in source order) starts at or after this one; the last timed segment ends at the episode's
     * {@linkplain #duration(Duration) duration} when that is known and not before its start, and otherwise keeps no
     * end. Overlapping or out-of-order segments keep their given times.
     */
    public Builder deriveEndTimes() {
      this.deriveEnds = true;
      return this;
    }

    /**
     * The episode.
     *
     * @throws IllegalArgumentException if the parts do not fit together: two speakers with one id, a segment or
     *     quote naming a speaker the episode does not have, an index past the last segment, a negative duration
     */
    public Episode build() {
      return new Episode(this);
    }
  }
}
