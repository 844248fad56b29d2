package org.colloquy.parsers.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.colloquy.format.ReadContext;
import org.colloquy.format.ReadOptions;
import org.colloquy.parsers.common.SpeakerLabels.Cue;
import org.junit.jupiter.api.Test;

class SpeakerLabelsTest {

  private static SpeakerLabels offered(String... prefixes) {
    SpeakerLabels labels = SpeakerLabels.create(List.of());
    int line = 1;
    for (String p : prefixes) {
      labels.offer(p, Cue.PLAIN, line++, 1);
    }
    return labels;
  }

  @Test
  void recurringNamesAreLabelsAndOneOffsAreNot() {
    SpeakerLabels.Decision d = offered("CRAIG", "YANN", "CRAIG", "YANN", "Yann LeCun").decide();
    assertThat(d.speakers()).containsExactly("CRAIG", "YANN");
    assertThat(d.isSpeaker("Yann LeCun")).isFalse();
  }

  @Test
  void lookupIgnoresCaseAccentsAndBlanksAndAnswersTheFirstSpelling() {
    SpeakerLabels.Decision d = offered("Léon  Bottou", "leon bottou").decide();
    assertThat(d.speaker("LEON BOTTOU")).contains("Léon Bottou");
  }

  @Test
  void labelsAreShortAndDoNotStartLowercase() {
    SpeakerLabels.Decision d = offered("and then he said", "and then he said", "One Two Three Four Five",
        "One Two Three Four Five", "Q", "A", "Q", "A", "Q", "A").decide();
    assertThat(d.speakers()).containsExactly("Q", "A");
  }

  @Test
  void nonNamePrefixesAreNeverLabels() {
    SpeakerLabels.Decision d = offered("Note", "Note", "Step 1", "Step 2", "ALICE", "ALICE", "ALICE", "ALICE",
        "ALICE").decide();
    assertThat(d.speakers()).containsExactly("ALICE");
  }

  @Test
  void guessingSwitchesOffWhenNonNamesAreAsFrequentAsNames() {
    SpeakerLabels.Decision d = offered("Note", "Step 1", "Step 2", "Warning", "Result", "Tip",
        "Alice", "Alice", "Bob", "Bob", "Example").decide();
    assertThat(d.guessing()).isFalse();
    assertThat(d.speakers()).isEmpty();
  }

  @Test
  void knownSpeakersAlwaysWinEvenOnceAndWhenGuessingIsOff() {
    SpeakerLabels labels = SpeakerLabels.create(ReadOptions.defaults().toBuilder()
        .knownSpeakers(List.of("Interviewer", "Respondent")).build());
    labels.offer("Note", Cue.PLAIN, 1, 1);
    labels.offer("Step 1", Cue.PLAIN, 2, 1);
    labels.offer("interviewer", Cue.PLAIN, 3, 1);
    SpeakerLabels.Decision d = labels.decide();
    assertThat(d.speaker("INTERVIEWER")).contains("Interviewer");
    assertThat(d.speaker("Respondent")).contains("Respondent");
    assertThat(d.isSpeaker("Note")).isFalse();
  }

  @Test
  void aMarkedLabelCountsOnceAndMayStartLowercase() {
    SpeakerLabels labels = SpeakerLabels.create(List.of());
    labels.offer("SPEAKER_00", Cue.MARKED, 1, 1);
    labels.offer("guest", Cue.MARKED, 2, 1);
    assertThat(labels.decide().speakers()).containsExactly("SPEAKER_00", "guest");
  }

  @Test
  void everyGuessIsRecordedWithItsFirstLocation() {
    ReadContext ctx = ReadContext.of("t.txt", "", ReadOptions.defaults());
    SpeakerLabels labels = SpeakerLabels.create(List.of());
    labels.offer("CRAIG", Cue.PLAIN, 4, 2);
    labels.offer("CRAIG", Cue.PLAIN, 9, 1);
    labels.offer("Yann LeCun", Cue.PLAIN, 12, 1);
    labels.decide(ctx);
    assertThat(ctx.diagnostics()).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo("speaker-guess");
      assertThat(d.message()).contains("CRAIG").contains("2 times");
      assertThat(d.location().map(l -> l.line() + ":" + l.column())).contains("4:2");
    });
    assertThat(ctx.diagnostics()).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo("speaker-guess-rejected");
      assertThat(d.message()).contains("Yann LeCun");
    });
  }

  @Test
  void strictReadingAcceptsGuessesBecauseTheyAreNotes() {
    ReadContext ctx = ReadContext.of("t.txt", "", ReadOptions.strictDefaults());
    SpeakerLabels labels = SpeakerLabels.create(List.of());
    labels.offer("A", Cue.PLAIN, 1, 1);
    labels.offer("A", Cue.PLAIN, 2, 1);
    assertThat(labels.decide(ctx).speakers()).containsExactly("A");
  }

  @Test
  void nameShapeAllowsInitialsApostrophesAndDigits() {
    assertThat(SpeakerLabels.isNameShaped("Dr. Jane O'Neil", false)).isTrue();
    assertThat(SpeakerLabels.isNameShaped("Speaker 1", false)).isTrue();
    assertThat(SpeakerLabels.isNameShaped("Well, you know", false)).isFalse();
    assertThat(SpeakerLabels.isNameShaped("https", false)).isFalse();
    assertThat(SpeakerLabels.isNameShaped("2001", false)).isFalse();
  }
}
