package org.colloquy.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.colloquy.Colloquy;
import org.colloquy.model.Episode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main job, run as the README runs it, with its output checked against the sample. */
class QuickstartTest {

  @Test
  void theBundledSampleIsTheSeedInterviewWithItsTwoSpeakers() {
    Episode sample = Quickstart.loadSample();
    assertThat(sample.speakers()).extracting(s -> s.id()).containsExactly("CRAIG", "YANN");
    assertThat(sample.segments().speech().by("yann")).hasSize(87);
  }

  @Test
  void printsTheEpisodeSpeakersQueriesAndWhatItWrote(@TempDir Path out) throws Exception {
    Episode sample = Quickstart.loadSample();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Quickstart.run(sample, "sample-interview.txt", out, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);

    assertThat(printed).contains(sample.toString());
    assertThat(Colloquy.formats()).anyMatch(f -> f.name().equals("labeled-text") && f.canWrite());
    assertThat(printed).containsPattern("CRAIG +\\w+ +\\d+\\.\\d% of talk time");
    assertThat(printed).containsPattern("YANN +\\w+ +\\d+\\.\\d% of talk time");
    int mentions = sample.segments().speech().containing("artificial intelligence").size();
    assertThat(mentions).isPositive();
    assertThat(printed).contains("containing(\"artificial intelligence\").size()\n    → " + mentions);
    for (var format : Colloquy.formats()) {
      Path written = out.resolve("sample-interview." + format.name() + "." + format.extensions().get(0));
      if (format.canWrite() && !Colloquy.write(sample, format.name()).isBlank()) {
        assertThat(printed).contains(written.toAbsolutePath().normalize().toString());
        assertThat(Files.readString(written)).isEqualTo(Colloquy.write(sample, format.name()));
      } else {
        assertThat(written).doesNotExist();
      }
    }
  }
}
