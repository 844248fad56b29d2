package org.colloquy.parsers.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.colloquy.format.FormatRegistry;
import org.colloquy.format.Sample;
import org.colloquy.format.WriteOptions;
import org.junit.jupiter.api.Test;

class SummaryPageDetectionTest {

  private final SummaryPageFormat format = new SummaryPageFormat();

  private double score(String name, String text) {
    return format.detect(Sample.of(name, text));
  }

  @Test
  void theSeedPageScoresNearTheTop() {
    assertThat(score("000_a6612d57c1853cf2.txt", Fixtures.text(Fixtures.SEED))).isEqualTo(0.95);
  }

  @Test
  void aLabelledTranscriptScoresFarBelowTheThreshold() {
    assertThat(score("004_afdbe2020041c00a.txt", Fixtures.text(Fixtures.TRANSCRIPT_SEED))).isLessThan(0.1);
  }

  @Test
  void aShortLabelledTranscriptWithAHostWordScoresBelowTheThreshold() {
    String transcript = "LEX: Welcome back, and welcome to our guest.\nYANN: Thanks for having me.\n"
        + "LEX: You were the host of the conference in 2019.\n";
    assertThat(score("t.txt", transcript)).isLessThan(FormatRegistry.THRESHOLD);
  }

  @Test
  void whatTheWriterProducesIsDetected() {
    String written = Fixtures.registry().write(Fixtures.read(Fixtures.SEED), "summary-page", WriteOptions.defaults());
    assertThat(score("written.txt", written)).isEqualTo(0.95);
  }

  @Test
  void aPageWithOneSectionStillPassesTheThreshold() {
    String page = "Small Batch | Kitchen Science #3\n\nPriya RamanhostLeo Marshguest\nNov 2, 202038m\n\n"
        + "WHAT IT’S REALLY ABOUT\n\nRoasting at home\n";
    assertThat(score("p.txt", page)).isGreaterThanOrEqualTo(FormatRegistry.THRESHOLD);
  }

  @Test
  void emptyAndHugeInputsScoreZero() {
    assertThat(score("", "")).isZero();
    assertThat(score("x", "a".repeat(Sample.MAX_LENGTH))).isZero();
  }
}
