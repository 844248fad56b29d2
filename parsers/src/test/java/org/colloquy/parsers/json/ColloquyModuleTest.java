package org.colloquy.parsers.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.colloquy.format.ColloquyParseException;
import org.colloquy.format.FormatRegistry;
import org.colloquy.format.ReadOptions;
import org.colloquy.format.testkit.EpisodeArbitraries;
import org.colloquy.model.Diagnostic;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.Speaker;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class ColloquyModuleTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new ColloquyModule()).build();

  /** A user's own type that holds episodes. */
  record Shelf(String name, Episode featured, List<Episode> episodes) {}

  @Provide
  Arbitrary<Episode> episodes() {
    return EpisodeArbitraries.episodes();
  }

  @Property(tries = 100)
  void episodesInsideAUserRecordRoundTrip(@ForAll @From("episodes") Episode featured,
      @ForAll @From("episodes") Episode other) {
    Shelf shelf = new Shelf("mine", featured, List.of(other, featured));
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(shelf), Shelf.class)).isEqualTo(shelf);
  }

  @Test
  void anEmbeddedEpisodeIsWrittenInTheColloquyJsonShape() {
    Speaker yann = Speaker.of("YANN");
    Episode episode = Episode.builder().title("T").addSpeaker(yann)
        .addSegment(Segment.builder().speaker(yann).text("Hi.").build()).build();
    assertThat(MAPPER.writeValueAsString(new Shelf("s", episode, List.of())))
        .isEqualTo("{\"name\":\"s\",\"featured\":{\"colloquy\":1,\"title\":\"T\",\"speakers\":[{\"id\":\"YANN\","
            + "\"displayName\":\"YANN\",\"role\":\"UNKNOWN\"}],\"segments\":[{\"speaker\":\"YANN\",\"text\":\"Hi.\"}]},"
            + "\"episodes\":[]}");
  }

  @Test
  void aBadEmbeddedEpisodeFailsAsJacksonDoesWithTheColloquyProblemAsItsCause() {
    String json = "{\"name\": \"s\",\n \"featured\": {\"colloquy\": 1,\n  \"segments\": [{\"speaker\": \"LEX\"}]},"
        + "\n \"episodes\": []}";
    assertThatThrownBy(() -> MAPPER.readValue(json, Shelf.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("LEX")
        .hasRootCauseInstanceOf(ColloquyParseException.class)
        .satisfies(e -> {
          Throwable cause = e;
          while (!(cause instanceof ColloquyParseException)) {
            cause = cause.getCause();
          }
          assertThat(((ColloquyParseException) cause).location()).hasToString("<json>:3:28");
        });
  }

  @Test
  void malformedJsonInsideAnEpisodeIsJacksonsOwnError() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"name\": \"s\", \"featured\": {\"colloquy\": 1,,}}", Shelf.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("Unexpected character");
  }

  @Test
  void unknownFieldsAreWarningsOnTheEpisodeAsJacksonIgnoresThemByDefault() {
    Episode episode = MAPPER.readValue("{\"colloquy\": 1, \"mood\": \"warm\", \"title\": \"T\"}", Episode.class);
    assertThat(episode.title()).contains("T");
    assertThat(episode.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
      assertThat(d.message()).contains("\"mood\"", "\"warm\"");
    });
  }

  @Test
  void unknownFieldsAreRefusedWhenTheMapperFailsOnUnknownProperties() {
    JsonMapper strict = MAPPER.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertThatThrownBy(() -> strict.readValue("{\"colloquy\": 1, \"mood\": \"warm\"}", Episode.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("\"mood\"");
  }

  @Test
  void aTopLevelEpisodeReadsLikeTheFormatReadsIt() {
    String json = ColloquyJsonTest.fixture("interview.json");
    Episode viaFormat = FormatRegistry.builder().add(new ColloquyJsonFormat()).build()
        .parse(json, "interview.json", "colloquy-json", ReadOptions.strictDefaults());
    assertThat(MAPPER.readValue(json, Episode.class)).isEqualTo(viaFormat);
  }
}
