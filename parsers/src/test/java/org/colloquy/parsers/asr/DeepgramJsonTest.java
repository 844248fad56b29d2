package org.colloquy.parsers.asr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.TimeSpan;
import org.colloquy.model.Topic;
import org.colloquy.model.Word;
import org.colloquy.parsers.JsonFixtures;
import org.junit.jupiter.api.Test;

class DeepgramJsonTest {

  @Test
  void utterancesBecomeSegmentsWithIntegerSpeakersAsIds() {
    Episode ep = JsonFixtures.read("deepgram-json/y_utterances.json");
    assertThat(ep.segments()).extracting(Segment::text)
        .containsExactly("Hello, everyone.", "Hi.", "We should discuss robotics.");
    assertThat(ep.speakers()).extracting(s -> s.id() + "=" + s.displayName())
        .containsExactly("0=Speaker 1", "1=Speaker 2");
    assertThat(ep.segments().get(2).speaker().orElseThrow().id()).isEqualTo("1");
    assertThat(ep.duration()).contains(Duration.ofMillis(3600));
  }

  @Test
  void wordsTakeTheirPunctuatedForm() {
    Episode ep = JsonFixtures.read("deepgram-json/y_utterances.json");
    assertThat(ep.segments().get(0).words()).extracting(Word::text).containsExactly("Hello,", "everyone.");
    assertThat(ep.segments().get(0).words().get(0).confidence()).hasValue(0.99);
  }

  @Test
  void topicsSpanTheWordsTheyCover() {
    Episode ep = JsonFixtures.read("deepgram-json/y_utterances.json");
    assertThat(ep.topics()).extracting(Topic::name).containsExactly("Robotics");
    assertThat(ep.topics().get(0).spans())
        .containsExactly(TimeSpan.of(Duration.ofMillis(1900), Duration.ofMillis(3500)));
  }

  @Test
  void withoutUtterancesTheParagraphsAreTheSegments() {
    Episode ep = JsonFixtures.read("deepgram-json/y_paragraphs.json");
    assertThat(ep.segments()).extracting(s -> s.speaker().orElseThrow().id() + ": " + s.text())
        .containsExactly("0: So it began.", "1: Did it end?");
    assertThat(ep.segments().get(1).words()).extracting(Word::text).containsExactly("Did", "it", "end?");
    assertThat(ep.language()).contains("en");
  }

  @Test
  void channelsWithoutDiarisationBecomeChannelSpeakersInTimeOrder() {
    Episode ep = JsonFixtures.read("deepgram-json/y_two-channels.json");
    assertThat(ep.segments()).extracting(s -> s.speaker().orElseThrow().id() + ": " + s.text())
        .containsExactly("ch_0: good morning", "ch_1: morning to you");
  }
}
