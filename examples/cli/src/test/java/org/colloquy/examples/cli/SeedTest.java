package org.colloquy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.colloquy.examples.cli.Run.fixture;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.colloquy.Colloquy;
import org.colloquy.model.Episode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The tool on the real, messy seeds: the transcript (Eye on AI: Craig Smith with Yann LeCun, extracted from a
 * PDF) read by the {@code labeled-text} format, and the Lex Fridman #36 summary page read by
 * {@code summary-page}. Each test is skipped until its format is on the class-path.
 */
class SeedTest {

  private final String seed = fixture("seed-004.txt");
  private final String summary = fixture("seed-000.txt");

  @BeforeEach
  void needsItsFormat(TestInfo test) {
    boolean summaryTest = test.getTestMethod().map(m -> m.getName().startsWith("summaryPage")).orElse(false);
    String format = summaryTest ? "summary-page" : "labeled-text";
    assumeThat(Colloquy.registry().find(format)).as("the %s format", format).isPresent();
  }

  @Test
  void summaryPageInfoShowsTheShowEpisodeDateAndGuest() {
    Run run = Run.of("info", "--json", summary);
    assertThat(run.code()).as(run.err()).isZero();
    var info = tools.jackson.databind.json.JsonMapper.builder().build().readTree(run.out()).get(0);
    assertThat(info.get("format").asString()).isEqualTo("summary-page");
    assertThat(info.get("show").asString()).isEqualTo("Lex Fridman Podcast");
    assertThat(info.get("episode").asInt()).isEqualTo(36);
    assertThat(info.get("date").asString()).isEqualTo("2019-08-31");
    assertThat(info.get("duration").asDouble()).isEqualTo(4500.0);
    assertThat(info.get("speakers").toString()).contains("LeCun");
  }

  @Test
  void summaryPageWithoutTimedSegmentsHasNoTimelineAndSaysWhy() {
    Run run = Run.of("timeline", summary);
    assertThat(run.code()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err()).isEqualTo(summary + ": has no times; a timeline needs timed segments or topics\n");
  }

  @Test
  void infoDetectsTheFormatAndFindsBothSpeakers() {
    Run run = Run.of("info", seed);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("format       labeled-text").containsPattern("speakers +.*CRAIG")
        .containsPattern("speakers +.*YANN");
  }

  @Test
  void grepFindsWhereYannSaysHeIsFrenchByLineAndTime() {
    Run run = Run.of("grep", "--speaker", "yann", "French and American", seed);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern(
        "(?m)^" + java.util.regex.Pattern.quote(seed) + ":21:\\d+: \\[01:11(–\\d\\d:\\d\\d)?\\] YANN: I'm French,");
  }

  @Test
  void statsShowTheGuestTalkingMoreThanTheHost() throws Exception {
    Run run = Run.of("stats", "--json", seed);
    assertThat(run.code()).as(run.err()).isZero();
    var rows = tools.jackson.databind.json.JsonMapper.builder().build().readTree(run.out());
    int craig = 0;
    int yann = 0;
    for (var row : rows) {
      String who = row.get("speaker").asString().toUpperCase(java.util.Locale.ROOT);
      if (who.contains("CRAIG")) {
        craig = row.get("words").asInt();
      } else if (who.contains("YANN")) {
        yann = row.get("words").asInt();
      }
    }
    assertThat(craig).isPositive();
    assertThat(yann).isGreaterThan(craig);
  }

  @Test
  void theTimelineHasALaneAndABarForEverySpeakerSegment() throws Exception {
    Run run = Run.of("timeline", seed);
    assertThat(run.code()).as(run.err()).isZero();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
    Episode episode = Colloquy.load(Path.of(seed));
    NodeList rects = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
    int yannBars = 0;
    for (int i = 0; i < rects.getLength(); i++) {
      Element r = (Element) rects.item(i);
      if (r.getAttribute("class").equals("bar") && r.getAttribute("data-lane").equals("YANN")) {
        yannBars++;
      }
    }
    long yannTimed = episode.segments().speech().by("YANN").stream().filter(s -> s.start().isPresent()).count();
    assertThat(yannBars).isPositive().isEqualTo((int) yannTimed);
  }
}
