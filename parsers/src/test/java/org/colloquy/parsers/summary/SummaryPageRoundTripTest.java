package org.colloquy.parsers.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.colloquy.format.ReadOptions;
import org.colloquy.format.WriteOptions;
import org.colloquy.model.Episode;
import org.colloquy.model.Highlight;
import org.colloquy.model.Highlight.Kind;
import org.colloquy.model.Quote;
import org.colloquy.model.Speaker;
import org.colloquy.model.Speaker.Role;
import org.colloquy.model.Topic;
import org.junit.jupiter.api.Test;

/** What the summary page layout holds survives writing and reading back. */
class SummaryPageRoundTripTest {

  private static String write(Episode ep) {
    return Fixtures.registry().write(ep, "summary-page", WriteOptions.defaults());
  }

  private static Episode readBack(String page) {
    return Fixtures.parse(page, "written.txt", ReadOptions.strictDefaults());
  }

  @Property(tries = 300)
  void aSummaryLikeEpisodeSurvivesWritingAndReading(@ForAll("summaries") Episode ep) {
    assertThat(readBack(write(ep))).isEqualTo(ep);
  }

  @Test
  void theSeedSurvivesWritingAndReadingBackExceptItsFurnitureNotes() {
    Episode seed = Fixtures.read(Fixtures.SEED);

    Episode again = readBack(write(seed));

    assertThat(again.diagnostics()).isEmpty();
    assertThat(again.toBuilder().addDiagnostics(seed.diagnostics()).build()).isEqualTo(seed);
  }

  @Test
  void theSeedIsWrittenOneItemPerLine() {
    assertThat(write(Fixtures.read(Fixtures.SEED))).isEqualTo(Fixtures.text("summary-page/written-seed.txt"));
  }

  // ---- generators ------------------------------------------------------------------------------------------

  private static final List<String> FIRST = List.of("Lex", "Yann", "Hélène", "Tomás", "Mei", "Kara", "Dana", "Sam",
      "Ingrid", "Jonas", "Priya", "Leo", "Ada", "Ben", "Zoë", "Ngozi");
  private static final List<String> LAST = List.of("Fridman", "LeCun", "Moreau", "Ortega", "Zhou", "Brennan",
      "Whitfield", "Okafor", "Dahl", "Berg", "Raman", "Marsh", "Quinn", "Roe", "Sørensen", "Van Dyke");

  private static Arbitrary<String> lowerWord() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(9);
  }

  private static Arbitrary<String> capitalWord() {
    return lowerWord().map(w -> w.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + w.substring(1));
  }

  /** A capitalised phrase of lower-case words, such as a topic or a headline. */
  private static Arbitrary<String> phrase(int minWords, int maxWords) {
    return Combinators.combine(capitalWord(), lowerWord().list().ofMinSize(minWords - 1).ofMaxSize(maxWords - 1))
        .as((first, rest) -> rest.isEmpty() ? first : first + " " + String.join(" ", rest));
  }

  private static Arbitrary<String> sentence() {
    return Combinators.combine(phrase(3, 14), Arbitraries.of(".", "?", "!")).as(String::concat);
  }

  private static Arbitrary<String> title() {
    return Combinators.combine(phrase(1, 3), phrase(1, 4), Arbitraries.of(": ", " | ", " — ", " "))
        .as((a, b, sep) -> a + sep + b);
  }

  private static Arbitrary<List<String>> names() {
    return Combinators.combine(Arbitraries.of(FIRST), Arbitraries.of(LAST)).as((f, l) -> f + " " + l)
        .list().ofMaxSize(4).uniqueElements(n -> n.toLowerCase(java.util.Locale.ROOT));
  }

  @Provide
  Arbitrary<Episode> summaries() {
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 365 * 150)
        .map(d -> LocalDate.of(1950, 1, 1).plusDays(d));
    Arbitrary<Duration> durations = Arbitraries.integers().between(0, 600).map(Duration::ofMinutes);
    Arbitrary<Episode> head = Combinators.combine(
        title(), phrase(1, 3).optional(), Arbitraries.integers().between(0, 9999).optional(),
        sentence().optional(), dates.optional(), durations.optional(), names(), Arbitraries.of(true, false))
        .as((title, show, number, description, date, duration, names, hosted) -> {
          Episode.Builder b = Episode.builder().title(title).show(show.orElse(null))
              .episodeNumber(number.orElse(null)).description(description.orElse(null))
              .date(date.orElse(null)).duration(duration.orElse(null));
          for (int i = 0; i < names.size(); i++) {
            b.addSpeaker(Speaker.of(names.get(i), names.get(i), hosted && i == 0 ? Role.HOST : Role.GUEST));
          }
          return b.build();
        });
    Arbitrary<List<Highlight>> about = Combinators.combine(phrase(3, 10).optional(), sentence().list().ofMaxSize(5))
        .as((headline, points) -> {
          List<Highlight> all = new ArrayList<>();
          headline.ifPresent(h -> all.add(Highlight.of(Kind.HEADLINE, h)));
          points.forEach(p -> all.add(Highlight.of(Kind.KEY_POINT, p)));
          return all;
        });
    Arbitrary<List<Highlight>> ideas = Combinators.combine(sentence(), sentence())
        .as((t, x) -> Highlight.of(Kind.TAKEAWAY, t, x)).list().ofMaxSize(6);
    Arbitrary<List<String>> topics = phrase(1, 8).list().ofMaxSize(8);
    Arbitrary<List<String>> quotes = sentence().list().ofMaxSize(12);
    Arbitrary<List<Integer>> who = Arbitraries.integers().between(0, 3).list().ofSize(12);
    return Combinators.combine(head, about, ideas, quotes, who, topics).as((ep, a, i, q, w, t) -> {
      Episode.Builder b = ep.toBuilder();
      a.forEach(b::addHighlight);
      i.forEach(b::addHighlight);
      if (!ep.speakers().isEmpty()) {
        for (int k = 0; k < q.size(); k++) {
          b.addQuote(Quote.of(q.get(k), ep.speakers().get(w.get(k) % ep.speakers().size())));
        }
      }
      t.forEach(name -> b.addTopic(Topic.named(name)));
      return b.build();
    }).filter(SummaryPageRoundTripTest::hasStructure);
  }

  /** A page needs something of the layout beyond a title to be told from plain text. */
  private static boolean hasStructure(Episode ep) {
    return !ep.speakers().isEmpty() || ep.date().isPresent() || ep.duration().isPresent()
        || ep.episodeNumber().isPresent() || !ep.highlights().isEmpty() || !ep.quotes().isEmpty()
        || !ep.topics().isEmpty();
  }
}
