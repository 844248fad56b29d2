package org.colloquy.parsers.podcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.colloquy.format.ReadOptions;
import org.colloquy.format.ReadOptions.SpeakerCarry;
import org.colloquy.format.WriteOptions;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.Word;
import org.colloquy.parsers.JsonFixtures;
import org.junit.jupiter.api.Test;

class PodcastJsonTest {

  @Test
  void speakersAreNamesUsedAsIdAndDisplayName() {
    Episode ep = JsonFixtures.read("podcast-json/y_paragraphs.json");
    assertThat(ep.speakers()).extracting(s -> s.id() + "=" + s.displayName())
        .containsExactly("Maya Lindqvist=Maya Lindqvist", "Tomas Ek=Tomas Ek");
  }

  @Test
  void anEmptySpeakerContinuesThePreviousOne() {
    Episode ep = JsonFixtures.read("podcast-json/y_paragraphs.json");
    assertThat(ep.segments().get(1).speaker().orElseThrow().id()).isEqualTo("Maya Lindqvist");
  }

  @Test
  void perSegmentSpeakersLeaveAnEmptySpeakerUnattributed() {
    ReadOptions perSegment = ReadOptions.defaults().toBuilder().speakerCarry(SpeakerCarry.PER_SEGMENT).build();
    Episode ep = JsonFixtures.read("podcast-json/y_paragraphs.json", perSegment);
    assertThat(ep.segments().get(1).speaker()).isEmpty();
  }

  @Test
  void aMissingEndTimeIsDerivedFromTheNextStart() {
    Segment fourth = JsonFixtures.read("podcast-json/y_paragraphs.json").segments().get(3);
    assertThat(fourth.end()).contains(Duration.ofSeconds(18));
    assertThat(fourth.endDerived()).isTrue();
  }

  @Test
  void wordPerSegmentFilesAreGroupedBySentenceAndSpeakerWhileWordsKeepTheirTimes() {
    Episode ep = JsonFixtures.read("podcast-json/y_word-per-segment.json");
    assertThat(ep.segments()).extracting(s -> s.speaker().orElseThrow().id() + ": " + s.text())
        .containsExactly("Maya: Hello and welcome.", "Maya: Who are you?", "Tomas: I model weather.");
    Word who = ep.segments().get(1).words().get(0);
    assertThat(who.text()).isEqualTo("Who");
    assertThat(who.start()).contains(Duration.ofMillis(1300));
    assertThat(who.end()).contains(Duration.ofMillis(1500));
    assertThat(ep.segments().get(1).start()).contains(Duration.ofMillis(1300));
    assertThat(ep.segments().get(1).end()).contains(Duration.ofMillis(2000));
  }

  @Test
  void theWriterGivesDecimalSecondsAndOneEntryPerTimedWord() {
    Episode ep = JsonFixtures.read("podcast-json/y_word-per-segment.json");
    String json = JsonFixtures.registry().write(ep, "podcast-json", WriteOptions.defaults());
    assertThat(json).contains("\"version\" : \"1.0.0\"").contains("\"startTime\" : 1.3")
        .contains("\"body\" : \"Who\"").doesNotContain("E-");
    Episode again = JsonFixtures.registry().parse(json, "again.json", "podcast-json", ReadOptions.defaults());
    assertThat(again.segments()).isEqualTo(ep.segments().stream()
        .map(s -> s.toBuilder().source(again.segments().get(ep.segments().indexOf(s)).source().orElseThrow())
            .build()).toList());
  }
}
