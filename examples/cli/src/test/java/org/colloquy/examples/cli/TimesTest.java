package org.colloquy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class TimesTest {

  @ParameterizedTest(name = "{0} is {1} ms")
  @CsvSource({
      "90, 90000",
      "0, 0",
      "1:30, 90000",
      "01:30, 90000",
      "01:02:03, 3723000",
      "1:02:03.5, 3723500",
      "1:30.250, 90250",
      "'90,5', 90500",
      "PT1M30S, 90000",
      "pt1h, 3600000",
      "' 75 ', 75000",
      "120:00, 7200000"
  })
  void everyFormPeopleTypeIsAccepted(String text, long millis) {
    assertThat(Times.parse(text)).isEqualTo(Duration.ofMillis(millis));
  }

  @ParameterizedTest(name = "{0} is refused")
  @ValueSource(strings = {"", "abc", "-5", "1:75", "1:60:00", "1:2:3:4", "PT-5S", "P1D2", "1.", "1:30pm"})
  void somethingThatIsNotATimeIsRefusedNamingTheAcceptedForms(String text) {
    assertThatThrownBy(() -> Times.parse(text))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("'" + text + "' is not a time")
        .hasMessageContaining("1:30");
  }

  @ParameterizedTest(name = "{0} s shows as {1}")
  @CsvSource({"69, 01:09", "3723, 1:02:03", "0, 00:00"})
  void clockShowsMinutesAndSecondsAndHoursOnlyWhenThereAreAny(long seconds, String shown) {
    assertThat(Times.clock(Duration.ofSeconds(seconds))).isEqualTo(shown);
  }
}
