package org.colloquy.parsers.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.colloquy.format.ColloquyParseException;
import org.colloquy.format.FormatRegistry;
import org.colloquy.format.ReadOptions;
import org.colloquy.format.Sample;
import org.colloquy.format.WriteOptions;
import org.colloquy.format.testkit.EpisodeArbitraries;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

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

  @Property(tries = 200)
  void theJacksonModuleRoundTripsEpisodesInsideUserTypes(@ForAll @From("episodes") Episode episode) {
    JsonMapper mapper = JsonMapper.builder().addModule(new ColloquyModule()).build();
    Library library = new Library("mine", List.of(episode, episode));
    assertThat(mapper.readValue(mapper.writeValueAsString(library), Library.class)).isEqualTo(library);
  }

  /** A user's own type that holds episodes. */
  record Library(String name, List<Episode> episodes) {}

  @Test
  void theSampleInterviewReadsWithItsSpeakersSegmentsQuotesAndTopics() {
    Episode episode = read(fixture("interview.json"), ReadOptions.strictDefaults());
    assertThat(episode.title()).contains("Learning without labels");
    assertThat(episode.speakers()).extracting(s -> s.id()).containsExactly("CRAIG", "YANN");
    assertThat(episode.segments().speech().by("yann").containing("backprop")
        .between(Duration.ofMinutes(5), Duration.ofMinutes(10))).hasSize(2);
    assertThat(episode.segments().ofKind(Segment.Kind.MUSIC)).hasSize(2);
    assertThat(episode.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isPresent());
    assertThat(episode.topics()).hasSize(1);
    assertThat(episode.segments().get(1).words()).hasSize(3);
    assertThat(episode.diagnostics()).isEmpty();
  }

  @Test
  void writingIsStableAndStartsWithTheVersion() {
    Episode episode = read(fixture("interview.json"), ReadOptions.strictDefaults());
    String written = write(episode);
    assertThat(written).startsWith("{\n  \"colloquy\" : 1,");
    assertThat(write(read(written, ReadOptions.strictDefaults()))).isEqualTo(written);
    assertThat(written).contains("\"start\" : 69.25").doesNotContain("\"kind\" : \"SPEECH\"");
  }

  @Test
  void detectionNeedsTheMarker() {
    ColloquyJsonFormat format = new ColloquyJsonFormat();
    assertThat(format.detect(Sample.of("a.json", "{\"colloquy\": 1, \"title\": \"x\"}"))).isGreaterThan(0.9);
    assertThat(format.detect(Sample.of("a.json", "{\"segments\": [{\"start\": 0}]}"))).isZero();
    assertThat(format.detect(Sample.of("a.txt", "colloquy: 1"))).isZero();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "{\"colloquy\": 2}                                            | 1 | 14 | colloquy-json version 1",
    "{\"title\": \"x\"}                                           | 1 | 1  | \"colloquy\": 1",
    "[1, 2]                                                       | 1 | 1  | a JSON object",
    "{\"colloquy\": 1, \"segments\": [{\"start\": -1}]}           | 1 | 40 | not negative",
    "{\"colloquy\": 1, \"segments\": [{\"start\": \"soon\"}]}     | 1 | 40 | ISO-8601",
    "{\"colloquy\": 1, \"segments\": [{\"start\": 5, \"end\": 2}]} | 1 | 30 | before its start",
    "{\"colloquy\": 1, \"segments\": [{\"speaker\": \"LEX\"}]}    | 1 | 42 | listed speaker",
    "{\"colloquy\": 1, \"date\": \"31/08/2019\"}                  | 1 | 25 | 2019-08-31",
    "{\"colloquy\": 1, \"title\": 5}                              | 1 | 26 | a string",
    "{\"colloquy\": 1, \"title\": \"x\"                           | 1 | 29 | well-formed JSON",
  })
  void badInputIsRejectedAtItsLineAndColumn(String json, int line, int column, String expected) {
    assertThatThrownBy(() -> read(json.strip(), ReadOptions.defaults()))
        .isInstanceOfSatisfying(ColloquyParseException.class, e -> {
          assertThat(e.line()).isEqualTo(line);
          assertThat(e.column()).isEqualTo(column);
          assertThat(e.getMessage()).contains(expected).startsWith("test.json:" + line + ":" + column + ":");
        });
  }

  @Test
  void unknownFieldsAreKeptAsWarningsWhenLenientAndRefusedWhenStrict() {
    String json = "{\"colloquy\": 1,\n \"mood\": {\"tone\": [\"warm\", 2]},\n \"title\": \"T\"}";
    Episode episode = read(json, ReadOptions.defaults());
    assertThat(episode.title()).contains("T");
    assertThat(episode.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("unknown-field");
      assertThat(d.message()).contains("\"mood\"").contains("{\"tone\":[\"warm\",2]}");
      assertThat(d.location()).get().hasToString("test.json:2:10");
    });
    assertThatThrownBy(() -> read(json, ReadOptions.strictDefaults()))
        .isInstanceOf(ColloquyParseException.class).hasMessageContaining("mood");
  }

  @Test
  void timesAreExactDecimalSecondsAndIsoDurationsAreAccepted() {
    Episode episode = read("{\"colloquy\": 1, \"segments\": [{\"start\": 0.000000001, \"end\": \"PT1M9.25S\","
        + " \"text\": \"x\"}]}", ReadOptions.strictDefaults());
    assertThat(episode.segments().get(0).start()).contains(Duration.ofNanos(1));
    assertThat(episode.segments().get(0).end()).contains(Duration.ofMillis(69_250));
  }
}
