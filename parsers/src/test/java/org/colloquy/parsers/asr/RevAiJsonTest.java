package org.colloquy.parsers.asr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.Word;
import org.colloquy.parsers.JsonFixtures;
import org.junit.jupiter.api.Test;

class RevAiJsonTest {

  private final Episode ep = JsonFixtures.read("revai-json/y_two-speakers.json");

  @Test
  void eachMonologueIsASegmentWhoseTextIsItsElementsRunTogether() {
    assertThat(ep.segments()).extracting(Segment::text)
        .containsExactly("Good evening. Ready?", "Ready when you <inaudible> are.", "Great!");
    assertThat(ep.segments().get(0).start()).contains(Duration.ofMillis(500));
    assertThat(ep.segments().get(0).end()).contains(Duration.ofMillis(2000));
  }

  @Test
  void untimedPunctuationAttachesToTheWordBefore() {
    assertThat(ep.segments().get(0).words()).extracting(Word::text).containsExactly("Good", "evening.", "Ready?");
    assertThat(ep.segments().get(0).words().get(1).end()).contains(Duration.ofMillis(1300));
  }

  @Test
  void integerSpeakersAreIdsAndSpeakerInfoNamesThem() {
    assertThat(ep.speakers()).extracting(s -> s.id() + "=" + s.displayName())
        .containsExactly("0=Speaker 1", "1=Dr. Okafor");
    assertThat(ep.segments().get(2).speaker()).isEqualTo(ep.segments().get(0).speaker());
  }
}
