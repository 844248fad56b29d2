package org.colloquy.parsers.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.colloquy.format.ColloquyParseException;
import org.colloquy.format.FormatRegistry;
import org.colloquy.format.ReadOptions;
import org.colloquy.format.Sample;
import org.colloquy.model.Diagnostic;
import org.colloquy.model.Diagnostic.Severity;
import org.colloquy.model.Episode;
import org.colloquy.model.Highlight;
import org.colloquy.model.Highlight.Kind;
import org.colloquy.model.Quote;
import org.colloquy.model.Speaker;
import org.colloquy.model.Speaker.Role;
import org.colloquy.model.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The same site's layout for other episodes: fixtures written from the seed's layout, one variation each. */
class SummaryPageVariationsTest {

  static Stream<String> validFixtures() {
    return Stream.of("y_several-guests.txt", "y_no-guest.txt", "y_twelve-quotes.txt", "y_missing-sections.txt",
        "y_announced-topics.txt").map(f -> "summary-page/" + f);
  }

  private static Episode read(String name) {
    return Fixtures.read("summary-page/" + name);
  }

  private static List<Highlight> of(Episode ep, Kind kind) {
    return ep.highlights().stream().filter(h -> h.kind() == kind).toList();
  }

  @ParameterizedTest
  @MethodSource("validFixtures")
  void everyValidFixtureReadsStrictlyAndLosesNoLine(String resource) {
    String page = Fixtures.text(resource);
    Episode strict = Fixtures.parse(page, resource, ReadOptions.strictDefaults());

    assertThat(Coverage.unaccounted(page, strict)).isEmpty();
    assertThat(strict.diagnostics()).allMatch(d -> d.severity() == Severity.INFO);
  }

  @ParameterizedTest
  @MethodSource("validFixtures")
  void everyValidFixtureIsDetected(String resource) {
    assertThat(new SummaryPageFormat().detect(Sample.of(resource, Fixtures.text(resource))))
        .isGreaterThanOrEqualTo(FormatRegistry.THRESHOLD + 0.15);
  }

  @Test
  void severalGuestsEachBecomeAGuestSpeaker() {
    Episode ep = read("y_several-guests.txt");

    assertThat(ep.speakers()).extracting(Speaker::id, Speaker::role).containsExactly(
        tuple("Kara Brennan", Role.HOST), tuple("Tomás Ortega", Role.GUEST), tuple("Mei Lin Zhou", Role.GUEST));
  }

  @Test
  void aTitleWithItsOwnBarAndColonKeepsThem() {
    Episode ep = read("y_several-guests.txt");

    assertThat(ep.title()).contains("Open Source AI: Who Pays? | Part 2");
    assertThat(ep.show()).contains("The Build Room");
    assertThat(ep.episodeNumber()).hasValue(112);
  }

  @Test
  void quotesFromDifferentGuestsAndTheHostHoldTheirOwnSpeakers() {
    Episode ep = read("y_several-guests.txt");

    assertThat(ep.quotes()).extracting(q -> q.speaker().orElseThrow().id())
        .containsExactly("Tomás Ortega", "Mei Lin Zhou", "Kara Brennan", "Mei Lin Zhou");
    assertThat(ep.quotes().get(2).speaker()).containsSame(ep.speakers().get(0));
    assertThat(ep.quotes().get(3).speaker()).containsSame(ep.speakers().get(2));
  }

  @Test
  void aShortDateAndMinutesOnlyDurationAreRead() {
    Episode ep = read("y_several-guests.txt");

    assertThat(ep.date()).contains(LocalDate.of(2023, 1, 5));
    assertThat(ep.duration()).contains(Duration.ofMinutes(45));
  }

  @Test
  void threeIdeasAndFourTopicsWithCamelCaseWordsKeptWhole() {
    Episode ep = read("y_several-guests.txt");

    assertThat(of(ep, Kind.TAKEAWAY)).extracting(h -> h.title().orElseThrow())
        .containsExactly("Open weights are infrastructure.", "Evaluation is the hidden cost.",
            "Licences shape who builds.");
    assertThat(ep.topics()).extracting(Topic::name).containsExactly(
        "Funding models for open weights and public AI infrastructure",
        "Evaluation suites, YouTube demos, and benchmark gaming",
        "Licences, liability, and GPT-4 era competition",
        "What small labs need in 2024");
  }

  @Test
  void anEpisodeWithNoGuestHasOnlyItsHost() {
    Episode ep = read("y_no-guest.txt");

    assertThat(ep.speakers()).extracting(Speaker::id, Speaker::role)
        .containsExactly(tuple("Dana Whitfield", Role.HOST));
    assertThat(ep.duration()).contains(Duration.ofHours(2));
    assertThat(ep.date()).contains(LocalDate.of(2022, 3, 14));
  }

