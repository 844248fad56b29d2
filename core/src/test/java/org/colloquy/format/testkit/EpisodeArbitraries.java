package org.colloquy.format.testkit;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.colloquy.model.Diagnostic;
import org.colloquy.model.Episode;
import org.colloquy.model.Highlight;
import org.colloquy.model.Quote;
import org.colloquy.model.Reference;
import org.colloquy.model.Segment;
import org.colloquy.model.SourceLocation;
import org.colloquy.model.Speaker;
import org.colloquy.model.TimeSpan;
import org.colloquy.model.Topic;
import org.colloquy.model.Word;

/**
 * jqwik generators of every value the model can hold, for round-trip properties of formats: any episode, with
 * absent and present optionals, overlapping and untimed segments, words with and without times and confidence,
 * interpolated words, derived ends, references, attributes, diagnostics with and without locations, quotes and
 * topics that point at segments, and unicode text with quotes, backslashes, emoji and control characters.
 *
 * <p>Text is always valid Unicode (no lone surrogates), since no UTF-8 file can hold anything else. A format that
 * cannot hold some of this (a caption format has no quotes) maps the generated episode to what it can hold before
 * comparing, or builds its own generator from the pieces here.
 */
public final class EpisodeArbitraries {

  private EpisodeArbitraries() {}

