package org.colloquy.parsers.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TimecodesTest {

  @ParameterizedTest
  @CsvSource({
    "0:05, 5000",
    "01:09, 69000",
    "55:45, 3345000",
    "1:02:03, 3723000",
    "01:02:03, 3723000",
    "00:07:18.16, 438160",
    "'00:01:02,500', 62500",
    "125:30, 7530000",
  })
  void parsesEachTimeShape(String text, long millis) {
    assertThat(Timecodes.parseMillis(text, 0, text.length())).isEqualTo(millis);
  }

  @ParameterizedTest
  @ValueSource(strings = {"61:99", "1:60:00", "00:00:60"})
  void outOfRangeFieldsAreFlaggedNotParsed(String text) {
    assertThat(Timecodes.parseMillis(text, 0, text.length())).isEqualTo(Timecodes.OUT_OF_RANGE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "5", "2001", "1:2", "1:02:03:04", "12:345", "01:02x", "ab:cd", "1::02", ":01"})
  void textThatIsNotATimeIsRejected(String text) {
    assertThat(Timecodes.parseMillis(text, 0, text.length())).isEqualTo(Timecodes.NOT_A_TIME);
  }

  @Test
  void findsBracketedAndEscapedTimes() {
    assertThat(Timecodes.find("[01:02] - Name:", 0, 15)).hasValueSatisfying(m -> {
      assertThat(m.end()).isEqualTo(7);
      assertThat(m.millis()).isEqualTo(62_000);
    });
    assertThat(Timecodes.find("(00:01:02):", 0, 11).map(Timecodes.Match::millis)).contains(62_000L);
    String md = "\\[00:07:18.16\\] text";
    assertThat(Timecodes.find(md, 0, md.length()).map(Timecodes.Match::end)).contains(15);
    assertThat(Timecodes.find("[01:02", 0, 6)).isEmpty();
  }

  @Test
  void aTimeFollowedByAWordCharacterIsNotATime() {
    assertThat(Timecodes.scan("10:30am", 0, 7)).isZero();
    assertThat(Timecodes.scan("10:30 am", 0, 8)).isEqualTo(5);
  }

  @Test
  void parseAcceptsBracketsAndRejectsOutOfRange() {
    assertThat(Timecodes.parse(" [1:02:03] ")).contains(Duration.ofSeconds(3723));
    assertThat(Timecodes.parse("61:99")).isEmpty();
  }

  @Test
  void formatsAsHoursMinutesSecondsTruncatingFractions() {
    assertThat(Timecodes.format(Duration.ofMillis(3_723_900))).isEqualTo("01:02:03");
    assertThat(Timecodes.format(Duration.ofHours(101))).isEqualTo("101:00:00");
  }
}
