package org.colloquy.parsers.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CueTimeTest {

  private final CueTime time = new CueTime();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "00:00:01,000|1000|" + CueTime.COMMA,
      "01:02:03.456|3723456|" + CueTime.DOT,
      "02:03.456|123456|" + (CueTime.DOT | CueTime.MISSING_HOURS),
      "0:0:3,5|3500|" + (CueTime.COMMA | CueTime.SHORT_FIELD | CueTime.FRACTION_DIGITS),
      "00:00:05|5000|" + CueTime.NO_FRACTION,
      "00:00:01.2340000|1234|" + (CueTime.DOT | CueTime.FRACTION_DIGITS),
      "00：00：07，250|7250|" + (CueTime.COMMA | CueTime.FULL_WIDTH),
      "-00:00:01,000|-1000|" + (CueTime.COMMA | CueTime.NEGATIVE),
  })
  void timestampsAreReadWithTheirDepartures(String text, long millis, int flags) {
    assertThat(time.parse(text, 0, text.length())).isTrue();
    assertThat(time.millis()).isEqualTo(millis);
    assertThat(time.flags()).isEqualTo(flags);
    assertThat(time.end()).isEqualTo(text.length());
  }

  @ParameterizedTest
  @CsvSource({"12", "00:61:00,000", "00:00:60,000", "ab:cd", "1234567890123:00:00"})
  void whatIsNotATimestampIsRefused(String text) {
    assertThat(time.parse(text, 0, text.length())).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"00:00:01,000", "01:02:03.456", "123:04:05,678", "999999:59:59,999"})
  void plainTimestampsReadAsTheGeneralRuleReadsThem(String text) {
    CueTime general = new CueTime();
    assertThat(general.parse(text, 0, text.length())).isTrue();
    assertThat(time.plain(Latin1View.of(text), 0, text.length())).isTrue();
    assertThat(time.millis()).isEqualTo(general.millis());
    assertThat(time.flags()).isEqualTo(general.flags());
    assertThat(time.end()).isEqualTo(general.end());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"1:02:03,456", "1234567:00:00,000", "00:60:00,000", "00:00:01,0000",
      "00:00:01:000", "00:00:01,00"})
  void whatIsNotPlainIsLeftToTheGeneralRule(String text) {
    assertThat(time.plain(Latin1View.of(text), 0, text.length())).isFalse();
  }

  @Test
  void timestampsAreWrittenWithTwoDigitFieldsAndThreeDigitFractions() {
    assertThat(CueTime.format(new StringBuilder(), 3723456, ',').toString()).isEqualTo("01:02:03,456");
    assertThat(CueTime.format(new StringBuilder(), 5, '.').toString()).isEqualTo("00:00:00.005");
    assertThat(CueTime.format(new StringBuilder(), 100L * 3_600_000, '.').toString()).isEqualTo("100:00:00.000");
  }
}
