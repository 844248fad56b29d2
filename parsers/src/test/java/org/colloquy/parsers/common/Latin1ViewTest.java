package org.colloquy.parsers.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.colloquy.format.ReadContext;
import org.colloquy.format.ReadOptions;
import org.junit.jupiter.api.Test;

/**
 * The caption readers test a text's structure on its {@link Latin1View}: it must line up with the text character
 * for character, and the checks made on it must agree with the same checks made on the text.
 */
class Latin1ViewTest {

  private static final List<String> PIECES = List.of(
      "a", "word", " ", "  ", "\n", "\t", "\f", "\r", "\u00a0", "\u00e9", "\u00ff", "\u0100", "\u2212", "\u3000",
      "\uD83D\uDE00", "\uD83D", "\uDE00", "<", "<i>", "{", "{\\i1}", "?", "-->", "0", "9", ":", ",", "\u0000");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(40).map(parts -> String.join("", parts));
  }

  @Property
  void everyCharacterHasItsByteAtTheSameIndex(@ForAll("texts") String text) {
    byte[] view = Latin1View.of(text);
    assertThat(view).hasSize(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      assertThat(view[i] & 0xFF).as("index %d", i).isEqualTo(c < 0x100 ? c : '?');
    }
  }

  @Property
  void theViewOfAReadIsTheViewOfItsText(@ForAll("texts") String text) {
    ReadContext context = ReadContext.of("t",
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ReadOptions.defaults());
    byte[] view = Latin1View.of(context);
    assertThat(view).isEqualTo(Latin1View.of(context.text()));
  }

  @Property(tries = 2000)
  void cleanOnTheViewAgreesWithCleanOnTheText(@ForAll("texts") String text) {
    byte[] view = Latin1View.of(text);
    int from = 0;
    int to = text.length();
    while (from < to && CueText.isBlank(text.charAt(from))) {
      from++;
    }
    while (to > from && CueText.isBlank(text.charAt(to - 1))) {
      to--;
    }
    String range = text.substring(from, to);
    boolean clean = CueText.isClean(text, from, to);
    // The view may call a control character unclean that the text's check lets pass (cleaning keeps it anyway),
    // never the other way round.
    boolean controls = range.chars().anyMatch(c -> c < ' ' && !CueText.isBlank((char) c));
    assertThat(CueText.isClean(view, from, to)).isEqualTo(clean && !controls);
    boolean markup = range.indexOf('<') >= 0 || range.indexOf('{') >= 0;
    assertThat(CueText.isPlain(view, from, to)).isEqualTo(clean && !controls && !markup);
    String cleaned = new CueText().clean(text, 0, text.length());
    assertThat(new CueText().clean(ViewedText.of(text), 0, text.length())).isEqualTo(cleaned);
    ReadContext read = ReadContext.of("t", text, ReadOptions.defaults());
    if (read.text().equals(text)) {
      // Read as bytes alone when the text is plain ASCII.
      assertThat(new CueText().clean(ViewedText.of(read), 0, text.length())).isEqualTo(cleaned);
    }
  }

  /** Mostly clean caption text, so that the eight-byte checks see long clean runs with the odd fault anywhere. */
  @Provide
  Arbitrary<String> mostlyClean() {
    Arbitrary<String> clean = Arbitraries.of("a", "word", "Ada", " ", ".", "\u00e9", "?", "x", "12");
    Arbitrary<String> fault = Arbitraries.of("  ", "\n", "\t", "\u00a0", "<", "&", "{", "\u0000", "\u001f");
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(30, clean), net.jqwik.api.Tuple.of(1, fault))
        .list().ofMaxSize(60).map(parts -> String.join("", parts));
  }

  @Property(tries = 3000)
  void theEightByteChecksAgreeWithAByteByByteReading(@ForAll("mostlyClean") String text,
      @ForAll @net.jqwik.api.constraints.IntRange(max = 200) int a,
      @ForAll @net.jqwik.api.constraints.IntRange(max = 200) int b) {
    byte[] view = Latin1View.of(text);
    int from = from(view, a);
    int to = to(view, from, b);
    assertThat(CueText.isClean(view, from, to)).isEqualTo(byteByByte(view, from, to, -1, -1));
    assertThat(CueText.isPlain(view, from, to)).isEqualTo(byteByByte(view, from, to, '<', '{'));
    assertThat(CueText.isCleanWithout(view, from, to, '<', '&')).isEqualTo(byteByByte(view, from, to, '<', '&'));
  }

  @Property(tries = 2000)
  void theEightByteSearchesFindWhatALoopFinds(@ForAll("mostlyClean") String text,
      @ForAll @net.jqwik.api.constraints.IntRange(max = 200) int a,
      @ForAll @net.jqwik.api.constraints.IntRange(max = 200) int b) {
    byte[] view = Latin1View.of(text);
    int from = from(view, a);
    int to = to(view, from, b);
    for (char c : new char[] {'\n', '<', '&', '\u00a0', 'a'}) {
      int expected = -1;
      int expectedEither = -1;
      for (int i = to - 1; i >= from; i--) {
        if (view[i] == (byte) c) {
          expected = i;
          expectedEither = i;
        } else if (view[i] == ' ') {
          expectedEither = i;
        }
      }
      assertThat(Latin1View.indexOf(view, (byte) c, from, to)).as("%s in [%d, %d)", c, from, to)
          .isEqualTo(expected);
      assertThat(Latin1View.indexOfEither(view, (byte) c, (byte) ' ', from, to)).isEqualTo(expectedEither);
    }
  }

  /** A range's start {@code a} bytes in, and its end {@code b} bytes before the end: every alignment. */
  private static int from(byte[] view, int a) {
    return Math.min(a, view.length);
  }

  private static int to(byte[] view, int from, int b) {
    return Math.max(from, view.length - Math.min(b, view.length));
  }

  /** Clean as the checks mean it: no control character, no U+00A0, no doubled space, neither of two others. */
  private static boolean byteByByte(byte[] view, int from, int to, int a, int b) {
    for (int i = from; i < to; i++) {
      int c = view[i] & 0xFF;
      if (c < ' ' || c == 0xA0 || c == a || c == b || c == ' ' && i > from && view[i - 1] == ' ') {
        return false;
      }
    }
    return true;
  }

  @Test
  void anAsciiTextIsItsOwnView() {
    String text = "1\n00:00:01,000 --> 00:00:02,000\nAda: Hello there.\n";
    assertThat(new String(Latin1View.of(text), StandardCharsets.ISO_8859_1)).isEqualTo(text);
  }

  @Test
  void aSurrogatePairTakesTwoBytesNotOne() {
    assertThat(Latin1View.of("a\uD83D\uDE00 b")).containsExactly('a', '?', '?', ' ', 'b');
  }

  @Test
  void onlyTheNoBreakSpaceAmongNonAsciiCharactersIsABlank() {
    byte[] view = Latin1View.of("caf\u00e9 \u00ff\u2212x");
    assertThat(CueText.isClean(view, 0, view.length)).isTrue();
    view = Latin1View.of("a\u00a0b");
    assertThat(CueText.isClean(view, 0, view.length)).isFalse();
  }
}
