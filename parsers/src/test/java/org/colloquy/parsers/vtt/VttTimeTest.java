package org.colloquy.parsers.vtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.colloquy.format.ReadContext;
import org.colloquy.format.ReadOptions;
import org.colloquy.parsers.common.ViewedText;
import org.junit.jupiter.api.Test;

/** The fast readings of a timestamp on a text's view give what the spec's general algorithm gives. */
class VttTimeTest {

  @Provide
  Arbitrary<String> timestampLike() {
    Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(0).ofMaxLength(7);
    Arbitrary<String> separator = Arbitraries.of(":", ".", ",", "x", "", "::");
    Arbitrary<Integer> hours = Arbitraries.oneOf(Arbitraries.integers().between(0, 99),
        Arbitraries.integers().between(0, 9_999_999));
    Arbitrary<String> canonical = net.jqwik.api.Combinators.combine(hours,
        Arbitraries.integers().between(0, 99).tuple3()).as((h, t) -> String.format(java.util.Locale.ROOT,
            "%02d:%02d:%02d.%03d", h, t.get1(), t.get2(), t.get3() * 10));
    Arbitrary<String> mangled =
        net.jqwik.api.Combinators.combine(digits, separator, digits, separator, digits, separator, digits)
            .as((a, b, c, d, e, f, g) -> a + b + c + d + e + f + g);
    Arbitrary<String> minutes = Arbitraries.integers().between(0, 99).tuple3().map(t -> String.format(
        java.util.Locale.ROOT, "%02d:%02d.%03d", t.get1(), t.get2(), t.get3() * 10));
    Arbitrary<String> tail = Arbitraries.of("", " --> 00:00:01.000", "0", "9", " ", "a", "\u00e9", ":00", ".5");
    return net.jqwik.api.Combinators.combine(Arbitraries.oneOf(canonical, minutes, mangled), tail)
        .as(String::concat);
  }

  @Property(tries = 3000)
  void readingOnTheViewAgreesWithTheGeneralAlgorithm(@ForAll("timestampLike") String text) {
    VttTime general = new VttTime();
    // A StringBuilder is not a String, so it takes the spec's general algorithm throughout.
    boolean expected = general.collect(new StringBuilder(text), 0, text.length());
    for (ViewedText source : List.of(ViewedText.of(text), asciiBytes(text))) {
      VttTime fast = new VttTime();
      boolean actual = fast.collect(source, 0, text.length());
      assertThat(actual).as(text).isEqualTo(expected);
      if (expected) {
        assertThat(fast.millis).as(text).isEqualTo(general.millis);
        assertThat(fast.seconds).as(text).isEqualTo(general.seconds);
        assertThat(fast.end).as(text).isEqualTo(general.end);
      }
    }
  }

  /** The text read from its bytes, so that an ASCII text is seen as bytes alone. */
  private static ViewedText asciiBytes(String text) {
    return ViewedText.of(ReadContext.of("t", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        ReadOptions.defaults()));
  }

  @Test
  void aCanonicalTimestampIsReadExactly() {
    VttTime time = new VttTime();
    String text = "01:02:03.456 --> 99:59:59.999 123456:00:00.001";
    assertThat(time.collect(ViewedText.of(text), 0, text.length())).isTrue();
    assertThat(time.millis).isEqualTo(3_723_456);
    assertThat(time.end).isEqualTo(12);
    assertThat(time.collect(ViewedText.of(text), 17, text.length())).isTrue();
    assertThat(time.millis).isEqualTo(((99 * 60 + 59) * 60 + 59) * 1000L + 999);
    assertThat(time.seconds).isEqualTo(99 * 3600 + 59 * 60 + 59 + 0.999);
    assertThat(time.collect(ViewedText.of(text), 30, text.length())).isTrue();
    assertThat(time.millis).isEqualTo(123456 * 3_600_000L + 1);
  }

  @Test
  void minutesOrSecondsPast59AreNotATimestamp() {
    VttTime time = new VttTime();
    for (String text : List.of("00:60:00.000", "00:00:60.000", "00:00:00.0000", "00:00:0a.000", "60:00.000",
        "00:60.000", "00:00.0000")) {
      assertThat(time.collect(ViewedText.of(text), 0, text.length())).as(text).isFalse();
    }
  }
}
