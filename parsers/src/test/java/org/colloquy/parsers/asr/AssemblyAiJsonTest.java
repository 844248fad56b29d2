package org.colloquy.parsers.asr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.colloquy.model.Episode;
import org.colloquy.model.Highlight;
import org.colloquy.model.Segment;
import org.colloquy.model.TimeSpan;
import org.colloquy.model.Topic;
import org.colloquy.parsers.JsonFixtures;
import org.junit.jupiter.api.Test;

class AssemblyAiJsonTest {

  private final Episode ep = JsonFixtures.read("assemblyai-json/y_utterances.json");

  @Test
  void utterancesBecomeSegmentsTimedInMilliseconds() {
    assertThat(ep.segments()).extracting(Segment::text)
        .containsExactly("Thanks for coming on.", "Happy to be here.", "Let's talk about energy based models.");
    assertThat(ep.segments().get(1).start()).contains(Duration.ofMillis(1900));
    assertThat(ep.segments().get(1).end()).contains(Duration.ofMillis(3000));
    assertThat(ep.segments().get(2).words()).hasSize(6);
    assertThat(ep.segments().get(2).words().get(3).end()).contains(Duration.ofMillis(4900));
  }

  @Test
  void letterLabelsBecomeNumberedSpeakers() {
    assertThat(ep.speakers()).extracting(s -> s.id() + "=" + s.displayName())
        .containsExactly("A=Speaker 1", "B=Speaker 2");
  }

  @Test
  void topLevelWordsAreNotCountedTwiceWhenUtterancesHaveThem() {
    assertThat(ep.segments().stream().mapToInt(s -> s.words().size()).sum()).isEqualTo(14);
  }

  @Test
  void chaptersBecomeTopicsNamedByTheirGist() {
    assertThat(ep.topics()).extracting(Topic::name).containsExactly("Welcome", "Energy based models");
    Topic second = ep.topics().get(1);
    assertThat(second.description()).contains("They turn to energy based models.");
    assertThat(second.attributes()).containsEntry("headline", "A conversation about energy based models begins");
    assertThat(second.spans()).containsExactly(TimeSpan.of(Duration.ofMillis(3400), Duration.ofMillis(6000)));
  }

  @Test
  void autoHighlightsBecomeHighlights() {
    assertThat(ep.highlights()).containsExactly(new Highlight(Highlight.Kind.HIGHLIGHT, java.util.Optional.empty(),
        "energy based models", java.util.Optional.of(TimeSpan.of(Duration.ofMillis(4300), Duration.ofMillis(6000)))));
  }

  @Test
  void theLanguageCodeBecomesABcp47Tag() {
    assertThat(ep.language()).contains("en-US");
  }

  @Test
  void withoutSpeakerLabelsTheWordsAreGroupedIntoSentences() {
    Episode plain = JsonFixtures.read("assemblyai-json/y_words-only.json");
    assertThat(plain.speakers()).isEmpty();
    assertThat(plain.segments()).extracting(Segment::text)
        .containsExactly("Short answer: yes.", "Long answer: it depends.");
    assertThat(plain.segments().get(1).start()).contains(Duration.ofMillis(1500));
  }
}
