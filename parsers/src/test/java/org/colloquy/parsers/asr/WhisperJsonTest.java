package org.colloquy.parsers.asr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.colloquy.format.ColloquyParseException;
import org.colloquy.format.ReadOptions;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.Word;
import org.colloquy.parsers.JsonFixtures;
import org.junit.jupiter.api.Test;

class WhisperJsonTest {

  private static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }

  @Test
  void openAiSegmentsLoseTheirLeadingSpaceAndKeepTheirTimesInSeconds() {
    Episode ep = JsonFixtures.read("whisper-json/y_openai-verbose.json");
    assertThat(ep.segments()).extracting(Segment::text).containsExactly("Welcome back to the workshop.",
        "Today we talk about gradient descent.", "It is older than most of us think.");
    assertThat(ep.segments().get(1).start()).contains(ms(2480));
    assertThat(ep.segments().get(1).end()).contains(ms(5900));
    assertThat(ep.segments().get(1).id()).contains("1");
    assertThat(ep.speakers()).isEmpty();
  }

  @Test
  void aLanguageNameIsKeptAsMetadataAndACodeAsTheLanguage() {
    assertThat(JsonFixtures.read("whisper-json/y_openai-verbose.json").language()).isEmpty();
    assertThat(JsonFixtures.read("whisper-json/y_openai-verbose.json").metadata()).containsEntry("language",
        "english");
    assertThat(JsonFixtures.read("whisper-json/y_openai-words.json").language()).contains("en");
  }

  @Test
  void wordsInsideSegmentsKeepTheirTimesAndProbabilities() {
    Segment first = JsonFixtures.read("whisper-json/y_openai-words.json").segments().get(0);
    assertThat(first.words()).extracting(Word::text)
        .containsExactly("Backprop", "is", "just", "the", "chain", "rule.");
    Word backprop = first.words().get(0);
    assertThat(backprop.start()).contains(ms(500));
    assertThat(backprop.end()).contains(ms(1100));
    assertThat(backprop.confidence()).hasValue(0.91);
    assertThat(backprop.interpolated()).isFalse();
  }

  @Test
  void topLevelWordsOfTheApiGoToTheSegmentTheyStartIn() {
    Episode ep = JsonFixtures.read("whisper-json/y_api-top-level-words.json");
    assertThat(ep.segments().get(0).words()).extracting(Word::text).containsExactly("The", "model", "was", "small");
    assertThat(ep.segments().get(1).words()).extracting(Word::text).containsExactly("It", "worked", "anyway");
    assertThat(ep.duration()).contains(ms(4200));
    assertThat(ep.metadata()).containsEntry("whisper.task", "transcribe");
  }

  @Test
  void whisperXLabelsBecomeSpeakersShownInOrderOfAppearance() {
    Episode ep = JsonFixtures.read("whisper-json/y_whisperx-diarised.json");
    assertThat(ep.speakers()).extracting(s -> s.id() + "=" + s.displayName())
        .containsExactly("SPEAKER_00=Speaker 1", "SPEAKER_01=Speaker 2");
    assertThat(ep.segments()).extracting(s -> s.speaker().orElseThrow().id())
        .containsExactly("SPEAKER_00", "SPEAKER_01", "SPEAKER_00", "SPEAKER_00", "SPEAKER_01");
    assertThat(ep.segments().get(0).speaker().get()).isSameAs(ep.segments().get(2).speaker().get());
  }

  @Test
  void untimedWhisperXWordsAreInterpolatedBetweenTheirNeighboursAndNothingIsDropped() {
    Episode ep = JsonFixtures.read("whisper-json/y_whisperx-diarised.json");
    List<Word> words = ep.segments().get(1).words();
    assertThat(words).extracting(Word::text)
        .containsExactly("Near", "Paris,", "and", "I", "moved", "in", "1988", "at", "25.");
    Word year = words.get(6);
    assertThat(year.interpolated()).isTrue();
    assertThat(year.start()).contains(ms(5400));
    assertThat(year.end()).contains(ms(6600));
    Word last = words.get(8);
    assertThat(last.interpolated()).isTrue();
    assertThat(last.start()).contains(ms(6800));
    assertThat(last.end()).contains(ms(7850));
    assertThat(ep.diagnostics()).anyMatch(d -> d.code().equals("interpolated-times") && d.message().startsWith("2 "));
  }

  @Test
  void whisperXWordSegmentsDoNotDuplicateTheSegmentsWords() {
    Episode ep = JsonFixtures.read("whisper-json/y_whisperx-diarised.json");
    assertThat(ep.segments().stream().mapToInt(s -> s.words().size()).sum()).isEqualTo(23);
  }

  @Test
  void whisperCppOffsetsAreMilliseconds() {
    Episode ep = JsonFixtures.read("whisper-json/y_whispercpp.json");
    assertThat(ep.segments()).hasSize(3);
    assertThat(ep.segments().get(2).start()).contains(ms(62_500));
    assertThat(ep.segments().get(2).end()).contains(ms(65_000));
    assertThat(ep.segments().get(0).text()).isEqualTo("The lab had one machine and a long queue.");
    assertThat(ep.language()).contains("en");
  }

  @Test
  void whisperCppTokensAreJoinedIntoWordsAndControlTokensLeftOut() {
    Segment s = JsonFixtures.read("whisper-json/y_whispercpp-full.json").segments().get(0);
    assertThat(s.words()).extracting(Word::text).containsExactly("Convolutional", "nets", "work.");
    Word first = s.words().get(0);
    assertThat(first.start()).contains(ms(0));
    assertThat(first.end()).contains(ms(800));
    assertThat(first.confidence()).hasValue(0.8);
  }

  @Test
  void segmentsRecordTheLineTheyStartOn() {
    Episode ep = JsonFixtures.read("whisper-json/y_openai-verbose.json");
    assertThat(ep.segments().get(0).source().orElseThrow().line()).isEqualTo(4);
    assertThat(ep.segments().get(1).source().orElseThrow().line()).isGreaterThan(4);
  }

  @Test
  void anEndBeforeTheStartIsDroppedWithAWarningOrRefusedWhenStrict() {
    String text = "{\"segments\":[{\"id\":0,\"start\":5.0,\"end\":2.0,\"text\":\" Backwards.\"}]}";
    Episode ep = JsonFixtures.registry().parse(text, "t.json", "whisper-json", ReadOptions.defaults());
    assertThat(ep.segments().get(0).end()).isEmpty();
    assertThat(ep.diagnostics()).anyMatch(d -> d.code().equals("end-before-start"));
    assertThatThrownBy(() -> JsonFixtures.registry().parse(text, "t.json", "whisper-json",
        ReadOptions.strictDefaults())).isInstanceOf(ColloquyParseException.class);
  }

  @Test
  void malformedJsonFailsAtItsLineAndColumn() {
    String text = "{\"segments\": [\n  {\"start\": 1.0, \"text\": \"a\"},\n  {\"start\": oops}\n]}";
    assertThatThrownBy(() -> JsonFixtures.registry().parse(text, "bad.json", "whisper-json",
        ReadOptions.defaults()))
        .isInstanceOfSatisfying(ColloquyParseException.class, e -> {
          assertThat(e.location().line()).isEqualTo(3);
          assertThat(e.location().column()).isGreaterThan(1);
        });
  }

  @Test
  void aTimeThatIsNotANumberIsLeftOutWithAWarning() {
    String text = "{\"segments\":[{\"start\":\"soon\",\"end\":-3,\"text\":\"When?\"}]}";
    Episode ep = JsonFixtures.registry().parse(text, "t.json", "whisper-json", ReadOptions.defaults());
    assertThat(ep.segments().get(0).start()).isEmpty();
    assertThat(ep.diagnostics()).filteredOn(d -> d.code().equals("bad-time")).hasSize(2);
  }
}
