package org.colloquy.query;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.Speaker;
import org.junit.jupiter.api.Test;

class EpisodeStatsTest {

  private static final Speaker HOST = Speaker.of("HOST", "Host", Speaker.Role.HOST);
  private static final Speaker GUEST = Speaker.of("GUEST", "Guest", Speaker.Role.GUEST);

  private static Segment timed(Speaker s, int from, int to, String text) {
    return Segment.builder().speaker(s).start(ofSeconds(from)).end(ofSeconds(to)).text(text).build();
  }

  @Test
  void statsCountWordsTimeTurnsAndQuestionsPerSpeaker() {
    Episode episode = Episode.builder().addSpeaker(HOST).addSpeaker(GUEST)
        .addSegment(timed(HOST, 0, 10, "Who are you? Where from??"))
        .addSegment(timed(GUEST, 10, 40, "I am a guest."))
        .addSegment(timed(GUEST, 40, 70, "From far away, truly."))
        .addSegment(timed(HOST, 70, 80, "Thanks."))
        .build();
    EpisodeStats stats = episode.stats();
    SpeakerStats host = stats.of("host").orElseThrow();
    SpeakerStats guest = stats.of("GUEST").orElseThrow();
    assertThat(host.words()).isEqualTo(6);
    assertThat(guest.words()).isEqualTo(8);
    assertThat(host.wordShare() + guest.wordShare()).isCloseTo(1, within(1e-9));
    assertThat(guest.talkTime()).isEqualTo(ofSeconds(60));
    assertThat(guest.talkShare()).isCloseTo(0.75, within(1e-9));
    assertThat(host.turns()).isEqualTo(2);
    assertThat(guest.turns()).isEqualTo(1);
    assertThat(guest.longestTurn()).isEqualTo(ofSeconds(60));
    assertThat(guest.longestTurnWords()).isEqualTo(8);
    assertThat(host.questions()).isEqualTo(2);
    assertThat(stats.words()).isEqualTo(14);
    assertThat(stats.toString()).contains("Guest").contains("1:00").contains("75.0%");
  }

  @Test
  void untimedEpisodesHaveZeroTalkShareNotNaN() {
    Episode episode = Episode.builder().addSpeaker(HOST)
        .addSegment(Segment.builder().speaker(HOST).text("No times here.").build()).build();
    SpeakerStats host = episode.stats().speakers().get(0);
    assertThat(host.talkShare()).isZero();
    assertThat(host.wordShare()).isEqualTo(1.0);
  }
}
