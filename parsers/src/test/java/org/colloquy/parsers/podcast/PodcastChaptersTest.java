package org.colloquy.parsers.podcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.colloquy.model.Episode;
import org.colloquy.model.TimeSpan;
import org.colloquy.model.Topic;
import org.colloquy.parsers.JsonFixtures;
import org.junit.jupiter.api.Test;

class PodcastChaptersTest {

  private final Episode chapters = JsonFixtures.read("podcast-chapters/y_chapters.json");

  @Test
  void chaptersBecomeTopicsWithTimeSpans() {
    assertThat(chapters.topics()).extracting(Topic::name).containsExactly("Introduction", "How a forecast is made",
        "Sponsor", "Questions from listeners");
    assertThat(chapters.topics().get(1).spans())
        .containsExactly(TimeSpan.of(Duration.ofMillis(11_400), Duration.ofSeconds(60)));
    assertThat(chapters.topics().get(3).spans()).containsExactly(TimeSpan.from(Duration.ofMillis(95_500)));
  }

  @Test
  void urlImageAndTocAreKeptAsAttributes() {
    assertThat(chapters.topics().get(0).attributes()).containsEntry("img", "https://example.org/img/intro.jpg");
    assertThat(chapters.topics().get(1).attributes()).containsEntry("url", "https://example.org/forecasts");
    assertThat(chapters.topics().get(2).attributes()).containsEntry("toc", "false");
  }

  @Test
  void theFilesTitleAndPodcastNameDescribeTheEpisode() {
    assertThat(chapters.title()).contains("Forecasts Are Bets");
    assertThat(chapters.show()).contains("Signal and Noise");
    assertThat(chapters.metadata()).containsEntry("author", "Maya Lindqvist");
  }

  @Test
  void chaptersAttachToATranscriptOfTheSameEpisode() {
    Episode transcript = JsonFixtures.read("podcast-json/y_paragraphs.json");
    Episode both = Episode.merge(transcript, chapters);
    assertThat(both.segments()).hasSize(transcript.segments().size());
    assertThat(both.topics()).hasSize(4);
    assertThat(both.title()).contains("Forecasts Are Bets");
    assertThat(both.segments().at(Duration.ofSeconds(12)).first().orElseThrow().speaker().orElseThrow().id())
        .isEqualTo("Tomas Ek");
  }
}
