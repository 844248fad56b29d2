package org.colloquy.parsers.asr;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whisper-json reader streams: a generated word-level WhisperX file of about 95 MB loads in a JVM whose heap
 * is too small for a Jackson tree of the same file, so memory follows the model, not the document.
 */
class WhisperStreamingMemoryTest {

  private static final int SEGMENTS = 27_000;
  private static final String HEAP = "-Xmx150m";

  @TempDir
  Path dir;

  @Test
  void aLargeWordLevelFileLoadsInAHeapWhereItsJsonTreeDoesNot() throws Exception {
    Path file = dir.resolve("large-whisperx.json");
    LargeWhisperFile.write(file, SEGMENTS);
    assertThat(Files.size(file)).isGreaterThan(60L << 20);

    Run streamed = run("stream", file);
    assertThat(streamed.exit()).as(streamed.output()).isZero();
    assertThat(streamed.output()).contains("words=" + SEGMENTS * LargeWhisperFile.WORDS_PER_SEGMENT);

    Run tree = run("tree", file);
    assertThat(tree.exit()).as(tree.output()).isEqualTo(3);
    assertThat(tree.output()).contains("out of memory");
  }

  private record Run(int exit, String output) {}

  private static Run run(String mode, Path file) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = Files.createTempFile(file.getParent(), mode, ".log");
    Process p = new ProcessBuilder(List.of(java, HEAP, "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), LargeWhisperFile.class.getName(), mode, file.toString()))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(mode + " did not finish in 90 s");
    }
    return new Run(p.exitValue(), Files.readString(log, UTF_8));
  }
}
