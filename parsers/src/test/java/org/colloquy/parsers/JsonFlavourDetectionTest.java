package org.colloquy.parsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.colloquy.format.ColloquyException;
import org.colloquy.format.Format;
import org.colloquy.format.FormatRegistry;
import org.colloquy.format.ReadOptions;
import org.colloquy.format.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every fixture is claimed by its own format alone: a full matrix of the eight formats over all fixtures. */
class JsonFlavourDetectionTest {

  private static final List<String> FIXTURES = List.of(
      "whisper-json/y_openai-verbose.json", "whisper-json/y_openai-words.json",
      "whisper-json/y_api-top-level-words.json", "whisper-json/y_whisperx-diarised.json",
      "whisper-json/y_whispercpp.json", "whisper-json/y_whispercpp-full.json",
      "assemblyai-json/y_utterances.json", "assemblyai-json/y_words-only.json",
      "deepgram-json/y_utterances.json", "deepgram-json/y_paragraphs.json", "deepgram-json/y_two-channels.json",
      "aws-transcribe-json/y_speaker-segments.json", "aws-transcribe-json/y_item-speakers.json",
      "aws-transcribe-json/y_channels.json", "revai-json/y_two-speakers.json",
      "podcast-json/y_paragraphs.json", "podcast-json/y_word-per-segment.json", "podcast-html/y_basic.html",
      "podcast-chapters/y_chapters.json");

  static Stream<Arguments> fixtureAndFormat() {
    return FIXTURES.stream().flatMap(f -> JsonFixtures.FORMATS.stream().map(format -> Arguments.of(f, format)));
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("fixtureAndFormat")
  void onlyTheFixturesOwnFormatReachesTheThreshold(String fixture, Format format) {
    // The file name says nothing: detection must go by content alone.
    double score = format.detect(Sample.of("upload.bin", JsonFixtures.text(fixture)));
    boolean own = fixture.startsWith(format.name() + "/");
    if (own) {
      assertThat(score).as("%s on its own fixture %s", format.name(), fixture)
          .isGreaterThanOrEqualTo(FormatRegistry.THRESHOLD);
    } else {
      assertThat(score).as("%s on %s", format.name(), fixture).isLessThan(FormatRegistry.THRESHOLD);
    }
  }

  @Test
  void theMatrixCoversEveryFormat() {
    assertThat(JsonFixtures.FORMATS).allSatisfy(
        f -> assertThat(FIXTURES).anyMatch(fixture -> fixture.startsWith(f.name() + "/")));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"foo\":1}",
    "{\"colloquy\":1,\"title\":\"T\",\"speakers\":[{\"id\":\"A\"}],\"segments\":[{\"speaker\":\"A\",\"start\":1000,"
        + "\"end\":2000,\"text\":\"Hi.\",\"words\":[{\"text\":\"Hi.\",\"start\":1000,\"end\":2000}]}],"
        + "\"topics\":[{\"name\":\"x\"}]}",
    "[{\"start\":0,\"text\":\"a list, not an object\"}]",
    "{\"segments\":[]}",
    "WEBVTT\n\n00:00.000 --> 00:01.000\nHello",
    "<html><body><p>Just a page.</p></body></html>",
  })
  void otherTextIsClaimedByNoneOfTheFormats(String text) {
    for (Format f : JsonFixtures.FORMATS) {
      assertThat(f.detect(Sample.of("x.json", text))).as(f.name()).isLessThan(FormatRegistry.THRESHOLD);
    }
  }

  @Test
  void colloquysOwnSampleInterviewIsClaimedByNoneOfTheFormats() {
    String own = JsonFixtures.text("colloquy-json/interview.json");
    for (Format f : JsonFixtures.FORMATS) {
      assertThat(f.detect(Sample.of("interview.json", own))).as(f.name()).isLessThan(FormatRegistry.THRESHOLD);
    }
  }

  @Test
  void jsonOfNoKnownFlavourFailsNamingTheFlavoursTried() {
    assertThatThrownBy(() -> JsonFixtures.registry().parse("{\"foo\":1}", "mystery.json", ReadOptions.defaults()))
        .isInstanceOf(ColloquyException.class)
        .hasMessageContaining("whisper-json").hasMessageContaining("deepgram-json")
        .hasMessageContaining("aws-transcribe-json").hasMessageContaining("podcast-chapters");
  }

  @Test
  void theDiscoveredRegistryPicksTheRightFlavourForEachFixture() {
    FormatRegistry all = FormatRegistry.discover();
    for (String fixture : FIXTURES) {
      String expected = fixture.substring(0, fixture.indexOf('/'));
      assertThat(all.detect(Sample.of("upload", JsonFixtures.text(fixture))).name()).as(fixture)
          .isEqualTo(expected);
    }
  }
}
