package org.colloquy.parsers.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueLayoutTest {

  @Test
  void shortTextStaysOneCue() {
    List<CueLayout.Cue> cues = CueLayout.split("Hello there.", 1000, 2000, 42, 2, 7000);
    assertThat(cues).containsExactly(new CueLayout.Cue(1000, 2000, List.of("Hello there.")));
  }

  @Test
  void linesBreakAtWordsWithinTheLengthAndCuesHoldAtMostTheLineCount() {
    String text = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho";
    List<CueLayout.Cue> cues = CueLayout.split(text, 0, 6000, 20, 2, 7000);
    assertThat(cues).allSatisfy(c -> {
      assertThat(c.lines()).hasSizeLessThanOrEqualTo(2);
      assertThat(c.lines()).allMatch(line -> line.length() <= 20);
    });
    assertThat(String.join(" ", cues.stream().flatMap(c -> c.lines().stream()).toList())).isEqualTo(text);
  }

  @Test
  void timesAreProportionalContiguousAndEndAtTheSegmentsEnd() {
    List<CueLayout.Cue> cues = CueLayout.split("aaaa bbbb cccc dddd", 0, 20_000, 4, 1, 7000);
    assertThat(cues).hasSize(4);
    assertThat(cues).extracting(CueLayout.Cue::start).containsExactly(0L, 5000L, 10_000L, 15_000L);
    assertThat(cues.get(3).end()).isEqualTo(20_000);
  }

  @Test
  void aLongCueIsSplitFurtherToStayUnderTheTimeLimit() {
    List<CueLayout.Cue> cues = CueLayout.split("one two three four five six", 0, 30_000, 42, 2, 7000);
    assertThat(cues).allMatch(c -> c.end() - c.start() <= 7000);
  }

  @Test
  void aWordLongerThanALineGetsALineOfItsOwn() {
    List<CueLayout.Cue> cues = CueLayout.split("a supercalifragilistic b", 0, 3000, 10, 3, 7000);
    assertThat(cues.get(0).lines()).containsExactly("a", "supercalifragilistic", "b");
  }
}
