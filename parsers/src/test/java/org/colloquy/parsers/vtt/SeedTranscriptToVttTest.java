package org.colloquy.parsers.vtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.colloquy.Colloquy;
import org.colloquy.format.ReadOptions;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.Speaker;
import org.colloquy.parsers.common.CaptionFixtures;
import org.colloquy.query.Segments;
import org.junit.jupiter.api.Test;

/** The acceptance check: the seed interview written as WebVTT reads back strictly, turn for turn. */
class SeedTranscriptToVttTest {

  @Test
  void theSeedInterviewWrittenAsVttReadsBackWithItsSpeakersTurnsAndWords() {
    Episode seed = Colloquy.parse(CaptionFixtures.text("seeds/004_afdbe2020041c00a.txt"), "labeled-text");
    String vtt = Colloquy.write(seed, "vtt");
    Episode again = Colloquy.parse(vtt, "vtt", ReadOptions.strictDefaults());

    assertThat(again.diagnostics()).isEmpty();
    assertThat(again.speakers()).extracting(Speaker::displayName)
        .containsExactlyElementsOf(seed.speakers().stream().map(Speaker::displayName).toList());
    assertThat(seed.speakers()).hasSize(2);
    Segments before = seed.segments().speech().turns();
    Segments after = again.segments().speech().turns();
    assertThat(after).hasSameSizeAs(before);
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i).speaker().map(Speaker::displayName))
          .isEqualTo(before.get(i).speaker().map(Speaker::displayName));
      assertThat(words(after.get(i))).as("words of turn %s", i).isEqualTo(words(before.get(i)));
    }
  }

  private static List<String> words(Segment segment) {
    return Arrays.asList(segment.text().split(" "));
  }
}
