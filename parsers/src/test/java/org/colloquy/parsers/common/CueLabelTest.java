package org.colloquy.parsers.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CueLabelTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Anna Berg: Thanks everyone|Anna Berg|Thanks everyone|MARKED",
      "[SPEAKER_00]: So what|SPEAKER_00|So what|MARKED",
      "[SPEAKER_01] Honestly|SPEAKER_01|Honestly|MARKED",
      ">> REPORTER: Live from|REPORTER|Live from|MARKED",
      "- Lena: Hi|Lena|Hi|MARKED",
      "so the point is: this|so the point is|this|PLAIN",
  })
  void labelsAtTheStartOfACueAreCandidates(String text, String name, String rest, String evidence) {
    CueLabel.Candidate candidate = CueLabel.find(text);
    assertThat(candidate).isNotNull();
    assertThat(candidate.name()).isEqualTo(name);
    assertThat(text.substring(candidate.textStart())).isEqualTo(rest);
    assertThat(candidate.evidence().name()).isEqualTo(evidence);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[Music]", "(laughs) okay", "It costs 10:30 today", "http://example.com is up",
      "No colon here", "<v Alice>: hi", "A very long run of text that has no colon for forty characters: x"})
  void textWithoutALabelShapeHasNoCandidate(String text) {
    assertThat(CueLabel.find(text)).isNull();
  }

  @Test
  void aColonMustBeFollowedByABlank() {
    assertThat(CueLabel.find("Ratio:2 to 1")).isNull();
  }
}
