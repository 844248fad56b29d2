package org.colloquy.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.colloquy.Colloquy;
import org.colloquy.format.ReadOptions;
import org.colloquy.model.Episode;
import org.junit.jupiter.api.Test;

/**
 * The benchmark inputs, generated small, are what they claim to be: each is detected as its format and read with
 * the expected speakers and segments, so the benchmarks measure real parsing, not error paths.
 */
class GeneratedInputsTest {

  private static Episode detectAndRead(byte[] bytes, String name) {
    return Colloquy.registry().read(new ByteArrayInputStream(bytes), name, ReadOptions.defaults());
  }

  @Test
  void captionInputsHaveACueAndASpeakerPerSegment() {
    Episode srt = detectAndRead(Inputs.srt(500, 2), "b.srt");
    Episode vtt = detectAndRead(Inputs.vtt(500, 3), "b.vtt");
    for (Episode e : new Episode[] {srt, vtt}) {
      assertThat(e.segments()).hasSize(500).allMatch(s -> s.speaker().isPresent());
      assertThat(e.speakers()).hasSize(2);
      assertThat(e.diagnostics()).noneMatch(d -> d.severity() != org.colloquy.model.Diagnostic.Severity.INFO);
    }
  }

  @Test
  void theDamagedTranscriptIsReadAsTheSeedsLayoutWithRepairs() {
    Episode e = detectAndRead(Inputs.damagedTranscript(200_000, 1), "b.txt");
    assertThat(e.speakers()).extracting(s -> s.id()).containsExactly("CRAIG", "YANN");
    assertThat(e.segments().speech().size()).isGreaterThan(100);
    assertThat(e.diagnostics()).anyMatch(d -> d.code().equals("ligature-repair"));
    assertThat(e.segments().containing("artificial")).isNotEmpty();
  }

  @Test
  void asrInputsAreDetectedAndCarryWordTimings() {
    Episode whisper = detectAndRead(Inputs.whisperX(300_000, 4), "b.json");
    Episode aws = detectAndRead(Inputs.awsTranscribe(300_000, 5), "b.json");
    for (Episode e : new Episode[] {whisper, aws}) {
      assertThat(e.speakers()).hasSize(2);
      assertThat(e.segments()).isNotEmpty().allMatch(s -> !s.words().isEmpty());
    }
  }

  @Test
  void everyRenderingOfTheScriptReadsBackItsTurns() {
    Script script = Script.interview(0.05, 42);
    int turns = script.turns.size();
    int words = script.turns.stream().mapToInt(t -> t.words().size()).sum();
    for (String format : new String[] {"labeled-text", "srt", "vtt", "colloquy-json", "podcast-json"}) {
      Episode e = Colloquy.parse(new String(script.written(format), java.nio.charset.StandardCharsets.UTF_8),
          format);
      assertThat(e.segments().speech().turns()).as(format).hasSize(turns);
      assertThat(e.segments().wordCount()).as(format).isEqualTo(words);
    }
    for (byte[] rendering : new byte[][] {script.podcastHtml(), script.assemblyAi(), script.deepgram(),
        script.revAi()}) {
      Episode e = detectAndRead(rendering, "b");
      assertThat(e.speakers()).hasSize(2);
      assertThat(e.segments().wordCount()).isEqualTo(words);
      assertThat(e.segments().speech().turns()).hasSize(turns);
    }
  }
}
