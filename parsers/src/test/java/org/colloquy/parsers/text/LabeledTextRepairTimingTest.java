package org.colloquy.parsers.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.colloquy.format.ReadOptions;
import org.colloquy.model.Diagnostic;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.junit.jupiter.api.Test;

/**
 * The reader makes each segment's text as soon as the segment ends, repaired if the document looks damaged by
 * then; whether it is damaged is only known at the end. Segments read before the verdict must end up as the
 * verdict says, whichever way it goes.
 */
class LabeledTextRepairTimingTest {

  @Test
  void aParagraphReadBeforeTheDamageIsProvenIsRepairedToo() {
    Episode ep = Fixtures.readResource("labeled-text/i_damage-proven-late.txt");
    assertThat(ep.segments()).extracting(Segment::text).containsExactly(
        "The question is about artificial intelligence.",
        "And software got pretty good after that.",
        "The question about artificial intelligence took some time.",
        "And software got pretty good after that.");
    assertThat(ep.diagnostics()).extracting(Diagnostic::code).contains("ligature-repair", "ligature-damage");
  }

  @Test
  void aParagraphThatLookedDamagedIsLeftAsWrittenWhenTheWholeDocumentIsNot() {
    Episode ep = Fixtures.readResource("labeled-text/i_damage-at-the-start-among-names.txt");
    assertThat(ep.segments().get(0).text())
        .isEqualTo("The quesEon about arEficial intelligence took some Eme and soLware prehy much.");
    assertThat(ep.segments().get(3).text()).isEqualTo("Glimbix Hoxtable Jibberan Kwazzle and the quesEon.");
    assertThat(ep.diagnostics()).extracting(Diagnostic::code)
        .contains("ligature-check")
        .doesNotContain("ligature-repair", "ligature-damage");
  }

  @Test
  void readingBytesGivesTheSameEpisodeAsReadingText() {
    String text = Fixtures.text(Fixtures.SEED);
    Episode fromText = Fixtures.REGISTRY.parse(text, "seed.txt", LabeledTextFormat.NAME, ReadOptions.defaults());
    Episode fromBytes = Fixtures.REGISTRY.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "seed.txt", LabeledTextFormat.NAME, ReadOptions.defaults());
    assertThat(fromBytes).isEqualTo(fromText);
  }
}
