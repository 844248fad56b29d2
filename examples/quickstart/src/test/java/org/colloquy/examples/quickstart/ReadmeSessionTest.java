package org.colloquy.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.colloquy.Colloquy;
import org.colloquy.model.Episode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JShell session the README shows, step by step, on the sample it names. */
class ReadmeSessionTest {

  private static final Path SAMPLE = Path.of("..", "samples", "interview.json");

  @Test
  void theReadmeSessionWorksAsWritten(@TempDir Path tmp) {
    Episode ep = Colloquy.load(SAMPLE);
    assertThat(ep.segments().speech().by("yann").containing("backprop")
        .between(Duration.ofMinutes(5), Duration.ofMinutes(10)).size()).isEqualTo(6);
    assertThat(ep.stats().toString()).contains("Yann LeCun").contains("Craig Smith");
    Path copy = tmp.resolve("copy.json");
    Colloquy.write(ep, copy);
    assertThat(Colloquy.load(copy)).isEqualTo(ep);
  }

  @Test
  void theSampleIsTheSeedInterviewAsTheLabeledTextFormatReadsIt() {
    Episode sample = Colloquy.load(SAMPLE);
    Episode seed = Quickstart.loadSample();
    assertThat(sample.segments()).hasSameSizeAs(seed.segments());
    assertThat(sample.segments().text()).isEqualTo(seed.segments().text());
    assertThat(sample.speaker("yann")).get().satisfies(s -> assertThat(s.displayName()).isEqualTo("Yann LeCun"));
  }
}
