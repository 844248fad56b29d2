package org.colloquy.parsers.srt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.colloquy.format.Format;
import org.colloquy.format.FormatRegistry;
import org.colloquy.format.ReadOptions;
import org.colloquy.format.Sample;
import org.colloquy.format.WriteOptions;
import org.colloquy.model.Diagnostic;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.Speaker;
import org.colloquy.parsers.common.CaptionFixtureCases;
import org.colloquy.parsers.common.CaptionFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SrtFormatTest extends CaptionFixtureCases {

  @Override
  protected Format format() {
    return new SrtFormat();
  }

  static List<String> validFiles() {
    return fixtures("srt", "y_");
  }

  static List<String> invalidFiles() {
    return fixtures("srt", "n_");
  }

  @ParameterizedTest
  @MethodSource("validFiles")
  void validFilesReadStrictlyToTheirGoldens(String fixture) throws IOException {
    validFileReadsStrictlyToItsGolden(fixture);
  }

  @ParameterizedTest
  @MethodSource("invalidFiles")
  void invalidFilesAreRejectedStrictly(String fixture) {
    invalidFileIsRejectedStrictlyWithALocation(fixture);
  }

  private Episode srt(String fixture) {
    return read(CaptionFixtures.text("srt/" + fixture), ReadOptions.defaults());
  }

  private static List<String> speakers(Episode episode) {
    return episode.segments().stream().map(s -> s.speaker().map(Speaker::id).orElse("-")).toList();
  }

  @Test
  void namePrefixesNameSpeakersWhoCarryForward() {
    Episode episode = srt("y_speakers.srt");
    assertThat(speakers(episode)).containsExactly("Lena", "Lena", "Omar", "Omar", "Lena");
    assertThat(episode.segments().get(2).text()).isEqualTo("Agreed. The basics first.");
  }

  @Test
  void formattingTagsAndAssOverridesAreRemoved() {
    Episode episode = srt("y_formatting.srt");
    assertThat(episode.segments()).extracting(Segment::text)
        .containsExactly("Whispered words and bold ones", "Yellow text on top");
  }

  @Test
  void trailingCoordinatesAreKeptAsAnAttribute() {
    Episode episode = srt("y_coordinates.srt");
    assertThat(episode.segments().get(0).attributes()).containsEntry("trailing", "X1:100 X2:600 Y1:50 Y2:80");
    assertThat(episode.segments().get(1).attributes()).isEmpty();
  }

  @Test
  void lenientTimestampsAndArrowsAreReadWithOneWarningOfEachKind() {
    Episode episode = srt("i_lenient-timestamps.srt");
    assertThat(episode.segments()).extracting(s -> s.start().orElseThrow().toMillis())
        .containsExactly(1000L, 3500L, 5000L, 7000L, 9000L);
    assertThat(episode.segments().get(1).end()).hasValue(Duration.ofMillis(4250));
    assertThat(episode.diagnostics()).extracting(Diagnostic::code)
        .contains("lenient-timestamp", "lenient-arrow");
  }

  @Test
  void indexesBlankLinesInTextAndAMissingFinalBlankLineAreTolerated() {
    Episode episode = srt("i_index-and-blank-lines.srt");
    assertThat(episode.segments()).extracting(Segment::text).containsExactly(
        "First paragraph. Still the first block.", "Second block.", "A named block.",
        "A block without an index.", "No final blank line.");
    assertThat(episode.segments()).extracting(s -> s.id().orElse("")).containsExactly("", "", "intro", "", "2");
    assertThat(episode.diagnostics()).extracting(Diagnostic::code)
        .contains("blank-line-in-text", "missing-index", "non-numeric-index");
  }

  @Test
  void negativeTimesDropTheirBlockWithAnError() {
    Episode episode = srt("n_negative-time.srt");
    assertThat(episode.segments()).extracting(Segment::text).containsExactly("Fine.");
    assertThat(episode.diagnostics()).anyMatch(d -> d.code().equals("negative-time")
        && d.severity() == Diagnostic.Severity.ERROR);
  }

  @Test
  void detectionPrefersNumberedBlocksAndIgnoresWebVtt() {
    String srt = CaptionFixtures.text("srt/y_speakers.srt");
    for (String bom : List.of("", "\uFEFF")) {
      assertThat(new SrtFormat().detect(Sample.of("x", bom + srt))).isGreaterThanOrEqualTo(0.9);
    }
    assertThat(new SrtFormat().detect(Sample.of("x", "Lena: hello there\nOmar: hi\n"))).isZero();
    assertThat(new SrtFormat().detect(Sample.of("x", "WEBVTT\n\n00:00.000 --> 00:01.000\nx\n")))
        .isLessThan(FormatRegistry.THRESHOLD);
  }

  @Test
  void writtenBlocksNameTheSpeakerOnAChangeAndReadBackStrictlyWithoutDiagnostics() {
    Episode episode = srt("y_speakers.srt");
    String written = FormatRegistry.builder().add(new SrtFormat()).build()
        .write(episode, "srt", WriteOptions.defaults());
    assertThat(written).startsWith("1\n00:00:01,000 --> 00:00:03,500\nLena: So, where do we start?\n\n2\n")
        .contains("\nI think with the basics.\n");
    Episode again = read(written, ReadOptions.strictDefaults());
    assertThat(again.diagnostics()).isEmpty();
    assertThat(again.segments()).isEqualTo(episode.segments());
  }

  /** The fixed-place reading of a block's head must not stop at 99 hours, nor read a repeated label differently. */
  @Test
  void blocksPastNinetyNineHoursKeepTheirTimesAndSpeakers() {
    Episode episode = read("1\n99:59:59,000 --> 100:00:01,500\nAnn Lee: Still here.\n\n"
        + "2\n100:00:02,000 --> 100:00:03,000\nAnn Lee:  Two blanks after the label.\n\n"
        + "3\n100:00:04,000 --> 100:00:05,000\nAnn Lee: Done.\n", ReadOptions.strictDefaults());
    assertThat(episode.segments()).extracting(s -> s.start().orElseThrow()).containsExactly(
        Duration.ofHours(99).plusMinutes(59).plusSeconds(59), Duration.ofHours(100).plusSeconds(2),
        Duration.ofHours(100).plusSeconds(4));
    assertThat(episode.segments().get(0).end()).contains(Duration.ofHours(100).plusMillis(1500));
    assertThat(episode.segments()).extracting(Segment::text)
        .containsExactly("Still here.", "Two blanks after the label.", "Done.");
    assertThat(speakers(episode)).containsExactly("Ann Lee", "Ann Lee", "Ann Lee");
  }
}
