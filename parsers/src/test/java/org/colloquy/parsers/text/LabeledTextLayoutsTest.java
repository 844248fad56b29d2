package org.colloquy.parsers.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.colloquy.format.ColloquyParseException;
import org.colloquy.format.FormatRegistry;
import org.colloquy.format.ReadOptions;
import org.colloquy.format.Sample;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.Speaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One fixture per layout that people and tools produce, each with what it must read to. */
class LabeledTextLayoutsTest {

  private static final List<String> CRAIG_YANN = List.of("Craig", "Yann");
  private static final List<Long> FOUR_TIMES = List.of(1L, 4L, 9L, 90L);

  /** file, speakers in order, speaker of each segment, start of each (seconds; empty for untimed), a text. */
  static Stream<Arguments> layouts() {
    return Stream.of(
        Arguments.of("y_otter.txt", List.of("Craig Smith", "Yann LeCun"), 4, List.of(0L, 7L, 12L, 65L),
            "Let us start with that computer. It was a kit, was it not?"),
        Arguments.of("y_rev.txt", List.of("Craig Smith", "Yann LeCun"), 4, List.of(0L, 5L, 62L, 70L),
            "What got you started in machine learning?"),
        Arguments.of("y_bracket-time.txt", CRAIG_YANN, 4, FOUR_TIMES, "Tell me about convolutional nets."),
        Arguments.of("y_bracket-time-dash.txt", CRAIG_YANN, 4, FOUR_TIMES, "Tell me about convolutional nets."),
        Arguments.of("y_bare-time.txt", CRAIG_YANN, 4, FOUR_TIMES, "Tell me about convolutional nets."),
        Arguments.of("y_name-bracket-time.txt", CRAIG_YANN, 4, FOUR_TIMES, "Tell me about convolutional nets."),
        Arguments.of("y_bracket-name.txt", CRAIG_YANN, 4, List.of(), "Tell me about convolutional nets."),
        Arguments.of("y_whisperx.txt", List.of("SPEAKER_00", "SPEAKER_01"), 4, List.of(),
            "Tell me about convolutional nets."),
        Arguments.of("y_script.txt", CRAIG_YANN, 4, List.of(), "Tell me about convolutional nets."),
        Arguments.of("y_qa.txt", List.of("Q", "A"), 4, List.of(), "Electrical engineering. And a lot of applied math."),
        Arguments.of("y_interviewer-respondent.txt", List.of("Interviewer", "Respondent"), 4, List.of(),
            "Electrical engineering."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void readsEachLayout(String file, List<String> speakers, int segments, List<Long> starts, String someText) {
    Episode ep = Fixtures.readResource("labeled-text/" + file);
    assertThat(ep.speakers()).extracting(Speaker::id).containsExactlyElementsOf(speakers);
    assertThat(ep.segments()).hasSize(segments).allMatch(Segment::isSpeech);
    assertThat(ep.segments()).extracting(s -> s.speaker().map(Speaker::id).orElse("?"))
        .containsExactly(speakers.get(0), speakers.get(1), speakers.get(0), speakers.get(1));
    if (starts.isEmpty()) {
      assertThat(ep.segments()).allMatch(s -> s.start().isEmpty());
    } else {
      assertThat(ep.segments()).extracting(s -> s.start().map(Duration::getSeconds).orElse(-1L))
          .containsExactlyElementsOf(starts);
    }
    assertThat(ep.segments()).extracting(Segment::text).contains(someText);
    assertThat(ep.diagnostics()).noneMatch(d -> d.severity() != org.colloquy.model.Diagnostic.Severity.INFO);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void detectsEachLayout(String file) {
    assertThat(new LabeledTextFormat().detect(Sample.of(file, Fixtures.text("labeled-text/" + file))))
        .isGreaterThanOrEqualTo(FormatRegistry.THRESHOLD);
  }

  @Test
  void everyFixtureIsCovered() throws IOException {
    try (Stream<Path> files = Files.list(Fixtures.path("labeled-text"))) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("y_"))).hasSize(12);
    }
  }

  @Test
  void otterFooterIsMetadataNotSpeech() {
    Episode ep = Fixtures.readResource("labeled-text/y_otter.txt");
    assertThat(ep.metadata()).containsEntry("transcribed-by", "https://otter.ai");
    assertThat(ep.segments()).noneMatch(s -> s.text().contains("Transcribed"));
    assertThat(ep.segments().get(3).text()).isEqualTo("Yes, a SynerTek board with very little memory.");
  }

  @Test
  void aFooterThatNamesNoToolIsKeptAsText() {
    Episode ep = Fixtures.read("Craig Smith  0:00\nWelcome.\n\nTranscribed by \n");
    assertThat(ep.metadata()).doesNotContainKey("transcribed-by");
    assertThat(ep.segments().get(0).text()).isEqualTo("Welcome. Transcribed by");
  }

  @Test
  void markdownTranscriptKeepsItsTitleAndSporadicTimes() {
    Episode ep = Fixtures.readResource("labeled-text/y_markdown.md");
    assertThat(ep.title()).contains("Yann LeCun on Eye on AI");
    assertThat(ep.speakers()).extracting(Speaker::id).containsExactly("Craig Smith", "Yann LeCun");
    assertThat(ep.segments()).extracting(s -> s.start().map(Duration::toMillis).orElse(-1L))
        .containsExactly(1000L, -1L, -1L, 438_160L);
    assertThat(ep.segments().get(0).text()).isEqualTo("Welcome to Eye on AI.");
    assertThat(new LabeledTextFormat().detect(Sample.of("t.md", Fixtures.text("labeled-text/y_markdown.md"))))
        .isGreaterThanOrEqualTo(FormatRegistry.THRESHOLD);
  }

  @Test
  void interviewRolesFollowTheirLabels() {
    Episode qa = Fixtures.readResource("labeled-text/y_qa.txt");
    assertThat(qa.speakers()).extracting(Speaker::role).containsExactly(Speaker.Role.HOST, Speaker.Role.GUEST);
  }

  @Test
  void proseWithColonsIsNotDetected() {
    String prose = Fixtures.text("labeled-text/i_prose-with-colons.txt");
    assertThat(new LabeledTextFormat().detect(Sample.of("tea.txt", prose))).isLessThan(FormatRegistry.THRESHOLD);
  }

  @Test
  void proseWithColonsReadAnywayHasNoGuessedSpeakers() {
    Episode ep = Fixtures.read(Fixtures.text("labeled-text/i_prose-with-colons.txt"));
    assertThat(ep.speakers()).isEmpty();
    assertThat(ep.diagnostics()).anyMatch(d -> d.code().equals("speaker-labels-off"));
  }

  @Test
  void knownSpeakersWinWhereGuessingIsOff() {
    Episode ep = Fixtures.read(Fixtures.text("labeled-text/i_prose-with-colons.txt"),
        ReadOptions.defaults().toBuilder().knownSpeakers(List.of("Alice")).build());
    assertThat(ep.segments().by("Alice")).hasSize(2);
  }

  @Test
  void aNameOnceWithAColonIsNotASpeaker() {
    Episode ep = Fixtures.read("ALICE: hello\n\nBOB: hi\n\nALICE: so\n\nBOB: yes\n\nAs Einstein said: nothing.\n");
    assertThat(ep.speakers()).extracting(Speaker::id).containsExactly("ALICE", "BOB");
    assertThat(ep.segments().by("BOB").get(1).text()).isEqualTo("yes As Einstein said: nothing.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"n_bad-time.txt", "n_label-without-text.txt", "n_time-backwards.txt"})
  void badInputIsADiagnosticWhenLenientAndAnErrorWhenStrict(String file) {
    String text = Fixtures.text("labeled-text/" + file);
    Episode lenient = Fixtures.read(text);
    assertThat(lenient.diagnostics()).anyMatch(d -> d.severity() == org.colloquy.model.Diagnostic.Severity.WARNING);
    assertThatThrownBy(() -> Fixtures.read(text, ReadOptions.strictDefaults()))
        .isInstanceOf(ColloquyParseException.class)
        .satisfies(e -> assertThat(((ColloquyParseException) e).line()).isGreaterThan(1));
  }

  @Test
  void anOutOfRangeTimeLeavesTheSegmentWithoutAStartAndSaysSo() {
    Episode ep = Fixtures.read(Fixtures.text("labeled-text/n_bad-time.txt"));
    assertThat(ep.segments().get(1).start()).isEmpty();
    assertThat(ep.segments().get(1).text()).isEqualTo("A time that cannot be.");
    assertThat(ep.diagnostics()).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo("invalid-time");
      assertThat(d.message()).contains("61:99");
      assertThat(d.location().map(l -> l.line() + ":" + l.column())).contains("3:8");
    });
  }

  @Test
  void timesGoingBackwardsAreKeptAsGiven() {
    Episode ep = Fixtures.read(Fixtures.text("labeled-text/n_time-backwards.txt"));
    assertThat(ep.segments()).extracting(s -> s.start().orElseThrow().getSeconds()).containsExactly(10L, 5L);
    assertThat(ep.segments().get(0).end()).isEmpty();
    assertThat(ep.diagnostics()).anyMatch(d -> d.code().equals("time-backwards"));
  }

  @Test
  void aLabelWithNoTextKeepsAnEmptySegment() {
    Episode ep = Fixtures.read(Fixtures.text("labeled-text/n_label-without-text.txt"));
    assertThat(ep.segments()).hasSize(3);
    assertThat(ep.segments().get(1).text()).isEmpty();
    assertThat(ep.diagnostics()).anyMatch(d -> d.code().equals("empty-turn"));
  }

  @Test
  void aTimeOnItsOwnLineStartsTheNextParagraph() {
    Episode ep = Fixtures.read("Alice: hi\nBob: hello\nAlice: so\n\n00:01:00\nmore from Alice\n\nBob: yes\n");
    assertThat(ep.segments().get(3).start()).contains(Duration.ofMinutes(1));
    assertThat(ep.segments().get(3).speaker().map(Speaker::id)).contains("Alice");
  }

  @Test
  void nonSpeechMarkersNameTheirKind() {
    Episode ep = Fixtures.read("[00:00:01] Alice: hi\n[00:00:02] [Laughter]\n[00:00:03] Bob: ha\n"
        + "[00:00:04] [MUSIC: Built my house]\n[00:00:05] Alice: ok\n[00:00:06] Bob: bye\n");
    assertThat(ep.segments()).extracting(Segment::kind).containsExactly(Segment.Kind.SPEECH, Segment.Kind.SOUND,
        Segment.Kind.SPEECH, Segment.Kind.MUSIC, Segment.Kind.SPEECH, Segment.Kind.SPEECH);
    assertThat(ep.segments().get(3).text()).isEqualTo("Built my house");
  }

  @Test
  void emptyInputIsAnEmptyEpisode() {
    assertThat(Fixtures.read("").segments()).isEmpty();
    assertThat(Fixtures.read("\n\n  \n").speakers()).isEmpty();
    assertThat(Optional.of(Fixtures.read("just one line"))).hasValueSatisfying(ep ->
        assertThat(ep.segments()).singleElement().extracting(Segment::text).isEqualTo("just one line"));
  }
}