  /** Text of any kind, including characters that formats must escape; may be empty or blank. */
  public static Arbitrary<String> text() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.chars().range(' ', '~').map(String::valueOf),
        Arbitraries.chars().range('\u0000', '\u001F').map(String::valueOf),
        Arbitraries.chars().range('\u00A0', '\uD7FF').map(String::valueOf),
        Arbitraries.chars().range('\uE000', '\uFFFD').map(String::valueOf),
        Arbitraries.integers().between(0x1_0000, 0x10_FFFF).map(Character::toString),
        Arbitraries.of("\"", "\\", "/", "\r\n", "\u2028", "😀", "👩‍👩‍👧", "e\u0301", "&amp;", "<v Yann>", "-->"));
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40),
        piece.list().ofMaxSize(12).map(pieces -> String.join("", pieces)),
        Arbitraries.of("Hello, world.", "\"quoted\" \\ back\\slash", "emoji 😀 and é", "tab\there",
            "line\nbreak", "", " "));
  }

  /** Text with at least one character that is not blank. */
  public static Arbitrary<String> nonBlankText() {
    return text().filter(s -> !s.isBlank());
  }

  /** A non-negative offset with up to nanosecond precision, up to about 30 hours. */
  public static Arbitrary<Duration> offsets() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, 100_000_000L).map(Duration::ofMillis),
        Arbitraries.longs().between(0, 100_000_000_000_000L).map(Duration::ofNanos),
        Arbitraries.of(Duration.ZERO));
  }

  /** Offsets within the first 20 seconds, so that segments and words built from them often overlap. */
  private static Arbitrary<Duration> nearOffsets() {
    return Arbitraries.longs().between(0, 20_000).map(Duration::ofMillis);
  }

  /** Speakers with distinct ids: labels such as {@code SPEAKER_00} and any other text. */
  public static Arbitrary<List<Speaker>> speakers() {
    Arbitrary<String> id = Arbitraries.oneOf(Arbitraries.of("YANN", "CRAIG", "SPEAKER_00", "A", "Zoë"),
        nonBlankText());
    return Combinators.combine(id, nonBlankText().injectNull(0.3), nonBlankText().optional(),
        Arbitraries.of(Speaker.Role.class), nonBlankText().list().ofMaxSize(3))
        .as((i, name, full, role, aliases) -> new Speaker(i, name == null ? i : name, full, role, aliases))
        .list().uniqueElements(Speaker::id).ofMaxSize(4);
  }

  /** Words in every shape the model allows: with or without times, an end, a confidence; interpolated or not. */
  public static Arbitrary<Word> words() {
    return Combinators.combine(nonBlankText(), Arbitraries.oneOf(offsets(), nearOffsets()),
        Arbitraries.integers().between(0, 5000), Arbitraries.integers().between(0, 7),
        Arbitraries.oneOf(Arbitraries.doubles().between(0, 1), Arbitraries.of(0.0, 1.0, 0.1, 1.0 / 3)))
        .as((text, start, length, shape, confidence) -> {
          Duration end = start.plusMillis(length);
          return switch (shape) {
            case 0 -> Word.of(text);
            case 1 -> Word.of(text).withConfidence(confidence);
            case 2 -> Word.of(text, start, end);
            case 3 -> Word.of(text, start, end, confidence);
            case 4 -> Word.of(text).interpolatedAt(start, end);
            case 5 -> Word.of(text).withConfidence(confidence).interpolatedAt(start, end);
            case 6 -> Word.of(text).at(start, Optional.empty());
            default -> Word.of(text).withConfidence(confidence).at(start, Optional.empty());
          };
        });
  }

  /** Places in a source file. */
  public static Arbitrary<SourceLocation> locations() {
    return Combinators.combine(nonBlankText(), Arbitraries.integers().between(1, 100_000),
        Arbitraries.integers().between(1, 500)).as(SourceLocation::new);
  }

  private static Arbitrary<Map<String, String>> attributes() {
    return Arbitraries.maps(nonBlankText(), text()).ofMaxSize(3);
  }

  /** Segments of any kind, by one of {@code speakers} or by nobody, timed or not, with every optional part. */
  public static Arbitrary<Segment> segments(List<Speaker> speakers) {
    Arbitrary<Speaker> speaker = speakers.isEmpty() ? Arbitraries.<Speaker>just(null)
        : Arbitraries.of(speakers).injectNull(0.3);
    Arbitrary<Reference> reference = Combinators.combine(Arbitraries.of(Reference.Kind.class), nonBlankText())
        .as(Reference::new);
    Arbitrary<Segment.Builder> parts = Combinators.combine(
        nonBlankText().injectNull(0.6), locations().injectNull(0.5), attributes(),
        reference.list().ofMaxSize(2), words().list().ofMaxSize(4))
        .as((id, source, attributes, references, words) -> Segment.builder().id(id).source(source)
            .attributes(attributes).addReferences(references).addWords(words));
    return Combinators.combine(
        Arbitraries.of(Segment.Kind.class),
        speaker,
        Arbitraries.oneOf(offsets(), nearOffsets()).injectNull(0.2),
        Arbitraries.integers().between(-1, 3),
        text(),
        parts)
        .as((kind, who, start, endShape, text, b) -> {
          b.kind(kind).speaker(who).start(start).text(text);
          if (start != null && endShape >= 0) {
            // Ends from 0 to 3.7 s after the start: with starts near each other, neighbours overlap.
            Duration end = start.plusMillis(endShape * 1234L);
            if (endShape == 3) {
              b.derivedEnd(end);
            } else {
              b.end(end);
            }
          }
          return b.build();
        });
  }

  /** Stretches of the timeline, open-ended or not. */
  public static Arbitrary<TimeSpan> spans() {
    return Combinators.combine(offsets(), Arbitraries.integers().between(-1, 100_000))
        .as((start, length) -> length < 0 ? TimeSpan.from(start) : TimeSpan.of(start, start.plusMillis(length)));
  }

  /** Diagnostics of every severity, with and without a location. */
  public static Arbitrary<Diagnostic> diagnostics() {
    return Combinators.combine(Arbitraries.of(Diagnostic.Severity.class), nonBlankText(), text(),
        locations().optional()).as(Diagnostic::new);
  }

  /**
   * Any episode the model can hold.
   *
   * <p>Speakers, segments, quotes and topics are drawn independently, with numbers standing for the speaker or
   * segment they will point at, and tied together in one {@code map}: jqwik generates and shrinks that far faster
   * than episodes built with {@code flatMap}.
   */
  public static Arbitrary<Episode> episodes() {
    Arbitrary<Drafted<Segment>> segments = Combinators.combine(segments(List.of()), picks())
        .as(Drafted::new);
    Arbitrary<Drafted<Quote>> quotes = Combinators.combine(nonBlankText(), offsets().optional(), picks(), picks())
        .as((text, offset, speaker, segment) -> new Drafted<>(
            new Quote(text, Optional.empty(), OptionalInt.empty(), offset), speaker, segment));
    Arbitrary<Drafted<Topic>> topics = Combinators.combine(nonBlankText(), nonBlankText().optional(),
        spans().list().ofMaxSize(2), picks().list().ofMaxSize(3), attributes())
        .as((name, description, spans, segmentPicks, attributes) -> new Drafted<>(
            new Topic(name, description, spans, List.of(), attributes), 0, 0, segmentPicks));
    Arbitrary<Highlight> highlight = Combinators.combine(Arbitraries.of(Highlight.Kind.class),
        nonBlankText().optional(), text(), spans().optional())
        .filter((kind, title, text, span) -> !text.isBlank() || title.isPresent())
        .as(Highlight::new);
    Arbitrary<Episode.Builder> about = Combinators.combine(
        nonBlankText().injectNull(0.3), nonBlankText().injectNull(0.3),
        Arbitraries.integers().between(0, 2000).injectNull(0.5),
        Arbitraries.integers().between(0, 30_000).map(LocalDate::ofEpochDay).injectNull(0.5),
        offsets().injectNull(0.5), text().injectNull(0.5), nonBlankText().injectNull(0.5),
        Arbitraries.of("en", "fr-CA", "de").injectNull(0.5))
        .as((title, show, number, date, duration, description, url, language) -> Episode.builder()
            .title(title).show(show).episodeNumber(number).date(date).duration(duration)
            .description(description).url(url).language(language));
    return Combinators.combine(about, speakers(), segments.list().ofMaxSize(8), quotes.list().ofMaxSize(3),
        topics.list().ofMaxSize(3), highlight.list().ofMaxSize(3), diagnostics().list().ofMaxSize(3),
        Arbitraries.maps(nonBlankText(), text()).ofMaxSize(3))
        .as((b, speakers, drafts, quoteDrafts, topicDrafts, highlights, diagnostics, metadata) -> {
          int n = drafts.size();
          b.addSpeakers(speakers);
          drafts.forEach(d -> b.addSegment(d.part().withSpeaker(d.speaker(speakers))));
          quoteDrafts.forEach(d -> b.addQuote(new Quote(d.part().text(), d.speaker(speakers),
              n == 0 || d.segment() % 4 == 0 ? OptionalInt.empty() : OptionalInt.of(d.segment() % n),
              d.part().offset())));
          topicDrafts.forEach(d -> b.addTopic(new Topic(d.part().name(), d.part().description(), d.part().spans(),
              n == 0 ? List.of() : d.segments().stream().map(i -> i % n).toList(), d.part().attributes())));
          highlights.forEach(b::addHighlight);
          b.addDiagnostics(diagnostics);
          metadata.forEach(b::metadata);
          return b.build();
        });
  }

  /** Non-negative numbers that pick a speaker or a segment once the episode's lists are known. */
  private static Arbitrary<Integer> picks() {
    return Arbitraries.integers().between(0, 1000);
  }

  /** A part drawn before the speakers and segments it points at: those are chosen by {@code pick % size}. */
  private record Drafted<T>(T part, int speakerPick, int segment, List<Integer> segments) {

    Drafted(T part, int speakerPick) {
      this(part, speakerPick, 0, List.of());
    }

    Drafted(T part, int speakerPick, int segment) {
      this(part, speakerPick, segment, List.of());
    }

    /** Nobody for about a third of the picks, or when there are no speakers. */
    Optional<Speaker> speaker(List<Speaker> speakers) {
      return speakers.isEmpty() || speakerPick % 3 == 0 ? Optional.empty()
          : Optional.of(speakers.get(speakerPick % speakers.size()));
    }
  }
}
