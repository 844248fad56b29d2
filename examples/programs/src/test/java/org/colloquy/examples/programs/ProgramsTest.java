package org.colloquy.examples.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.colloquy.Colloquy;
import org.colloquy.model.Episode;
import org.junit.jupiter.api.Test;

/** Runs every example program as a user would and checks what it prints. */
class ProgramsTest {

  interface Main {
    void run() throws Exception;
  }

  private static String output(Main main) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void buildEpisodeByHandDerivesEndsAndRejectsAnUnknownSpeaker() throws Exception {
    String out = output(() -> BuildEpisodeByHand.main(new String[0]));
    assertThat(out).startsWith("Episode[\"Notes on the Analytical Engine\", 00:20, 2 speakers [HOST, ADA], 3 segments");
    assertThat(out).contains("[00:00] HOST: \"What can the engine do?\" ends PT4S (derived)");
    assertThat(out).contains("[00:12] MUSIC: \"a short piece\" ends PT20S\n");
    assertThat(out).contains("rejected: ").contains("NOBODY");
  }

  @Test
  void queryBySpeakerAndTimePrintsWhatTheApiAnswers() throws Exception {
    String out = output(() -> QueryBySpeakerAndTime.main(new String[0]));
    Episode ep = Colloquy.load(Path.of("../samples/interview.json"));
    var window = ep.segments().speech().by("yann").between(Duration.ofMinutes(5), Duration.ofMinutes(10));
    assertThat(out).contains("Yann between 5 and 10 minutes: " + window.size() + " segments");
    assertThat(out).contains("…of which mention backprop: " + window.containing("backprop").size());
    assertThat(window.containing("backprop")).isNotEmpty();
    assertThat(out).contains("Questions Craig asked: " + ep.stats().of("CRAIG").orElseThrow().questions());
  }

  @Test
  void renamingDiarisedSpeakersRekeysEverySegment() throws Exception {
    String out = output(() -> RenameDiarisedSpeakers.main(new String[0]));
    assertThat(out).contains("as recognised: [SPEAKER_00").contains("SPEAKER_02");
    assertThat(out).containsPattern("named: +\\[SPEAKER_00 \"Craig Smith\".*SPEAKER_01 \"Yann LeCun\".*aka");
    assertThat(out).doesNotContain("SPEAKER_02:");
    assertThat(out).contains("Yann's turns:  2");
  }

  @Test
  void convertingWritesAndReadsBackEveryWritableFormat() throws Exception {
    java.util.Set<String> before = convertFolders();
    String out = output(() -> ConvertFormats.main(new String[0]));
    assertThat(convertFolders()).as("temporary folders left behind").isEqualTo(before);
    assertThat(out).containsPattern("colloquy-json +\\d+ bytes, read back: 5 segments, 3 speakers");
    assertThat(out).containsPattern("labeled-text +\\d+ bytes, read back: 5 segments, 3 speakers");
    assertThat(out).containsPattern("chat-log +\\d+ bytes, read back: 5 segments, 3 speakers");
  }

  private static java.util.Set<String> convertFolders() throws java.io.IOException {
    try (var listing = java.nio.file.Files.list(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")))) {
      return listing.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("colloquy-convert"))
          .collect(java.util.stream.Collectors.toSet());
    }
  }

  @Test
  void aThirdPartyFormatIsFoundThroughServiceLoader() throws Exception {
    String out = output(() -> ThirdPartyFormat.main(new String[0]));
    assertThat(out).contains("discovered: true");
    assertThat(out).contains("2 speakers [ada, bob], 2 segments").contains("[chat-line]");
    assertThat(out).endsWith("CHAT\nada> Hello.\nbob> Hi, Ada.\n");
  }
}
