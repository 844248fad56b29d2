package org.colloquy.parsers.asr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.Word;
import org.colloquy.parsers.JsonFixtures;
import org.junit.jupiter.api.Test;

class AwsTranscribeJsonTest {

  @Test
  void punctuationItemsAttachToTheWordBeforeThem() {
    Episode ep = JsonFixtures.read("aws-transcribe-json/y_speaker-segments.json");
    assertThat(ep.segments().get(1).words()).extracting(Word::text)
        .containsExactly("Thank", "you,", "glad", "to", "be", "here!");
    Word you = ep.segments().get(1).words().get(1);
    assertThat(you.start()).contains(Duration.ofMillis(2400));
    assertThat(you.end()).contains(Duration.ofMillis(2600));
  }

  @Test
  void stringTimesAndConfidencesAreRead() {
    Word here = JsonFixtures.read("aws-transcribe-json/y_speaker-segments.json").segments().get(1).words().get(5);
    assertThat(here.start()).contains(Duration.ofMillis(3200));
    assertThat(here.confidence()).hasValue(0.95);
  }

  @Test
  void speakersOfOlderOutputsComeFromTheSpeakerLabelSegments() {
    Episode ep = JsonFixtures.read("aws-transcribe-json/y_speaker-segments.json");
    assertThat(ep.segments()).extracting(s -> s.speaker().orElseThrow().id() + ": " + s.text())
        .containsExactly("spk_0: Welcome to the show.", "spk_1: Thank you, glad to be here!");
    assertThat(ep.speakers()).extracting(s -> s.displayName()).containsExactly("Speaker 1", "Speaker 2");
    assertThat(ep.metadata()).containsEntry("aws.jobName", "episode-7");
  }

  @Test
  void speakerLabelsOnItemsAreUsedDirectly() {
    Episode ep = JsonFixtures.read("aws-transcribe-json/y_item-speakers.json");
    assertThat(ep.segments()).extracting(s -> s.speaker().orElseThrow().id() + ": " + s.text())
        .containsExactly("spk_0: Is it on?", "spk_1: Yes.");
  }

  @Test
  void shortSentencesJoinTheNextUntilASegmentHoldsSixteenWords() {
    Episode ep = JsonFixtures.read("aws-transcribe-json/y_short-sentences.json");
    assertThat(ep.segments()).extracting(s -> s.speaker().orElseThrow().id() + ": " + s.text())
        .containsExactly("spk_0: Yes. Right. We built it with a small team of five people who had met before.",
            "spk_0: Then came more.", "spk_1: Really?");
    assertThat(ep.segments().get(0).words()).hasSize(AwsTranscribeReader.AWS_SENTENCE_WORDS);
  }

  @Test
  void channelIdentificationMakesEachChannelASpeaker() {
    Episode ep = JsonFixtures.read("aws-transcribe-json/y_channels.json");
    assertThat(ep.segments()).extracting(s -> s.speaker().orElseThrow().id() + ": " + s.text())
        .containsExactly("ch_0: I've been waiting.", "ch_1: Sorry about that.");
    assertThat(ep.segments()).extracting(Segment::words).allSatisfy(w -> assertThat(w).hasSize(3));
  }
}
