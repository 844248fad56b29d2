package org.colloquy.format;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link ReadContext#text()} decodes a stream in one go where it can; whatever the bytes, it must give the text,
 * the diagnostics and the strict-mode failure that decoding them as a stream gives.
 */
class ReadContextDecodingTest {

  @Property(tries = 300)
  void wholeTextEqualsTheStreamedText(@ForAll("awkwardBytes") byte[] bytes) {
    assertSameDecoding(bytes, ReadOptions.defaults(), false);
  }

  @Property(tries = 300)
  void wholeTextAfterASampleEqualsTheStreamedText(@ForAll("awkwardBytes") byte[] bytes) {
    assertSameDecoding(bytes, ReadOptions.defaults(), true);
  }

  @Property(tries = 150)
  void strictReadingFailsAtTheSamePlaceEitherWay(@ForAll("awkwardBytes") byte[] bytes) {
    assertSameDecoding(bytes, ReadOptions.strictDefaults(), false);
    assertSameDecoding(bytes, ReadOptions.strictDefaults(), true);
  }

  @Property(tries = 300)
  void textUtf8IsTheTextEncoded(@ForAll("awkwardBytes") byte[] bytes) {
    ReadContext context = ReadContext.of("a", new ByteArrayInputStream(bytes), ReadOptions.defaults());
    assertThat(context.textUtf8()).isEqualTo(context.text().getBytes(UTF_8));
  }

  @Property(tries = 500)
  void asciiTextIsGivenExactlyForPrintableAsciiAndIsTheText(@ForAll("awkwardBytes") byte[] bytes) {
    ReadContext context = ReadContext.of("a", new ByteArrayInputStream(bytes), ReadOptions.defaults());
    String text = context.text();
    boolean printableAscii = text.chars().allMatch(c -> c < 0x80 && (c >= ' ' || c == '\t' || c == '\n'));
    assertThat(context.asciiText()).isEqualTo(context.asciiText());
    assertThat(context.asciiText().map(ascii -> new String(ascii, US_ASCII)))
        .isEqualTo(printableAscii ? java.util.Optional.of(text) : java.util.Optional.empty());
    // A context over text drops a byte order mark that decoding left (a second one), so it has its own text.
    ReadContext overText = ReadContext.of("b", text, ReadOptions.defaults());
    String itsText = overText.text();
    boolean itsPrintableAscii = itsText.chars().allMatch(c -> c < 0x80 && (c >= ' ' || c == '\t' || c == '\n'));
    assertThat(overText.asciiText().map(ascii -> new String(ascii, US_ASCII)))
        .isEqualTo(itsPrintableAscii ? java.util.Optional.of(itsText) : java.util.Optional.empty());
  }

  @Property(tries = 300)
  void longAsciiWithLineEndsOfEveryKindIsTheStreamedText(@ForAll("asciiBytes") byte[] bytes) {
    assertSameDecoding(bytes, ReadOptions.defaults(), false);
    ReadContext context = ReadContext.of("a", new ByteArrayInputStream(bytes), ReadOptions.defaults());
    assertThat(context.textUtf8()).isEqualTo(context.text().getBytes(UTF_8));
  }

  @Test
  void anUnpairedSurrogateInGivenTextIsNotAscii() {
    // Its UTF-8 is one '?', as long as the character: the byte count alone would call the text ASCII.
    assertThat(ReadContext.of("s", "ab\uD83Dcd", ReadOptions.defaults()).asciiText()).isEmpty();
    assertThat(ReadContext.of("s", "abcd", ReadOptions.defaults()).asciiText()).hasValueSatisfying(
        ascii -> assertThat(new String(ascii, US_ASCII)).isEqualTo("abcd"));
  }

  @Test
  void anErrorAfterReadingAsciiBytesStillShowsItsLine() {
    byte[] bytes = "WEBVTT\r\n\r\n00:01.000 --> nonsense\r\n".getBytes(US_ASCII);
    ReadContext context = ReadContext.of("bad.vtt", new ByteArrayInputStream(bytes), ReadOptions.defaults());
    assertThat(context.asciiText()).isPresent();
    assertThat(context.fail(3, 15, "a timestamp", "nonsense").excerpt()).isEqualTo("00:01.000 --> nonsense");
    assertThat(context.text()).isEqualTo("WEBVTT\n\n00:01.000 --> nonsense\n");
    assertThat(context.sample().head()).isEqualTo(context.text());
  }