  @Test
  void oneIdeaAndOneQuoteAttributedToTheHost() {
    Episode ep = read("y_no-guest.txt");

    assertThat(of(ep, Kind.TAKEAWAY)).hasSize(1);
    assertThat(ep.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("The kitchen table beats the studio every time.");
      assertThat(q.speaker()).containsSame(ep.speakers().get(0));
    });
    assertThat(ep.topics()).extracting(Topic::name)
        .containsExactly("Recording on location versus in the studio", "Sound quality, noise, and candour");
  }

  @Test
  void twelveQuotesAreReadAndAQuotedOutsiderBecomesASpeakerOfUnknownRole() {
    Episode ep = read("y_twelve-quotes.txt");

    assertThat(ep.quotes()).hasSize(12);
    assertThat(ep.quotes()).extracting(q -> q.speaker().orElseThrow().id()).containsOnly("Ingrid Dahl",
        "Sam Okafor", "Edith Grossman");
    assertThat(ep.quotes()).filteredOn(q -> q.speaker().orElseThrow().id().equals("Sam Okafor")).hasSize(2);
    assertThat(ep.speakers()).extracting(Speaker::id, Speaker::role).containsExactly(
        tuple("Sam Okafor", Role.HOST), tuple("Ingrid Dahl", Role.GUEST), tuple("Edith Grossman", Role.UNKNOWN));
    assertThat(ep.diagnostics()).extracting(Diagnostic::code).contains("speaker-from-quote");
    assertThat(ep.duration()).contains(Duration.ofHours(2).plusMinutes(5));
    assertThat(ep.date()).contains(LocalDate.of(2021, 9, 12));
    assertThat(ep.topics()).hasSize(3);
  }

  @Test
  void aPageWithoutIdeasOrQuotesStillHasItsPointsAndTopics() {
    Episode ep = read("y_missing-sections.txt");

    assertThat(ep.show()).contains("Kitchen Science");
    assertThat(ep.episodeNumber()).hasValue(3);
    assertThat(ep.title()).contains("Small Batch: Roasting Coffee at Home");
    assertThat(ep.duration()).contains(Duration.ofMinutes(38));
    assertThat(of(ep, Kind.KEY_POINT)).hasSize(2);
    assertThat(of(ep, Kind.TAKEAWAY)).isEmpty();
    assertThat(ep.quotes()).isEmpty();
    assertThat(ep.topics()).extracting(Topic::name)
        .containsExactly("Home roasting equipment and green beans", "First crack, second crack, and cooling");
  }

  @Test
  void anAnnouncedTopicCountAllowsASplitAtACapitalisedWord() {
    Episode ep = read("y_announced-topics.txt");

    assertThat(ep.topics()).extracting(Topic::name).containsExactly(
        "Recording a year of street sound in Paris",
        "The Métro at night and other soundscapes",
        "Field recorders, microphones, and 2019",
        "The archive and what comes next");
    assertThat(ep.diagnostics()).filteredOn(d -> d.code().equals("topics-split")).singleElement()
        .extracting(Diagnostic::message).asString().contains("1 capitalised ones to make the announced count");
  }

  @Test
  void accentedNamesInThePeopleLineAreKept() {
    Episode ep = read("y_announced-topics.txt");

    assertThat(ep.speakers()).extracting(Speaker::displayName).containsExactly("Hélène Moreau", "Jonas Berg");
    assertThat(ep.quotes()).extracting(Quote::speaker).allSatisfy(s -> assertThat(s).containsSame(ep.speakers().get(1)));
  }

  @Test
  void aCountThePageDoesNotKeepIsAWarningWhenLenient() {
    Episode ep = read("n_count-mismatch.txt");

    assertThat(of(ep, Kind.TAKEAWAY)).hasSize(2);
    assertThat(ep.diagnostics()).filteredOn(d -> d.severity() == Severity.WARNING)
        .extracting(Diagnostic::code, d -> d.location().orElseThrow().line())
        .containsExactly(tuple("count-mismatch", 12));
  }

  @Test
  void aCountThePageDoesNotKeepIsRejectedWhenStrict() {
    String resource = "summary-page/n_count-mismatch.txt";
    assertThatThrownBy(() -> Fixtures.parse(Fixtures.text(resource), resource, ReadOptions.strictDefaults()))
        .isInstanceOf(ColloquyParseException.class)
        .hasMessageContaining("n_count-mismatch.txt:12:1")
        .hasMessageContaining("announces 3 ideas but has 2");
  }

  @Test
  void anUnrecognisedLineIsSetAsideWithAWarningAndRejectedWhenStrict() {
    String resource = "summary-page/n_unrecognised-line.txt";
    Episode lenient = Fixtures.read(resource);

    assertThat(lenient.diagnostics()).filteredOn(d -> d.severity() == Severity.WARNING)
        .extracting(Diagnostic::code, d -> d.location().orElseThrow().line())
        .containsExactly(tuple("unrecognised-line", 7));
    assertThat(Coverage.unaccounted(Fixtures.text(resource), lenient)).isEmpty();
    assertThat(lenient.description()).contains("Ada Quinn and Ben Roe on sleep.");
    assertThatThrownBy(() -> Fixtures.parse(Fixtures.text(resource), resource, ReadOptions.strictDefaults()))
        .isInstanceOf(ColloquyParseException.class)
        .hasMessageContaining(":7:1")
        .hasMessageContaining("Subscribe for more episodes every week!");
  }

  @Test
  void textWithNoSummaryStructureIsRejectedWithItsFirstLine() {
    assertThatThrownBy(() -> Fixtures.parse("just some words\nand more words\n", "plain.txt", ReadOptions.defaults()))
        .isInstanceOf(ColloquyParseException.class)
        .hasMessageContaining("plain.txt:1:1")
        .hasMessageContaining("found \"just some words\"");
  }
}
