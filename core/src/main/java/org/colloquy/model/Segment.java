package org.colloquy.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One stretch of a conversation: who spoke, when, and what was said — or a stretch that is not speech, such as a
 * music interlude.
 *
 * <p>Times are offsets from the start of the episode. A segment may lack them (a script with no timestamps), may
 * lack only its end, and may overlap its neighbours when two people talk at once: Colloquy never clips or
 * reorders segments to hide that. {@link #endDerived()} tells whether the end was given by the source or derived
 * from the next segment's start.
 *
 * <p>Instances are immutable and compared by value; build them with {@link #builder()}.
 */
public final class Segment {

  /** What a segment holds. */
  public enum Kind {
    /** Someone speaking. */
    SPEECH,
    /** Music: an interlude, a theme, a credited song. */
    MUSIC,
    /** Other sound worth noting: laughter, applause, crosstalk, an inaudible passage. */
    SOUND,
    /** Silence or a gap in the recording. */
    SILENCE,
    /** An advertisement or sponsor read. */
    ADVERTISEMENT,
    /** Anything else a transcript marks that is not speech. */
    OTHER
  }

  private static final Kind[] KINDS = Kind.values();
  private static final int DERIVED = 0x10;
  /** A time not given. */
  private static final long NONE = -1;
  /** A time too far out for a long of nanoseconds (292 years), kept in {@link #wide}. */
  private static final long WIDE = -2;
  /** The largest whole second whose every nanosecond still fits a long. */
  private static final long MAX_NANO_SECONDS = Long.MAX_VALUE / 1_000_000_000L - 1;

  // A segment per caption cue or recogniser phrase, millions in a large file: times are primitive nanoseconds and
  // the source location is unpacked, with the boxed forms made in the accessors. Kind and endDerived share a byte.
  private final byte flags;
  private final @Nullable Speaker speaker;
  private final long startNanos;
  private final long endNanos;
  private final String text;
  private final ImmutableList<Reference> references;
  /** {@link PackedWords}: a list of word objects, each with its own string, costs 16 times the words' text. */
  private final byte[] words;
  private final @Nullable String id;
  private final @Nullable String sourceName;
  private final int sourceLine;
  private final int sourceColumn;
  private final ImmutableMap<String, String> attributes;
  /** {start, end} when either is {@link #WIDE}; null otherwise, as nearly always. */
  private final Duration @Nullable [] wide;

  private Segment(Builder b) {
    Duration start = b.start;
    Duration end = b.end;
    this.speaker = b.speaker;
    this.text = b.text;
    this.references = b.references == null ? ImmutableList.of() : b.references.build();
    this.words = b.words == null ? PackedWords.NONE : PackedWords.pack(b.words, b.text);
    this.id = b.id;
    SourceLocation source = b.source;
    this.sourceName = source == null ? null : source.source();
    this.sourceLine = source == null ? 0 : source.line();
    this.sourceColumn = source == null ? 0 : source.column();
    this.attributes = b.attributes == null ? ImmutableMap.of() : b.attributes.buildKeepingLast();
    // The checks are spelled out so that describe() runs only when one fails: readers build millions of segments.
    if (start != null && start.isNegative()) {
      checkArgument(false, "segment %s starts at %s, before the episode", describe(), start);
    }
    if (end != null) {
      if (start == null) {
        checkArgument(false, "segment %s has an end (%s) but no start", describe(), end);
      } else if (end.compareTo(start) < 0) {
        checkArgument(false, "segment %s ends at %s, before its start %s", describe(), end, start);
      }
    }
    this.flags = (byte) (b.kind.ordinal() | (b.endDerived && end != null ? DERIVED : 0));
    this.startNanos = encode(start);
    this.endNanos = encode(end);
    this.wide = startNanos == WIDE || endNanos == WIDE ? new Duration[] {start, end} : null;
  }

  /** A copy with a derived end; what {@link EndTimes} makes of every timed segment, without a builder. */
  private Segment(Segment s, Duration derivedEnd) {
    this.speaker = s.speaker;
    this.text = s.text;
    this.references = s.references;
    this.words = s.words;
    this.id = s.id;
    this.sourceName = s.sourceName;
    this.sourceLine = s.sourceLine;
    this.sourceColumn = s.sourceColumn;
    this.attributes = s.attributes;
    Duration start = s.startTime();
    if (start == null || derivedEnd.compareTo(start) < 0) {
      checkArgument(false, "segment %s ends at %s, before its start %s", describe(), derivedEnd, start);
    }
    this.flags = (byte) ((s.flags & ~DERIVED) | DERIVED);
    this.startNanos = s.startNanos;
    this.endNanos = encode(derivedEnd);
    this.wide = startNanos == WIDE || endNanos == WIDE ? new Duration[] {start, derivedEnd} : null;
  }

  private static long encode(@Nullable Duration time) {
    if (time == null) {
      return NONE;
    }
    return time.getSeconds() <= MAX_NANO_SECONDS ? time.toNanos() : WIDE;
  }

  private @Nullable Duration startTime() {
    return time(startNanos, 0);
  }

  private @Nullable Duration endTime() {
    return time(endNanos, 1);
  }

  private @Nullable Duration time(long nanos, int which) {
    if (nanos >= 0) {
      return Duration.ofNanos(nanos);
    }
    return nanos == NONE ? null : requireNonNull(wide)[which];
  }

  private @Nullable SourceLocation sourceLocation() {
    return sourceName == null ? null : new SourceLocation(sourceName, sourceLine, sourceColumn);
  }

  /** This segment ending at {@code derivedEnd}, marked derived. */
  Segment withDerivedEnd(Duration derivedEnd) {
    return new Segment(this, requireNonNull(derivedEnd, "end"));
  }

  private String describe() {
    String where = sourceName == null ? "" : " at " + sourceLocation();
    String excerpt = text.length() > 40 ? text.substring(0, 40) + "…" : text;
    return "\"" + excerpt + "\"" + where;
  }

  /** A new builder for a {@link Kind#SPEECH} segment. */
  public static Builder builder() {
    return new Builder();
  }

  /** A speech segment by {@code speaker}, from {@code start} with no known end. */
  public static Segment speech(Speaker speaker, Duration start, String text) {
    return builder().speaker(requireNonNull(speaker, "speaker")).start(requireNonNull(start, "start")).text(text)
        .build();
  }

  /** A builder that starts from this segment's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.kind = kind();
    b.speaker = speaker;
    b.start = startTime();
    b.end = endTime();
    b.endDerived = endDerived();
    b.text = text;
    if (!references.isEmpty()) {
      b.references().addAll(references);
    }
    if (words.length > 0) {
      b.words().addAll(words());
    }
    b.id = id;
    b.source = sourceLocation();
    if (!attributes.isEmpty()) {
      b.attributes().putAll(attributes);
    }
    return b;
  }

  /** What this segment holds. */
  public Kind kind() {
    return KINDS[flags & 0x0F];
  }

  /** Whether this is someone speaking. */
  public boolean isSpeech() {
    return (flags & 0x0F) == 0;
  }

  /** Who spoke; empty for non-speech and for speech the source does not attribute. */
  public Optional<Speaker> speaker() {
    return Optional.ofNullable(speaker);
  }

  /** The speaker, or null: for the model's own loops, which run for every segment. */
  @Nullable Speaker speakerOrNull() {
    return speaker;
  }

  /** When the segment starts, as an offset from the start of the episode. */
  public Optional<Duration> start() {
    return Optional.ofNullable(startTime());
  }

  /** When the segment ends, as given by the source or derived (see {@link #endDerived()}). */
  public Optional<Duration> end() {
    return Optional.ofNullable(endTime());
  }

  /** Whether {@link #end()} was derived from the next segment's start rather than given by the source. */
  public boolean endDerived() {
    return (flags & DERIVED) != 0;
  }

  /** How long the segment lasts, when both its times are known. */
  public Optional<Duration> duration() {
    if (startNanos == NONE || endNanos == NONE) {
      return Optional.empty();
    }
    return Optional.of(wide == null ? Duration.ofNanos(endNanos - startNanos)
        : requireNonNull(endTime()).minus(requireNonNull(startTime())));
  }

  /** What was said (or a description of the non-speech), as clean text: single spaces, no markup. */
  public String text() {
    return text;
  }

  /** Links and notes attached to this segment that are not part of what was said. */
  public List<Reference> references() {
    return references;
  }

  /**
   * The words with their own timings, when the source gave them; empty otherwise. Unmodifiable.
   *
   * <p>The words are kept packed and each call decodes them into a new list: cheap, but not free, so keep the list
   * rather than calling this in a loop.
   */
  public List<Word> words() {
    return PackedWords.decode(words, text);
  }

  /** The source's own identifier for this segment (a cue id, a subtitle index), when it had one. */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /** Where in the source this segment begins. */
  public Optional<SourceLocation> source() {
    return Optional.ofNullable(sourceLocation());
  }

  /** Format-specific settings kept from the source, such as WebVTT cue settings. Unmodifiable. */
  public Map<String, String> attributes() {
    return attributes;
  }

  /** The number of words in {@link #text()}. */
  public int wordCount() {
    return WordCounter.count(text);
  }

  /** This segment attributed to another speaker (or to none). */
  public Segment withSpeaker(Optional<Speaker> newSpeaker) {
    return toBuilder().speaker(newSpeaker.orElse(null)).build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Segment s
        && flags == s.flags
        && Objects.equals(speaker, s.speaker)
        && startNanos == s.startNanos
        && endNanos == s.endNanos
        && Arrays.equals(wide, s.wide)
        && text.equals(s.text)
        && references.equals(s.references)
        && Arrays.equals(words, s.words)
        && Objects.equals(id, s.id)
        && Objects.equals(sourceName, s.sourceName)
        && sourceLine == s.sourceLine
        && sourceColumn == s.sourceColumn
        && attributes.equals(s.attributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind(), speaker, startTime(), endTime(), text, references, Arrays.hashCode(words), id,
        sourceLocation(), attributes);
  }

  /** {@code [01:09] YANN: "I'm French, French and American now…"}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    Duration start = startTime();
    if (start != null) {
      out.append('[').append(Timestamps.format(start)).append("] ");
    }
    if (speaker != null) {
      out.append(speaker.id()).append(": ");
    } else if (!isSpeech()) {
      out.append(kind()).append(": ");
    }
    out.append('"');
    if (text.length() > 60) {
      out.append(text, 0, 60).append('…');
    } else {
      out.append(text);
    }
    return out.append('"').toString();
  }

  /** Builds a {@link Segment}; the only mutable companion of the model. */
  public static final class Builder {
    private Kind kind = Kind.SPEECH;
    private @Nullable Speaker speaker;
    private @Nullable Duration start;
    private @Nullable Duration end;
    private boolean endDerived;
    private String text = "";
    // Made on first use: most segments have no references, words or attributes.
    private ImmutableList.@Nullable Builder<Reference> references;
    private @Nullable ArrayList<Word> words;
    private @Nullable String id;
    private @Nullable SourceLocation source;
    private ImmutableMap.@Nullable Builder<String, String> attributes;

    private Builder() {}

    private ImmutableList.Builder<Reference> references() {
      if (references == null) {
        references = ImmutableList.builder();
      }
      return references;
    }

    private ArrayList<Word> words() {
      if (words == null) {
        words = new ArrayList<>();
      }
      return words;
    }

    private ImmutableMap.Builder<String, String> attributes() {
      if (attributes == null) {
        attributes = ImmutableMap.builder();
      }
      return attributes;
    }

    /** What the segment holds; {@link Kind#SPEECH} unless set. */
    public Builder kind(Kind newKind) {
      this.kind = requireNonNull(newKind, "kind");
      return this;
    }

    /** Who spoke; {@code null} for nobody. */
    public Builder speaker(@Nullable Speaker newSpeaker) {
      this.speaker = newSpeaker;
      return this;
    }

    /** When the segment starts; {@code null} for not known. */
    public Builder start(@Nullable Duration newStart) {
      this.start = newStart;
      return this;
    }

    /** When the segment ends, as the source gives it; {@code null} for not known. */
    public Builder end(@Nullable Duration newEnd) {
      this.end = newEnd;
      this.endDerived = false;
      return this;
    }

    /** An end worked out by Colloquy (from the next segment's start) rather than given by the source. */
    public Builder derivedEnd(Duration newEnd) {
      this.end = requireNonNull(newEnd, "end");
      this.endDerived = true;
      return this;
    }

    /** What was said, as clean text. */
    public Builder text(String newText) {
      this.text = requireNonNull(newText, "text");
      return this;
    }

    /** Attaches a link or note. */
    public Builder addReference(Reference reference) {
      references().add(reference);
      return this;
    }

    /** Attaches links or notes. */
    public Builder addReferences(Iterable<Reference> more) {
      references().addAll(more);
      return this;
    }

    /** Appends a timed word. */
    public Builder addWord(Word word) {
      words().add(requireNonNull(word, "word"));
      return this;
    }

    /** Appends timed words. */
    public Builder addWords(Iterable<Word> more) {
      ArrayList<Word> into = words();
      if (more instanceof Collection<Word> c) {
        into.ensureCapacity(into.size() + c.size());
      }
      for (Word w : more) {
        into.add(requireNonNull(w, "word"));
      }
      return this;
    }

    /** The source's identifier for this segment; {@code null} for none. */
    public Builder id(@Nullable String newId) {
      this.id = newId;
      return this;
    }

    /** Where in the source the segment begins; {@code null} for not known. */
    public Builder source(@Nullable SourceLocation newSource) {
      this.source = newSource;
      return this;
    }

    /** Keeps a format-specific setting; a later value for the same key wins. */
    public Builder attribute(String key, String value) {
      attributes().put(key, value);
      return this;
    }

    /** Keeps format-specific settings; later values for the same key win. */
    public Builder attributes(Map<String, String> more) {
      attributes().putAll(more);
      return this;
    }

    /**
     * The segment.
     *
     * @throws IllegalArgumentException if it ends before it starts, has an end but no start, or starts before
     *     the episode
     */
    public Segment build() {
      return new Segment(this);
    }
  }
}