  @Test
  void textUtf8OfAContextOverAStringIsItsTextEncoded() {
    ReadContext context = ReadContext.of("a", "\uFEFFA: caf\u00e9\r\nB: \ud83d\ude00", ReadOptions.defaults());
    assertThat(context.textUtf8()).isEqualTo("A: caf\u00e9\nB: \ud83d\ude00".getBytes(UTF_8));
  }

  @Test
  void aSampleOfALongStreamLeavesTheWholeStreamToRead() {
    StringBuilder text = new StringBuilder();
    while (text.length() < 3 * Sample.MAX_LENGTH) {
      text.append("YANN:\t 00:07\t caf\u00e9 \u2014 na\u00efve \ud83d\ude00 words\r\n");
    }
    byte[] bytes = text.toString().getBytes(UTF_8);
    ReadContext context = ReadContext.of("long.txt", new OneByteAtATime(bytes), ReadOptions.defaults());
    Sample sample = context.sample();
    assertThat(sample.complete()).isFalse();
    assertThat(context.text()).isEqualTo(text.toString().replace("\r\n", "\n"));
    assertThat(context.text()).startsWith(sample.head());
  }

  @Test
  void aByteOrderMarkIsDroppedAndUtf16IsDecoded() {
    byte[] utf8 = "\uFEFFA: caf\u00e9\r\n".getBytes(UTF_8);
    assertThat(ReadContext.of("a", new ByteArrayInputStream(utf8), ReadOptions.defaults()).text())
        .isEqualTo("A: caf\u00e9\n");
    byte[] utf16 = "\uFEFFA: caf\u00e9\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    assertThat(ReadContext.of("b", new ByteArrayInputStream(utf16), ReadOptions.defaults()).text())
        .isEqualTo("A: caf\u00e9\n");
  }

  @Test
  void aReplacementCharacterInTheInputIsKeptWithoutAWarning() {
    byte[] bytes = "A: \uFFFD is a real character here\n".getBytes(UTF_8);
    ReadContext context = ReadContext.of("r", new ByteArrayInputStream(bytes), ReadOptions.defaults());
    assertThat(context.text()).isEqualTo("A: \uFFFD is a real character here\n");
    assertThat(context.diagnostics()).isEmpty();
  }

  private static void assertSameDecoding(byte[] bytes, ReadOptions options, boolean sampleFirst) {
    ReadContext whole = ReadContext.of("x.txt", new ByteArrayInputStream(bytes), options);
    ReadContext streamed = ReadContext.of("x.txt", new OneByteAtATime(bytes), options);
    Object wholeResult = Outcomes.outcome(() -> {
      if (sampleFirst) {
        whole.sample();
      }
      return whole.text();
    });
    Object streamedResult = Outcomes.outcome(() -> readAll(streamed.reader()));
    assertThat(wholeResult).isEqualTo(streamedResult);
    assertThat(whole.diagnostics()).isEqualTo(streamed.diagnostics());
  }

  private static String readAll(Reader reader) {
    StringBuilder out = new StringBuilder();
    try {
      for (int c; (c = reader.read()) >= 0; ) {
        out.append((char) c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** ASCII in runs long enough for the eight-byte scan, with every control character and line end among it. */
  @Provide
  Arbitrary<byte[]> asciiBytes() {
    Arbitrary<byte[]> piece = Arbitraries.oneOf(
        Arbitraries.of("00:01:02.345 --> 00:01:03.000", "<v Ann>Hello there", "\r", "\n", "\r\n", "\t", " ")
            .map(s -> s.getBytes(UTF_8)),
        Arbitraries.bytes().between((byte) 0, (byte) 0x7F).array(byte[].class).ofMaxSize(20));
    return piece.list().ofMaxSize(30).map(parts -> {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      parts.forEach(out::writeBytes);
      return out.toByteArray();
    });
  }

  @Provide
  Arbitrary<byte[]> awkwardBytes() {
    Arbitrary<byte[]> piece = Arbitraries.oneOf(
        Arbitraries.of("a", "YANN: ", "\r", "\n", "\r\n", "\t", "\u00e9", "\u2014", "\ud83d\ude00", "\uFFFD",
            "\uFEFF").map(s -> s.getBytes(UTF_8)),
        Arbitraries.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0xFE, (byte) 0xFF},
            new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xED,
                (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0x80}, new byte[] {0}),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(3));
    return piece.list().ofMaxSize(40).map(parts -> {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      parts.forEach(out::writeBytes);
      return out.toByteArray();
    });
  }
}
