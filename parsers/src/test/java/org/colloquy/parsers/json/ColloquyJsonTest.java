package org.colloquy.parsers.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.colloquy.format.ColloquyParseException;
import org.colloquy.format.FormatRegistry;
import org.colloquy.format.ReadOptions;
import org.colloquy.format.Sample;
import org.colloquy.format.WriteOptions;
import org.colloquy.format.testkit.EpisodeArbitraries;
import org.colloquy.model.Diagnostic;
import org.colloquy.model.Episode;
import org.colloquy.model.Highlight;
import org.colloquy.model.Quote;
import org.colloquy.model.Reference;
import org.colloquy.model.Segment;
import org.colloquy.model.SourceLocation;
import org.colloquy.model.Speaker;
import org.colloquy.model.TimeSpan;
import org.colloquy.model.Word;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ColloquyJsonTest {

  private static final FormatRegistry REGISTRY = FormatRegistry.builder().add(new ColloquyJsonFormat()).build();

  static String fixture(String name) {
    try (InputStream in = ColloquyJsonTest.class.getResourceAsStream("/colloquy-json/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Episode read(String json, ReadOptions options) {
    return REGISTRY.parse(json, "test.json", "colloquy-json", options);
  }

  private static String write(Episode episode) {
    return REGISTRY.write(episode, "colloquy-json", WriteOptions.defaults());
  }

  @Provide
  Arbitrary<Episode> episodes() {
    return EpisodeArbitraries.episodes();
  }

  @Property(tries = 500)
  void readingWhatWasWrittenGivesAnEqualEpisode(@ForAll @From("episodes") Episode episode) {
    assertThat(read(write(episode), ReadOptions.strictDefaults())).isEqualTo(episode);
  }

  // --- the hand-written sample ----------------------------------------------------------------------------------

  /** The sample is hand-written in the writer's own layout, so it is its own golden file. */
  @Test
  void writingTheSampleInterviewGivesBackTheHandWrittenFileByteForByte() {
    String handWritten = fixture("interview.json");
    assertThat(write(read(handWritten, ReadOptions.strictDefaults()))).isEqualTo(handWritten);
  }

  /** The schema document's example must be a file this format reads strictly and writes back unchanged. */
  @Test
  void theSchemaDocumentsExampleIsCanonicalColloquyJson() throws IOException {
    Optional<Path> doc = Stream.iterate(Path.of("").toAbsolutePath(), p -> p != null, Path::getParent)
        .map(p -> p.resolve("docs/colloquy-json.md")).filter(Files::isRegularFile).findFirst();
    assumeTrue(doc.isPresent(), "docs/colloquy-json.md is not above " + Path.of("").toAbsolutePath());
    String markdown = Files.readString(doc.get(), StandardCharsets.UTF_8);
    int start = markdown.indexOf("## Example\n```json\n") + "## Example\n```json\n".length();
    String example = markdown.substring(start, markdown.indexOf("```", start));
    assertThat(write(read(example, ReadOptions.strictDefaults()))).isEqualTo(example);
  }

  @Test
  void theSampleInterviewHoldsItsEpisodeFieldsAndSpeakers() {
    Episode episode = read(fixture("interview.json"), ReadOptions.strictDefaults());
    assertThat(episode.title()).contains("Learning without labels");
    assertThat(episode.show()).contains("Invented Talks");
    assertThat(episode.episodeNumber()).hasValue(7);
    assertThat(episode.date()).hasValueSatisfying(d -> assertThat(d).hasToString("2024-03-01"));
    assertThat(episode.duration()).contains(Duration.ofSeconds(1030));
    assertThat(episode.language()).contains("en");
    assertThat(episode.metadata()).containsExactly(java.util.Map.entry("recorded", "studio B"));
    assertThat(episode.speakers()).containsExactly(
        Speaker.of("CRAIG", "Craig", Speaker.Role.HOST).withFullName("Craig Example"),
        Speaker.of("YANN", "Yann", Speaker.Role.GUEST).withAliases(List.of("the guest")));
  }

  @Test
  void theSampleInterviewHoldsTwentyTimedSegmentsWithOneOfMusic() {
    Episode episode = read(fixture("interview.json"), ReadOptions.strictDefaults());
    assertThat(episode.segments()).hasSize(20).allSatisfy(s -> assertThat(s.end()).isPresent());
    assertThat(episode.segments().ofKind(Segment.Kind.MUSIC)).singleElement()
        .satisfies(s -> assertThat(s.text()).isEqualTo("Theme music"));
    assertThat(episode.segments().speech().by("yann").containing("backprop")
        .between(Duration.ofMinutes(5), Duration.ofMinutes(10))).hasSize(2);
    assertThat(episode.segments().get(19).endDerived()).isTrue();
  }

  @Test
  void theSampleInterviewKeepsWordsReferencesAttributesAndProvenance() {
    Episode episode = read(fixture("interview.json"), ReadOptions.strictDefaults());
    assertThat(episode.segments().get(1).words()).containsExactly(
        Word.of("Welcome", Duration.ofSeconds(6), Duration.ofMillis(6400), 0.98),
        Word.of("back.", Duration.ofMillis(6400), Duration.ofMillis(6900), 0.95),
        Word.of("Today").interpolatedAt(Duration.ofMillis(6900), Duration.ofMillis(7200)));
    Segment thanks = episode.segments().get(2);
    assertThat(thanks.start()).contains(Duration.ofMillis(69_250));
    assertThat(thanks.id()).contains("cue-3");
    assertThat(thanks.source()).contains(new SourceLocation("interview.vtt", 12, 1));
    assertThat(episode.segments().get(10).references()).containsExactly(Reference.url("https://example.org/digits"));
    assertThat(episode.segments().get(14).attributes()).containsEntry("overlap", "true");
  }

  @Test
  void theSampleInterviewHoldsAQuoteATopicAHighlightAndADiagnostic() {
    Episode episode = read(fixture("interview.json"), ReadOptions.strictDefaults());
    Speaker yann = episode.speaker("YANN").orElseThrow();
    assertThat(episode.quotes()).containsExactly(new Quote("What falls short is supervised learning",
        Optional.of(yann), OptionalInt.of(12), Optional.of(Duration.ofSeconds(700))));
    assertThat(episode.topics()).singleElement().satisfies(t -> {
      assertThat(t.name()).isEqualTo("Backpropagation");
      assertThat(t.spans()).containsExactly(TimeSpan.of(Duration.ofSeconds(300), Duration.ofSeconds(700)));
      assertThat(t.segmentIndexes()).containsExactly(6, 8, 11);
    });
    assertThat(episode.highlights()).singleElement().extracting(Highlight::kind)
        .isEqualTo(Highlight.Kind.KEY_POINT);
    assertThat(episode.diagnostics()).containsExactly(Diagnostic.of(Diagnostic.Severity.INFO, "hand-written",
        "This file was written by hand as a test fixture."));
  }

  @Test
  void writingStartsWithTheVersionAndLeavesOutDefaultsAndEmptyParts() {
    String written = write(Episode.builder().title("T").addSegment(Segment.builder().text("x").build()).build());
    assertThat(written).startsWith("{\n  \"colloquy\": 1,\n  \"title\": \"T\",")
        .doesNotContain("\"kind\"", "\"speakers\"", "\"quotes\"", "\"endDerived\"", "null", "[]", "{}", "\r")
        .endsWith("}\n");
  }

  // --- detection -------------------------------------------------------------------------------------------------

  static Stream<Arguments> detectionCases() {
    return Stream.of(
        Arguments.of("{\"colloquy\": 1, \"title\": \"x\"}", ColloquyJsonFormat.MARKED_FIRST),
        Arguments.of("  \n{\n  \"colloquy\" : 1,\n  \"segments\" : [ {", ColloquyJsonFormat.MARKED_FIRST),
        Arguments.of("{\"title\": \"x\", \"speakers\": [{\"id\": \"A\"}], \"colloquy\": 1}", ColloquyJsonFormat.MARKED),
        Arguments.of("{\"segments\": [{\"start\": 0, \"text\": \"hi\"}], \"language\": \"en\"}",
            ColloquyJsonFormat.OTHER_JSON),
        Arguments.of("{\"show\": {\"colloquy\": 1}}", ColloquyJsonFormat.OTHER_JSON),
        Arguments.of("{\"colloquy\": \"a chat app\"}", ColloquyJsonFormat.OTHER_JSON),
        Arguments.of("[{\"colloquy\": 1}]", ColloquyJsonFormat.OTHER_JSON),
        Arguments.of("{\"text\": \"unterminated", ColloquyJsonFormat.OTHER_JSON),
        Arguments.of("colloquy: 1", 0.0),
        Arguments.of("", 0.0));
  }

  @ParameterizedTest
  @MethodSource("detectionCases")
  void detectionIsSureOnlyOfATopLevelColloquyField(String head, double confidence) {
    assertThat(new ColloquyJsonFormat().detect(Sample.of("a.json", head))).isEqualTo(confidence);
  }

  @Test
  void otherJsonIsBelowTheDetectionThresholdAndTheMarkerAbove() {
    assertThat(ColloquyJsonFormat.OTHER_JSON).isPositive().isLessThan(FormatRegistry.THRESHOLD);
    assertThat(ColloquyJsonFormat.MARKED).isGreaterThan(FormatRegistry.THRESHOLD);
  }

  @Test
  void aSampleCutOffMidDocumentIsStillRecognisedByItsFirstField() {
    String head = fixture("interview.json");
    assertThat(new ColloquyJsonFormat().detect(new Sample("a.json", head.substring(0, 300), false)))
        .isEqualTo(ColloquyJsonFormat.MARKED_FIRST);
  }

  // --- errors ----------------------------------------------------------------------------------------------------

  /** Each document marks with {@code @} where the error must be reported; the marker is removed before reading. */
  static Stream<Arguments> badDocuments() {
    return Stream.of(
        Arguments.of("malformed JSON", "{\n  \"colloquy\": 1\n  @\"title\": \"x\"\n}", "well-formed JSON"),
        Arguments.of("truncated JSON", "{\n  \"colloquy\": 1,\n  \"title\": \"x\"@", "well-formed JSON"),
        Arguments.of("another version", "{\n  \"colloquy\": @2,\n  \"title\": \"x\"\n}",
            "expected colloquy-json version 1"),
        Arguments.of("no version", "\n@{\n  \"title\": \"x\"\n}", "\"colloquy\": 1"),
        Arguments.of("not an object", "@[1, 2]", "a JSON object"),
        Arguments.of("unknown speaker in a segment",
            "{\n  \"colloquy\": 1,\n  \"speakers\": [ { \"id\": \"CRAIG\" } ],\n  \"segments\": [\n"
                + "    { \"speaker\": \"CRAIG\", \"text\": \"Hi.\" },\n    { \"speaker\": @\"LEX\", \"text\": \"Hello.\" }\n"
                + "  ]\n}",
            "found \"LEX\""),
        Arguments.of("unknown speaker in a quote",
            "{\n  \"colloquy\": 1,\n  \"quotes\": [ { \"text\": \"Hi.\", \"speaker\": @\"LEX\" } ]\n}",
            "listed speaker []"),
        Arguments.of("end before start",
            "{\n  \"colloquy\": 1,\n  \"segments\": [\n    { \"start\": 5.5, \"end\": @2, \"text\": \"Hi.\" }\n  ]\n}",
            "expected an end not before the segment's start 5.5 s, found \"2 s, before its start\""),
        Arguments.of("end without start",
            "{\n  \"colloquy\": 1,\n  \"segments\": [ { \"end\": @2, \"text\": \"Hi.\" } ]\n}", "without a start"),
        Arguments.of("negative time",
            "{\n  \"colloquy\": 1,\n  \"segments\": [ { \"start\": @-1 } ]\n}", "not negative"),
        Arguments.of("time beyond a duration",
            "{\n  \"colloquy\": 1,\n  \"duration\": @1e999999999\n}", "fits in a duration"),
        Arguments.of("time that is not a time",
            "{\n  \"colloquy\": 1,\n  \"segments\": [ { \"start\": @\"soon\" } ]\n}", "ISO-8601"),
        Arguments.of("quote of a segment beyond the last",
            "{\n  \"colloquy\": 1,\n  \"segments\": [ { \"text\": \"Hi.\" } ],\n"
                + "  \"quotes\": [ { \"text\": \"Hi.\", \"segment\": @1 } ]\n}",
            "one of the 1 segments"),
        Arguments.of("topic of a segment beyond the last",
            "{\n  \"colloquy\": 1,\n  \"topics\": [ { \"name\": \"T\", \"segments\": [ @0 ] } ]\n}",
            "one of the 0 segments"),
        Arguments.of("negative episode number", "{\n  \"colloquy\": 1,\n  \"episodeNumber\": @-3\n}", "not negative"),
        Arguments.of("two speakers with one id",
            "{\n  \"colloquy\": 1,\n  \"speakers\": [ { \"id\": \"A\" },\n    @{ \"id\": \"A\" } ]\n}",
            "distinct ids"),
        Arguments.of("blank speaker id",
            "{\n  \"colloquy\": 1,\n  \"speakers\": [ @{ \"id\": \" \" } ]\n}", "must not be blank"),
        Arguments.of("confidence above 1",
            "{\n  \"colloquy\": 1,\n  \"segments\": [ { \"words\": [ @{ \"text\": \"hi\", \"confidence\": 1.5 } ] } ]\n}",
            "outside 0..1"),
        Arguments.of("unknown role",
            "{\n  \"colloquy\": 1,\n  \"speakers\": [ { \"id\": \"A\", \"role\": @\"BOSS\" } ]\n}", "HOST"),
        Arguments.of("string expected", "{\n  \"colloquy\": 1,\n  \"title\": @5\n}", "a string"),
        Arguments.of("bad date", "{\n  \"colloquy\": 1,\n  \"date\": @\"31/08/2019\"\n}", "2019-08-31"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  void badDocumentsAreRejectedAtTheirLineAndColumnEvenWhenLenient(String what, String marked, String message) {
    int at = marked.indexOf('@');
    String json = marked.substring(0, at) + marked.substring(at + 1);
    int line = (int) marked.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    int column = at - marked.lastIndexOf('\n', at - 1);
    assertThatThrownBy(() -> read(json, ReadOptions.defaults()))
        .isInstanceOfSatisfying(ColloquyParseException.class, e -> {
          assertThat(e.getMessage()).contains(message);
          assertThat(e.location()).hasToString("test.json:" + line + ":" + column);
        });
  }

  @Test
  void aParseErrorQuotesTheLineWithACaretUnderTheProblem() {
    assertThatThrownBy(() -> read("{\n  \"colloquy\": 1,\n  \"title\": 5\n}", ReadOptions.defaults()))
        .isInstanceOfSatisfying(ColloquyParseException.class, e -> {
          assertThat(e.excerpt()).isEqualTo("  \"title\": 5");
          assertThat(e.getMessage()).endsWith("\n  |   \"title\": 5\n  |            ^");
        });
  }

  // --- unknown fields and other leniency -------------------------------------------------------------------------

  @Test
  void anUnknownFieldIsAWarningKeepingItsRawValueWhenLenient() {
    String json = "{\"colloquy\": 1,\n \"mood\": {\"tone\": [\"warm\", 2]},\n \"title\": \"T\"}";
    Episode episode = read(json, ReadOptions.defaults());
    assertThat(episode.title()).contains("T");
    assertThat(episode.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
      assertThat(d.code()).isEqualTo("unknown-field");
      assertThat(d.message()).contains("\"mood\"", "the episode", "{\"tone\":[\"warm\",2]}");
      assertThat(d.location()).hasValueSatisfying(l -> assertThat(l).hasToString("test.json:2:10"));
    });
  }

  @Test
  void anUnknownFieldIsRefusedAtItsPlaceWhenStrict() {
    String json = "{\"colloquy\": 1,\n \"mood\": {\"tone\": [\"warm\", 2]},\n \"title\": \"T\"}";
    assertThatThrownBy(() -> read(json, ReadOptions.strictDefaults()))
        .isInstanceOfSatisfying(ColloquyParseException.class, e -> {
          assertThat(e.problem()).contains("\"mood\"");
          assertThat(e.location()).hasToString("test.json:2:10");
        });
  }

  @Test
  void unknownFieldsInsideSegmentsAndWordsAreSkippedWithTheRestKept() {
    String json = "{\"colloquy\": 1, \"segments\": [{\"text\": \"Hi.\", \"colour\": \"red\", \"start\": 1,"
        + " \"words\": [{\"text\": \"Hi.\", \"stress\": null, \"start\": 1}]}]}";
    Episode episode = read(json, ReadOptions.defaults());
    assertThat(episode.segments()).singleElement().satisfies(s -> {
      assertThat(s.start()).contains(Duration.ofSeconds(1));
      assertThat(s.words()).containsExactly(Word.of("Hi.").at(Duration.ofSeconds(1), Optional.empty()));
    });
    assertThat(episode.diagnostics()).extracting(Diagnostic::message).containsExactly(
        "unknown field \"colour\" in a segment was skipped; its value: \"red\"",
        "unknown field \"stress\" in a word was skipped; its value: null");
  }

  @Test
  void aKnownFieldThatIsNullIsAbsent() {
    Episode episode = read("{\"colloquy\": 1, \"title\": null, \"segments\": [{\"text\": \"x\", \"end\": null}]}",
        ReadOptions.strictDefaults());
    assertThat(episode.title()).isEmpty();
    assertThat(episode.segments().get(0).end()).isEmpty();
  }

  @Test
  void fieldsMayComeInAnyOrderWithSpeakersAfterTheSegmentsNamingThem() {
    Episode episode = read("{\"segments\": [{\"speaker\": \"A\", \"text\": \"x\"}], \"speakers\": [{\"id\": \"A\"}],"
        + " \"colloquy\": 1}", ReadOptions.strictDefaults());
    assertThat(episode.segments().get(0).speaker()).contains(Speaker.of("A"));
  }

  @Test
  void contentAfterTheEpisodeIsAWarning() {
    Episode episode = read("{\"colloquy\": 1, \"title\": \"T\"}\n{}", ReadOptions.defaults());
    assertThat(episode.diagnostics()).extracting(Diagnostic::code).containsExactly("trailing-content");
  }

  // --- times -----------------------------------------------------------------------------------------------------

  @Test
  void timesAreExactDecimalSecondsAndIsoDurationsAreAccepted() {
    Episode episode = read("{\"colloquy\": 1, \"segments\": [{\"start\": 0.000000001, \"end\": \"PT1M9.25S\","
        + " \"text\": \"x\"}]}", ReadOptions.strictDefaults());
    assertThat(episode.segments().get(0).start()).contains(Duration.ofNanos(1));
    assertThat(episode.segments().get(0).end()).contains(Duration.ofMillis(69_250));
  }

  @Test
  void nanosecondTimesAreWrittenAsExactDecimals() {
    Segment segment = Segment.builder().start(Duration.ofSeconds(3600, 123_456_789)).end(Duration.ofHours(30))
        .text("x").build();
    assertThat(write(Episode.builder().addSegment(segment).build()))
        .contains("\"start\": 3600.123456789,", "\"end\": 108000,");
  }

  @Test
  void aTimeFinerThanANanosecondIsRoundedWithAWarning() {
    Episode episode = read("{\"colloquy\": 1, \"duration\": 1.0000000015, \"title\": \"T\"}", ReadOptions.defaults());
    assertThat(episode.duration()).contains(Duration.ofSeconds(1, 2));
    assertThat(episode.diagnostics()).extracting(Diagnostic::code).containsExactly("time-precision");
  }

  @Test
  void aTimeWithAHugeNegativeExponentRoundsToZeroWithoutExpandingIt() {
    Episode episode = read("{\"colloquy\": 1, \"duration\": 1e-999999999}", ReadOptions.defaults());
    assertThat(episode.duration()).contains(Duration.ZERO);
    assertThat(episode.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("1e-999999999").hasSizeLessThan(200));
  }
}
