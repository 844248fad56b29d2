package org.colloquy.parsers.asr;

import static org.assertj.core.api.Assertions.assertThat;

import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.parsers.JsonFixtures;
import org.colloquy.query.Segments;
import org.junit.jupiter.api.Test;

/** The acceptance scenario: a diarised WhisperX file, a speaker renamed, turns merged. */
class WhisperXSpeakersTest {

  private final Episode ep = JsonFixtures.read("whisper-json/y_whisperx-diarised.json");

  @Test
  void renamingADiarisedSpeakerReKeysEverySegmentOfIt() {
    Episode renamed = ep.renameSpeaker("SPEAKER_00", "Yann LeCun");
    assertThat(renamed.speaker("SPEAKER_00").orElseThrow().displayName()).isEqualTo("Yann LeCun");
    assertThat(renamed.segments().by("Yann LeCun")).hasSize(3)
        .allSatisfy(s -> assertThat(s.speaker().orElseThrow().displayName()).isEqualTo("Yann LeCun"));
    assertThat(renamed.segments().by("Speaker 1")).hasSize(3);
    assertThat(renamed.segments().by("SPEAKER_01")).hasSize(2)
        .allSatisfy(s -> assertThat(s.speaker().orElseThrow().displayName()).isEqualTo("Speaker 2"));
  }

  @Test
  void turnsMergeEachSpeakersConsecutiveSegments() {
    Segments turns = ep.renameSpeaker("SPEAKER_00", "Yann LeCun").segments().turns();
    assertThat(turns).extracting(s -> s.speaker().orElseThrow().id())
        .containsExactly("SPEAKER_00", "SPEAKER_01", "SPEAKER_00", "SPEAKER_01");
    Segment merged = turns.get(2);
    assertThat(merged.text()).isEqualTo("And then? Then New York.");
    assertThat(merged.words()).hasSize(5);
    assertThat(merged.start()).isEqualTo(ep.segments().get(2).start());
    assertThat(merged.end()).isEqualTo(ep.segments().get(3).end());
  }
}
