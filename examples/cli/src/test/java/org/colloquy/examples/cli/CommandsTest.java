package org.colloquy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.colloquy.examples.cli.Run.fixture;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.colloquy.Colloquy;
import org.colloquy.model.Episode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CommandsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final String interview = fixture("interview.clt");

  @Test
  void infoShowsTheFormatTitleShowLengthAndCounts() {
    Run run = Run.of("info", interview);
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines()).contains(
        "file         " + interview,
        "format       cli-test",
        "title        Backprop & <Friends>",
        "show         Test Show",
        "duration     02:30",
        "speakers     HOST, GUEST",
        "segments     6",
        "speech       5",
        "topics       2",
        "diagnostics  none");
  }

  @Test
  void infoAsJsonIsOneObjectPerFileWithTypedValues() {
    Run run = Run.of("info", "--json", interview);
    assertThat(run.code()).isZero();
    JsonNode rows = JSON.readTree(run.out());
    assertThat(rows.isArray()).isTrue();
    assertThat(rows.size()).isEqualTo(1);
    JsonNode info = rows.get(0);
    assertThat(info.get("title").asString()).isEqualTo("Backprop & <Friends>");
    assertThat(info.get("duration").asDouble()).isEqualTo(150.0);
    assertThat(info.get("segments").asInt()).isEqualTo(6);
    assertThat(info.get("date").isNull()).isTrue();
    assertThat(info.get("speakers").toString()).isEqualTo("[\"HOST\",\"GUEST\"]");
  }

  @Test
  void speakersListsIdsNamesRolesAndShares() {
    Run run = Run.of("speakers", interview);
    assertThat(run.code()).isZero();
    assertThat(run.out().lines().findFirst()).hasValue(
        "id     name  fullName  role   aliases  segments  words  wordShare  talkTime  talkShare");
    assertThat(run.out()).contains("HOST   Hana            host").contains("GUEST  Gus             guest");
  }

  @Test
  void speakersAsCsvQuoteAndUseSecondsAndFractions() {
    Run run = Run.of("speakers", "--csv", "--speaker", "gus", interview);
    assertThat(run.code()).isZero();
    // GUEST talks 30 s + 45 s = 75 s of the 140 s of attributed talk.
    assertThat(run.out()).isEqualTo("file,id,name,fullName,role,aliases,segments,words,wordShare,talkTime,"
        + "talkShare\r\n" + interview + ",GUEST,Gus,,guest,,2,12,0.4615,75.000,0.5357\r\n");
  }

  @Test
  void statsCountOnlyTheWindowGivenByFromAndTo() {
    Run run = Run.of("stats", "--csv", "--from", "0:40", "--to", "PT1M", interview);
    assertThat(run.code()).isZero();
    assertThat(run.out().lines()).containsExactly(
        "file,speaker,role,segments,turns,words,wordShare,talkTime,talkShare,longestTurn,questions",
        interview + ",Hana,host,1,1,5,1.0000,10.000,1.0000,10.000,1",
        interview + ",Gus,guest,0,0,0,0.0000,0.000,0.0000,0.000,0");
  }

  @Test
  void segmentsFilteredBySpeakerAndTimeAreOneReadableLineEach() {
    Run run = Run.of("segments", "--speaker", "HOST", "--from", "30", interview);
    assertThat(run.code()).isZero();
    assertThat(run.out().lines()).containsExactly(
        "[00:40–00:50] HOST: What brings you to backprop?",
        "[01:45–02:30] HOST: Thank you, Gus.");
  }

  @Test
  void segmentsAsJsonKeepTheirIndexInTheEpisodeAndTheirSourceLine() {
    Run run = Run.of("segments", "--json", "--speaker", "Gus", interview);
    JsonNode rows = JSON.readTree(run.out());
    assertThat(rows.size()).isEqualTo(2);
    assertThat(rows.get(1).get("index").asInt()).isEqualTo(4);
    assertThat(rows.get(1).get("start").asDouble()).isEqualTo(60.0);
    assertThat(rows.get(1).get("line").asInt()).isEqualTo(12);
    assertThat(rows.get(1).get("text").asString()).isEqualTo("Backprop, mostly. And a \"good\" question, too.");
  }

  @Test
  void grepPrintsFileLineAndColumnSoEditorsCanJumpThere() {
    Run run = Run.of("grep", "backprop", interview);
    assertThat(run.code()).isZero();
    assertThat(run.out().lines()).containsExactly(
        interview + ":10:1: [00:40–00:50] HOST: What brings you to backprop?",
        interview + ":12:1: [01:00–01:45] GUEST: Backprop, mostly. And a \"good\" question, too.");
  }

  @Test
  void grepMatchesWholeWordsOnlyUnlessGivenARegex() {
    assertThat(Run.of("grep", "back", interview).code()).isEqualTo(ExitCodes.NO_MATCH);
    Run regex = Run.of("grep", "--regex", "[Bb]ack", interview);
    assertThat(regex.code()).isZero();
    assertThat(regex.out().lines()).hasSize(2);
  }

  @Test
  void grepThatFindsNothingExitsWithThreeAndPrintsNothing() {
    Run run = Run.of("grep", "--speaker", "GUEST", "welcome", interview);
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void formatsListsTheDiscoveredFormatsAndWhetherTheyWrite() {
    Run run = Run.of("formats");
    assertThat(run.code()).isZero();
    assertThat(run.out()).containsPattern("cli-test +clt +read, write +the CLI tests' own little format");
    Run json = Run.of("formats", "--json");
    JsonNode testFormat = null;
    for (JsonNode f : JSON.readTree(json.out())) {
      if (f.get("name").asString().equals("cli-test")) {
        testFormat = f;
      }
    }
    assertThat(testFormat).isNotNull();
    assertThat(testFormat.get("write").asBoolean()).isTrue();
  }

  @Test
  void convertWritesToStdoutAndWhatItWritesReadsBackAsTheSameConversation() {
    Run run = Run.of("convert", "--as", "cli-test", interview);
    assertThat(run.code()).isZero();
    Episode back = Colloquy.parse(run.out(), "cli-test");
    Episode original = Colloquy.load(Path.of(interview));
    assertThat(back.segments().text()).isEqualTo(original.segments().text());
    assertThat(back.speakers()).isEqualTo(original.speakers());
  }

  @Test
  void convertOfACorpusWritesEachFileIntoTheOutputDirectoryWithTheFormatsExtension(@TempDir Path dir) {
    Run run = Run.of("convert", "--as", "cli-test", "-o", dir.resolve("out").toString(), fixture("corpus"));
    assertThat(run.code()).isZero();
    assertThat(dir.resolve("out")).isDirectoryContaining("glob:**/a.clt").isDirectoryContaining("glob:**/b.clt")
        .isDirectoryContaining("glob:**/c.clt");
  }

  @Test
  void convertPicksTheFormatFromTheOutputExtension(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("copy.clt");
    Run run = Run.of("convert", interview, "-o", out.toString());
    assertThat(run.code()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("#cli-test\ntitle: Backprop & <Friends>\n");
  }

  @Test
  void convertToAFormatThatCannotBeWrittenIsAUsageError() {
    Run run = Run.of("convert", "--as", "no-such-format", interview);
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("no format is called \"no-such-format\"; formats that can be written: ")
        .contains("cli-test");
  }

  @Test
  void directoriesAreReadAsCorporaInPathOrderLeavingHiddenFilesOut() {
    String corpus = fixture("corpus");
    Run run = Run.of("info", "--csv", corpus);
    assertThat(run.code()).isZero();
    assertThat(run.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))))
        .containsExactly(Path.of(corpus, "a.clt").toString(), Path.of(corpus, "c.clt").toString(),
            Path.of(corpus, "nested", "b.clt").toString());
  }

  @Test
  void grepOverACorpusNamesTheFileOfEachMatch() {
    String corpus = fixture("corpus");
    Run run = Run.of("grep", "alpha", corpus);
    assertThat(run.out().lines()).containsExactly(
        Path.of(corpus, "a.clt") + ":3:1: [00:00–00:05] A: First file, alpha.",
        Path.of(corpus, "nested", "b.clt") + ":3:1: [00:00–00:05] B: Second file, beta alpha.");
  }

  @Test
  void noProgressBarIsDrawnWhenStderrIsNotATerminal() {
    Run run = Run.of(false, "info", fixture("corpus"));
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aProgressBarIsDrawnOnATerminalAndErasedAtTheEnd() {
    Run run = Run.of(true, "info", fixture("corpus"));
    assertThat(run.err()).contains("\r[" + ".".repeat(30) + "] 0/3 ").contains("] 2/3 ").endsWith("\r");
    assertThat(run.err().substring(run.err().lastIndexOf('\r', run.err().length() - 2) + 1).strip()).isEmpty();
    assertThat(run.out()).contains("title        C");
  }

  @Test
  void progressLinesShowTheShareDoneAndShortenLongNamesFromTheLeft() {
    assertThat(Progress.line(1, 4, "a.txt")).isEqualTo("[#######.......................] 1/4 a.txt");
    assertThat(Progress.line(5, 10, "x".repeat(50))).endsWith(" 5/10 …" + "x".repeat(39));
  }

  @Test
  void anUnreadableFileIsReportedAsFileLineColumnMessageAndExitsWithOne() {
    String bad = fixture("unreadable.clt");
    Run run = Run.of("info", bad);
    assertThat(run.code()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err().lines().findFirst()).hasValue(
        bad + ":3:1: expected a segment like 00:00-00:10 NAME: text, found \"this line is not a segment\"");
  }

  @Test
  void oneUnreadableFileInACorpusDoesNotStopTheOthers() {
    Run run = Run.of("segments", fixture("unreadable.clt"), interview);
    assertThat(run.code()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err()).startsWith(fixture("unreadable.clt") + ":3:1: ");
    assertThat(run.out()).contains("==> " + interview + " <==").contains("HOST: Thank you, Gus.");
  }

  @Test
  void aRepairableProblemIsADiagnosticWhenLenientAndAnErrorWithStrict() {
    String file = fixture("span-warning.clt");
    Run lenient = Run.of("info", file);
    assertThat(lenient.code()).isZero();
    assertThat(lenient.out()).contains("diagnostics  1 (1 warning)")
        .contains("WARNING " + file + ":4:7 [bad-span] segment ends at PT7S, before its start PT9S");

    Run strict = Run.of("info", "--strict", file);
    assertThat(strict.code()).isEqualTo(ExitCodes.INPUT);
    assertThat(strict.out()).isEmpty();
    assertThat(strict.err()).startsWith(file + ":4:7: segment ends at PT7S, before its start PT9S");
  }

  @Test
  void aMissingFileIsReportedByName() {
    Run run = Run.of("stats", "no/such/file.txt");
    assertThat(run.code()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err()).isEqualTo("no/such/file.txt: no such file or directory\n");
  }

  @Test
  void aFileOfNoKnownFormatSaysSoAndSuggestsNamingTheFormat(@TempDir Path dir) throws Exception {
    Path odd = Files.writeString(dir.resolve("odd.bin"), "\u0001\u0002 nothing anyone reads", StandardCharsets.UTF_8);
    Run run = Run.of("info", odd.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err()).startsWith(odd + ": cannot tell the format of " + odd).contains("cli-test=0.00");
  }

  @Test
  void anUnknownFormatNameIsAUsageError() {
    Run run = Run.of("info", "--format", "klingon", interview);
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("no format is called \"klingon\"; the known formats are ").contains("cli-test");
  }

  @Test
  void aBadTimeIsAUsageErrorThatShowsTheAcceptedForms() {
    Run run = Run.of("segments", "--from", "1:75", interview);
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("'1:75' is not a time").contains("Usage: colloquy segments");
  }

  @Test
  void fromAfterToIsAUsageError() {
    Run run = Run.of("segments", "--from", "2:00", "--to", "1:00", interview);
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("--from 02:00 is not before --to 01:00");
  }

  @Test
  void jsonAndCsvTogetherIsAUsageError() {
    assertThat(Run.of("info", "--json", "--csv", interview).code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void anUnknownOptionOrNoCommandIsAUsageError() {
    assertThat(Run.of("info", "--colour", interview).code()).isEqualTo(ExitCodes.USAGE);
    Run none = Run.of();
    assertThat(none.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(none.err()).contains("Usage: colloquy");
  }

  @Test
  void aSpeakerWhoIsInNoInputIsWarnedAboutAsALikelyTypo() {
    Run run = Run.of("segments", "--speaker", "Yan", interview);
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("colloquy: warning: no speaker answers to \"Yan\" in any input\n");
  }

  @Test
  void everyCommandHasHelpThatDocumentsTheExitCodes() {
    for (String command : new String[] {"info", "speakers", "stats", "segments", "grep", "convert", "formats",
        "timeline"}) {
      Run run = Run.of(command, "--help");
      assertThat(run.code()).as(command).isZero();
      assertThat(run.out()).as(command).contains("Usage: colloquy " + command).contains("Exit codes:")
          .contains("1   an input could not be read").contains("2   usage error");
    }
    assertThat(Run.of("--help").out()).contains("info").contains("timeline").contains("Exit codes:");
  }

  @Test
  void versionNamesTheToolAndItsVersion() {
    Run run = Run.of("--version");
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("colloquy 0.").doesNotContain("${");
    assertThat(Run.of("grep", "--version").out()).isEqualTo(run.out());
  }
}
