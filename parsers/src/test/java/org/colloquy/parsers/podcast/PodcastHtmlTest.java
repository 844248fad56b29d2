package org.colloquy.parsers.podcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.colloquy.format.ReadOptions;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.parsers.JsonFixtures;
import org.junit.jupiter.api.Test;

class PodcastHtmlTest {

  private final Episode ep = JsonFixtures.read("podcast-html/y_basic.html");

  @Test
  void citeTimeAndParagraphMakeASegmentWithEntitiesDecoded() {
    assertThat(ep.segments()).extracting(Segment::text).containsExactly("Welcome to Signal & Noise. I'm Maya.",
        "Thanks, Maya — glad to be here.", "Let’s start with the basics.");
  }

  @Test
  void namesLoseTheirTrailingColonEvenAfterASpace() {
    assertThat(ep.speakers()).extracting(s -> s.id()).containsExactly("Maya Lindqvist", "Tomas Ek");
    assertThat(ep.segments().get(1).speaker().orElseThrow().id()).isEqualTo("Tomas Ek");
  }

  @Test
  void startTimesAreReadAndEndsDerivedFromTheNextStart() {
    assertThat(ep.segments().get(2).start()).contains(Duration.ofSeconds(3723));
    assertThat(ep.segments().get(0).end()).contains(Duration.ofSeconds(11));
    assertThat(ep.segments().get(0).endDerived()).isTrue();
  }

  @Test
  void segmentsRecordTheLineOfTheirParagraph() {
    assertThat(ep.segments().get(1).source().orElseThrow().line()).isEqualTo(6);
  }

  @Test
  void aTimeThatIsNotATimeIsWarnedAboutAndIgnored() {
    Episode bad = JsonFixtures.registry().parse("<cite>A:</cite><time>soon</time><p>Hi.</p>", "b.html",
        "podcast-html", ReadOptions.defaults());
    assertThat(bad.segments().get(0).start()).isEmpty();
    assertThat(bad.diagnostics()).anyMatch(d -> d.code().equals("bad-time"));
  }
}
