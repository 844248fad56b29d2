package org.colloquy.format.testkit;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * jqwik generators of every value the model can hold, for round-trip properties: any episode, with absent and
 * present optionals, overlapping and untimed segments, words with and without times, derived ends, unicode text
 * with quotes, backslashes, emoji and control characters.
 */
public final class EpisodeArbitraries {

  private EpisodeArbitraries() {}

  /** Text of any kind, including characters that formats must escape. */
  public static Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40),
        Arbitraries.strings().all().ofMaxLength(20),
        Arbitraries.of("Hello, world.", "\"quoted\" \\ back\\slash", "emoji 😀 and é", "tab\there",
            "line\nbreak", "<v Yann>", "&amp;", ""));
  }

  private static Arbitrary<String> nonBlank() {
    return text().filter(s -> !s.isBlank());
  }

  /** A non-negative offset with up to nanosecond precision, up to about 30 hours. */
  public static Arbitrary<Duration> offsets() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, 100_000_000L).map(Duration::ofMillis),
        Arbitraries.longs().between(0, 100_000_000_000_000L).map(Duration::ofNanos),
        Arbitraries.of(Duration.ZERO));
  }

  /** Speakers with distinct ids. */
  public static Arbitrary<List<Speaker>> speakers() {
    Arbitrary<Speaker> one = Combinators.combine(
        nonBlank(), nonBlank().optional(), Arbitraries.of(Speaker.Role.class),
        nonBlank().list().ofMaxSize(3))
        .as((name, full, role, aliases) -> new Speaker("id", name, full, role, aliases));
    return one.list().ofMaxSize(4).map(list -> {
      List<Speaker> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        Speaker s = list.get(i);
        out.add(new Speaker("S" + i, s.displayName(), s.fullName(), s.role(), s.aliases()));
      }
      return out;
    });
  }

  private static Arbitrary<Word> words() {
    return Combinators.combine(nonBlank(), offsets(), Arbitraries.integers().between(0, 5000),
        Arbitraries.integers().between(0, 4), Arbitraries.doubles().between(0, 1))
        .as((text, start, length, shape, confidence) -> switch (shape) {
          case 0 -> Word.of(text);
          case 1 -> Word.of(text, start, start.plusMillis(length));
          case 2 -> Word.of(text, start, start.plusMillis(length), confidence);
          case 3 -> Word.of(text).interpolatedAt(start, start.plusMillis(length));
          default -> Word.of(text).at(start, Optional.empty());
        });
  }

  private static Arbitrary<SourceLocation> locations() {
    return Combinators.combine(nonBlank(), Arbitraries.integers().between(1, 100_000),
        Arbitraries.integers().between(1, 500)).as(SourceLocation::new);
  }

  private static Arbitrary<Map<String, String>> attributes() {
    return Arbitraries.maps(nonBlank(), text()).ofMaxSize(3);
  }

  private static Arbitrary<Segment> segment(List<Speaker> speakers) {
    Arbitrary<Speaker> speaker = speakers.isEmpty() ? Arbitraries.<Speaker>just(null)
        : Arbitraries.of(speakers).injectNull(0.3);
    Arbitrary<Reference> reference = Combinators.combine(Arbitraries.of(Reference.Kind.class), nonBlank())
        .as(Reference::new);
    return Combinators.combine(
        Arbitraries.of(Segment.Kind.class),
        speaker,
        offsets().injectNull(0.2),
        Arbitraries.integers().between(-1, 3),
        text(),
        words().list().ofMaxSize(4),
        reference.list().ofMaxSize(2),
        Combinators.combine(nonBlank().injectNull(0.6), locations().injectNull(0.5), attributes())
            .as((id, source, attrs) -> new Object[] {id, source, attrs}))
        .as((kind, who, start, endShape, text, ws, refs, extra) -> {
          Segment.Builder b = Segment.builder().kind(kind).speaker(who).start(start).text(text)
              .addWords(ws).addReferences(refs).id((String) extra[0]).source((SourceLocation) extra[1]);
          @SuppressWarnings("unchecked")
          Map<String, String> attrs = (Map<String, String>) extra[2];
          b.attributes(attrs);
          if (start != null && endShape >= 0) {
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

  /** Any episode the model can hold. */
  public static Arbitrary<Episode> episodes() {
    return speakers().flatMap(speakers -> segment(speakers).list().ofMaxSize(8).flatMap(segments -> {
      Arbitrary<Quote> quote = Combinators.combine(nonBlank(),
          speakers.isEmpty() ? Arbitraries.just(Optional.<Speaker>empty())
              : Arbitraries.of(speakers).optional(),
          segments.isEmpty() ? Arbitraries.just(OptionalInt.empty())
              : Arbitraries.integers().between(0, segments.size() - 1).map(OptionalInt::of),
          offsets().optional())
          .as(Quote::new);
      Arbitrary<TimeSpan> span = Combinators.combine(offsets(), Arbitraries.integers().between(-1, 100_000))
          .as((start, length) -> length < 0 ? TimeSpan.from(start) : TimeSpan.of(start, start.plusMillis(length)));
      Arbitrary<Topic> topic = Combinators.combine(nonBlank(), nonBlank().optional(), span.list().ofMaxSize(2),
          segments.isEmpty() ? Arbitraries.just(List.<Integer>of())
              : Arbitraries.integers().between(0, segments.size() - 1).list().ofMaxSize(3),
          attributes())
          .as(Topic::new);
      Arbitrary<Highlight> highlight = Combinators.combine(Arbitraries.of(Highlight.Kind.class),
          nonBlank().optional(), nonBlank(), span.optional()).as(Highlight::new);
      Arbitrary<Diagnostic> diagnostic = Combinators.combine(Arbitraries.of(Diagnostic.Severity.class),
          nonBlank(), text(), locations().optional()).as(Diagnostic::new);
      Arbitrary<Object[]> metadata = Combinators.combine(
          nonBlank().injectNull(0.3), nonBlank().injectNull(0.3), Arbitraries.integers().between(0, 2000)
              .injectNull(0.5),
          Arbitraries.integers().between(0, 30_000).map(d -> LocalDate.ofEpochDay(d)).injectNull(0.5),
          offsets().injectNull(0.5), text().injectNull(0.5), nonBlank().injectNull(0.5),
          Arbitraries.of("en", "fr-CA", "de").injectNull(0.5))
          .as((a, b, c, d, e, f, g, h) -> new Object[] {a, b, c, d, e, f, g, h});
      return Combinators.combine(metadata, quote.list().ofMaxSize(3), topic.list().ofMaxSize(3),
          highlight.list().ofMaxSize(3), diagnostic.list().ofMaxSize(3),
          Arbitraries.maps(nonBlank(), text()).ofMaxSize(3))
          .as((meta, quotes, topics, highlights, diagnostics, extra) -> {
            Episode.Builder b = Episode.builder()
                .title((String) meta[0]).show((String) meta[1]).episodeNumber((Integer) meta[2])
                .date((LocalDate) meta[3]).duration((Duration) meta[4]).description((String) meta[5])
                .url((String) meta[6]).language((String) meta[7])
                .addSpeakers(speakers).addSegments(segments).addDiagnostics(diagnostics);
            quotes.forEach(b::addQuote);
            topics.forEach(b::addTopic);
            highlights.forEach(b::addHighlight);
            extra.forEach(b::metadata);
            return b.build();
          });
    }));
  }
}
