package org.colloquy.format;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * {@link ReadContext#utf8Stream()} hands out the bytes {@link ReadContext#reader()} would hand out as characters: the
 * same text, the same warnings at the same places, the same strict failure, and columns that count characters.
 */
class Utf8StreamTest {

  @Property(tries = 1000)
  void anyBytesDecodeAsTheJdkDecodesThem(@ForAll("anyBytes") byte[] bytes) {
    // A leading letter keeps a byte order mark from being taken as one.
    byte[] input = new byte[bytes.length + 1];
    input[0] = 'a';
    System.arraycopy(bytes, 0, input, 1, bytes.length);
    ReadContext context = ReadContext.of("x.json", new ByteArrayInputStream(input), ReadOptions.defaults());
    byte[] out = readAll(context.utf8Stream());
    assertThat(new String(out, UTF_8)).isEqualTo(new String(input, UTF_8));
  }

  @Property(tries = 500)
  void theBytesCarryTheReadersTextAndWarnings(@ForAll("awkwardBytes") byte[] bytes) {
    assertSameAsReader(bytes, false);
  }

  @Property(tries = 300)
  void theBytesCarryTheReadersTextAndWarningsWhenTheyTrickleIn(@ForAll("awkwardBytes") byte[] bytes) {
    assertSameAsReader(bytes, true);
  }

  @Property(tries = 200)
  void longAsciiStretchesCountLinesAsTheReaderDoes(@ForAll("longAwkwardBytes") byte[] bytes) {
    assertSameAsReader(bytes, false);
  }

  @Property(tries = 300)
  void strictReadingFailsWhereTheReaderFails(@ForAll("awkwardBytes") byte[] bytes) {
    ReadContext chars = ReadContext.of("x.json", new ByteArrayInputStream(bytes), ReadOptions.strictDefaults());
    ReadContext utf8 = ReadContext.of("x.json", new ByteArrayInputStream(bytes), ReadOptions.strictDefaults());
    Object expected = Outcomes.outcome(() -> normalized(readAll(chars.reader())));
    Object actual = Outcomes.outcome(() -> normalized(new String(readAll(utf8.utf8Stream()), UTF_8)));
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void invalidBytesInAJsonStringBecomeAReplacementWithAWarningAtTheirLineAndColumn() {
    byte[] bytes = concat("{\n  \"text\": \"caf\u00e9 ".getBytes(UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28},
        " na\u00efve\"\n}".getBytes(UTF_8));
    ReadContext context = ReadContext.of("bad.json", new ByteArrayInputStream(bytes), ReadOptions.defaults());
    String text = new String(readAll(context.utf8Stream()), UTF_8);
    assertThat(text).isEqualTo("{\n  \"text\": \"caf\u00e9 \uFFFD( na\u00efve\"\n}");
    assertThat(context.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("invalid-encoding");
      assertThat(d.message()).isEqualTo("byte 0xC3 is not valid UTF-8; replaced by U+FFFD");
      assertThat(d.location().orElseThrow().line()).isEqualTo(2);
      assertThat(d.location().orElseThrow().column()).isEqualTo(17);
    });
  }

  @Test
  void invalidBytesFailAStrictReadAtTheirLineAndColumn() {
    byte[] bytes = concat("{\"a\":\r\n \"\u00e9".getBytes(UTF_8), new byte[] {(byte) 0xFF, (byte) 0xFE},
        "\"}".getBytes(UTF_8));
    ReadContext context = ReadContext.of("bad.json", new ByteArrayInputStream(bytes), ReadOptions.strictDefaults());
    Throwable thrown = catchThrowable(() -> readAll(context.utf8Stream()));
    assertThat(thrown).isInstanceOfSatisfying(ColloquyParseException.class, e -> {
      assertThat(e.location()).hasToString("bad.json:2:4");
      assertThat(e.getMessage()).contains("bytes 0xFF 0xFE are not valid UTF-8");
    });
  }

  @Test
  void utf16WithAByteOrderMarkArrivesAsUtf8() {
    String text = "{\"speaker\": \"Ren\u00e9e\", \"text\": \"\u4f60\u597d \ud83d\ude00\"}\n";
    byte[] expected = text.getBytes(UTF_8);
    for (byte[] utf16 : List.of(("\uFEFF" + text).getBytes(UTF_16BE), ("\uFEFF" + text).getBytes(UTF_16LE))) {
      ReadContext context = ReadContext.of("u.json", new ByteArrayInputStream(utf16), ReadOptions.defaults());
      assertThat(readAll(context.utf8Stream())).isEqualTo(expected);
      assertThat(context.diagnostics()).isEmpty();
    }
  }

  @Test
  void aUtf8ByteOrderMarkIsDropped() {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "{}".getBytes(UTF_8));
    ReadContext context = ReadContext.of("b.json", new ByteArrayInputStream(bytes), ReadOptions.defaults());
    assertThat(readAll(context.utf8Stream())).isEqualTo("{}".getBytes(UTF_8));
  }

  @Test
  void textInMemoryIsEncodedWithLoneSurrogatesReplaced() {
    ReadContext context = ReadContext.of("t.json", "\uFEFF{\"a\": \"\u00e9\ud800x\"}", ReadOptions.defaults());
    assertThat(new String(readAll(context.utf8Stream()), UTF_8)).isEqualTo("{\"a\": \"\u00e9\uFFFDx\"}");
  }

  @Test
  void aSampleTakenFirstLeavesTheWholeStream() {
    String text = "{\"text\": \"" + "na\u00efve ".repeat(5000) + "\"}";
    ReadContext context = ReadContext.of("s.json", new OneByteAtATime(text.getBytes(UTF_8)), ReadOptions.defaults());
    assertThat(context.sample().head()).startsWith("{\"text\": \"na\u00efve");
    assertThat(new String(readAll(context.utf8Stream()), UTF_8)).isEqualTo(text);
  }

  @Property(tries = 200)
  void byteColumnsBecomeCharacterColumns(@ForAll("texts") String text) {
    byte[] bytes = text.getBytes(UTF_8);
    Utf8Stream stream = ReadContext.of("c.json", new ByteArrayInputStream(bytes), ReadOptions.defaults()).utf8Stream();
    readAll(stream);
    assertColumns(text, stream, 0);
  }

  @Test
  void columnsStayExactAtTheEndOfALineOfManyThousandNonAsciiCharacters() {
    String line = "{\"text\": \"" + "\u4f60\u597d\u00e9".repeat(100_000) + "\", \"end\": 1}";
    Utf8Stream stream = ReadContext.of("l.json", line + "\n" + line + "\n{}", ReadOptions.defaults()).utf8Stream();
    byte[] bytes = readAll(stream);
    int lineBytes = line.getBytes(UTF_8).length;
    // The last brace of the second line, asked about once the third is read, as a parser's look-ahead does.
    assertThat(stream.column(bytes.length - 4, lineBytes)).isEqualTo(line.length());
    assertThat(stream.column(bytes.length - 1, 2)).isEqualTo(2);
  }

  /** Checks {@link Utf8Stream#column} at every character of {@code text} from character {@code from} on. */
  private static void assertColumns(String text, Utf8Stream stream, int from) {
    long byteOffset = 0;
    long lineStartByte = 0;
    int lineStartChar = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (i >= from) {
        int byteColumn = (int) (byteOffset - lineStartByte + 1);
        assertThat(stream.column(byteOffset, byteColumn)).as("column of character %d", i)
            .isEqualTo(i - lineStartChar + 1);
      }
      int size = new String(Character.toChars(cp)).getBytes(UTF_8).length;
      byteOffset += size;
      i += Character.charCount(cp);
      if (cp == '\n' || cp == '\r' && (i == text.length() || text.charAt(i) != '\n')) {
        lineStartByte = byteOffset;
        lineStartChar = i;
      }
    }
  }

  private static void assertSameAsReader(byte[] bytes, boolean trickle) {
    ReadContext chars = ReadContext.of("x.json", new ByteArrayInputStream(bytes), ReadOptions.defaults());
    ReadContext utf8 = ReadContext.of("x.json", trickle ? new OneByteAtATime(bytes) : new ByteArrayInputStream(bytes),
        ReadOptions.defaults());
    String expected = readAll(chars.reader());
    String actual = normalized(new String(readAll(utf8.utf8Stream()), UTF_8));
    assertThat(actual).isEqualTo(expected);
    assertThat(utf8.diagnostics()).isEqualTo(chars.diagnostics());
  }

  private static String normalized(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static byte[] readAll(InputStream in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[8000];
    try {
      for (int n; (n = in.read(chunk, 0, chunk.length)) >= 0; ) {
        assertThat(n).isPositive();
        out.write(chunk, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String readAll(Reader reader) {
    StringBuilder out = new StringBuilder();
    char[] chunk = new char[8000];
    try {
      for (int n; (n = reader.read(chunk)) >= 0; ) {
        out.append(chunk, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @Provide
  Arbitrary<byte[]> anyBytes() {
    return Arbitraries.oneOf(
        Arbitraries.bytes().array(byte[].class).ofMaxSize(64),
        // Bytes from the ranges UTF-8's rules tell apart, so that near misses are common.
        Arbitraries.of(0x41, 0x0A, 0x0D, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
            0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFE, 0xFF)
            .map(Integer::byteValue).list().ofMaxSize(40).map(Utf8StreamTest::toArray));
  }

  @Provide
  Arbitrary<byte[]> awkwardBytes() {
    Arbitrary<byte[]> piece = Arbitraries.oneOf(
        Arbitraries.of("a", "{\"text\": \"", "\"}", "abcdefghijklmnop", "\r", "\n", "\r\n", "\t", "\u00e9", "\u2014",
            "\ud83d\ude00", "\uFFFD", "\uFEFF").map(s -> s.getBytes(UTF_8)),
        Arbitraries.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0xFE, (byte) 0xFF},
            new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xED,
                (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF0, (byte) 0x9F}, new byte[] {(byte) 0x80},
            new byte[] {0}),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(3));
    return piece.list().ofMaxSize(40).map(parts -> concat(parts.toArray(byte[][]::new)));
  }

  /** Long runs of ASCII with line ends of each kind, broken now and then by other characters and bad bytes. */
  @Provide
  Arbitrary<byte[]> longAwkwardBytes() {
    Arbitrary<byte[]> ascii = Arbitraries.strings().withChars("ab {}\":,\n").ofMinLength(100).ofMaxLength(400)
        .map(t -> t.getBytes(UTF_8));
    Arbitrary<byte[]> odd = Arbitraries.of("\r", "\r\n", "\n", "\u00e9", "\u4f60", "\ud83d\ude00")
        .map(t -> t.getBytes(UTF_8));
    Arbitrary<byte[]> bad = Arbitraries.of(new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xFF, (byte) 0x80},
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
    return Arbitraries.frequencyOf(Tuple.of(6, ascii), Tuple.of(3, odd), Tuple.of(1, bad)).list().ofMaxSize(30)
        .map(parts -> concat(parts.toArray(byte[][]::new)));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("a", "{\"k\": ", "abcdefghijkl", "\n", "\r", "\r\n", "\u00e9", "\u4f60", "\ud83d\ude00",
        "\uFFFD", " ").list().ofMaxSize(60).map(parts -> String.join("", parts));
  }

  private static byte[] toArray(List<Byte> bytes) {
    byte[] out = new byte[bytes.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = bytes.get(i);
    }
    return out;
  }
}
