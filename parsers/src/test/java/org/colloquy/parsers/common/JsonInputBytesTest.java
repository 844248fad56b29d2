package org.colloquy.parsers.common;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.colloquy.format.ColloquyParseException;
import org.colloquy.format.ReadContext;
import org.colloquy.format.ReadOptions;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.SourceLocation;
import org.colloquy.parsers.JsonFixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * {@link JsonInput} reads UTF-8 bytes with Jackson's byte parser, yet reports what reading characters reported:
 * locations in characters, malformed bytes as replacement characters with a located warning, UTF-16 as text.
 * Jackson's character parser over the same text is the reference for locations.
 */
class JsonInputBytesTest {

  private static final JsonFactory CHARS = new JsonFactory();

  @Property(tries = 300)
  void everyTokenIsLocatedWhereTheCharacterParserLocatesIt(@ForAll("documents") String json) {
    List<String> expected = new ArrayList<>();
    try (JsonParser p = CHARS.createParser(ObjectReadContext.empty(), json)) {
      while (p.nextToken() != null) {
        TokenStreamLocation at = p.currentTokenLocation();
        expected.add(p.currentToken() + "@" + at.getLineNr() + ":" + at.getColumnNr());
      }
    }
    for (boolean inMemory : new boolean[] {false, true}) {
      List<String> actual = new ArrayList<>();
      read(json, inMemory, ReadOptions.defaults(), in -> {
        for (JsonToken t; (t = in.next()) != null; ) {
          SourceLocation at = in.here();
          actual.add(t + "@" + at.line() + ":" + at.column());
        }
      });
      assertThat(actual).isEqualTo(expected);
    }
  }

  @Property(tries = 200)
  void malformedJsonFailsWhereTheByteParserFailsCountedInCharacters(@ForAll("documents") String json,
      @ForAll("cuts") int cut) {
    String broken = json.substring(0, cut % (json.length() + 1)) + "\u00e9}";
    byte[] bytes = broken.getBytes(UTF_8);
    String expected;
    try (JsonParser p = CHARS.createParser(ObjectReadContext.empty(), bytes)) {
      while (p.nextToken() != null) {
        p.skipChildren();
      }
      expected = "none";
    } catch (JacksonException e) {
      // Jackson's byte parser places some errors elsewhere than its character parser, some inside a multi-byte
      // character; this counts the column of the character holding that byte by decoding the line up to it.
      TokenStreamLocation at = e.getLocation();
      int lineStart = (int) (at.getByteOffset() - (at.getColumnNr() - 1));
      int place = (int) at.getByteOffset();
      while (place > lineStart && place < bytes.length && (bytes[place] & 0xC0) == 0x80) {
        place--;
      }
      int characters = new String(bytes, lineStart, place - lineStart, UTF_8).length();
      expected = at.getLineNr() + ":" + (characters + 1);
    }
    String actual;
    try {
      read(broken, false, ReadOptions.defaults(), in -> {
        while (in.next() != null) {
          in.skip();
        }
      });
      actual = "none";
    } catch (ColloquyParseException e) {
      actual = e.location().line() + ":" + e.location().column();
    }
    assertThat(actual).isEqualTo(expected);
  }

  @Property(tries = 1000)
  void plainTimesReadExactlyAsRoundingTheirDoubleWould(@ForAll("plainDecimals") String decimal) {
    double value = Double.parseDouble(decimal);
    List<Long> read = new ArrayList<>();
    read("{\"a\": " + decimal + ", \"b\": \"" + decimal + "\", \"c\": " + decimal + "}", false,
        ReadOptions.defaults(), in -> {
          in.next();
          read.add(in.nextProperty() == null ? -2 : in.seconds("a"));
          read.add(in.nextProperty() == null ? -2 : in.seconds("b"));
          read.add(in.nextProperty() == null ? -2 : in.millis("c"));
        });
    long seconds = value <= 1e9 ? Math.round(value * 1e9) : JsonInput.NO_TIME;
    long millis = value * 1e6 / 1e9 <= 1e9 ? Math.round(value * 1e6) : JsonInput.NO_TIME;
    assertThat(read).containsExactly(seconds, seconds, millis);
  }

  @Test
  void invalidUtf8InAStringBecomesAReplacementWithAWarningAtItsLineAndColumn() {
    byte[] json = concat("{\"segments\": [\n  {\"start\": 1.0, \"text\": \"Caf\u00e9 ".getBytes(UTF_8),
        new byte[] {(byte) 0xC3, (byte) 0x28}, " cr\u00e8me.\"}\n]}".getBytes(UTF_8));
    Episode episode = JsonFixtures.registry().read(new ByteArrayInputStream(json), "bad.json", "whisper-json",
        ReadOptions.defaults());
    assertThat(episode.segments()).extracting(Segment::text).containsExactly("Caf\u00e9 \uFFFD( cr\u00e8me.");
    assertThat(episode.diagnostics()).filteredOn(d -> d.code().equals("invalid-encoding")).singleElement()
        .satisfies(d -> assertThat(d.location()).hasValueSatisfying(at -> {
          assertThat(at.line()).isEqualTo(2);
          assertThat(at.column()).isEqualTo(32);
        }));
    assertThatThrownBy(() -> JsonFixtures.registry().read(new ByteArrayInputStream(json), "bad.json",
        "whisper-json", ReadOptions.strictDefaults()))
        .isInstanceOfSatisfying(ColloquyParseException.class, e -> {
          assertThat(e.location()).hasToString("bad.json:2:32");
          assertThat(e.getMessage()).contains("byte 0xC3 is not valid UTF-8");
        });
  }

  @Test
  void utf16BigAndLittleEndianWithAByteOrderMarkReadAsUtf8() {
    String json = JsonFixtures.text("whisper-json/y_whisperx-diarised.json");
    Episode utf8 = readBytes(json.getBytes(UTF_8));
    assertThat(utf8.segments()).isNotEmpty();
    assertThat(readBytes(("\uFEFF" + json).getBytes(UTF_16BE))).isEqualTo(utf8);
    assertThat(readBytes(("\uFEFF" + json).getBytes(UTF_16LE))).isEqualTo(utf8);
  }

  @Test
  void segmentsOnALineOfNonAsciiTextAreLocatedInCharacters() {
    String json = "{\"segments\": [{\"start\": 0.0, \"text\": \"\u4f60\u597d\uff0c\u4e16\u754c\"}, "
        + "{\"start\": 1.0, \"text\": \"\ud83d\ude00 na\u00efve\"}, {\"start\": 2.0, \"text\": \"end\"}]}";
    Episode episode = readBytes(json.getBytes(UTF_8));
    assertThat(episode.segments()).extracting(s -> s.source().orElseThrow().column())
        .containsExactly(json.indexOf("{\"start\": 0") + 1, json.indexOf("{\"start\": 1") + 1,
            json.indexOf("{\"start\": 2") + 1);
  }

  @Test
  void aDocumentStartingWithZeroBytesIsRefusedAsJsonNotReadAsUtf32() {
    byte[] zeros = concat(new byte[] {0, 0, 0}, "{\"segments\": []}".getBytes(UTF_8));
    assertThatThrownBy(() -> readBytes(zeros)).isInstanceOf(ColloquyParseException.class);
  }

  private static Episode readBytes(byte[] bytes) {
    return JsonFixtures.registry().read(new ByteArrayInputStream(bytes), "t.json", "whisper-json",
        ReadOptions.defaults());
  }

  private interface Walk {
    void walk(JsonInput in);
  }

  private static void read(String json, boolean inMemory, ReadOptions options, Walk walk) {
    ReadContext context = inMemory ? ReadContext.of("t.json", json, options)
        : ReadContext.of("t.json", new ByteArrayInputStream(json.getBytes(UTF_8)), options);
    JsonInput.read(context, in -> {
      walk.walk(in);
      return Episode.builder().build();
    });
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** JSON numbers of up to 20 digits with up to 10 after the point, in the shapes recognisers write. */
  @Provide
  Arbitrary<String> plainDecimals() {
    Arbitrary<String> whole = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(10)
        .map(w -> w.replaceFirst("^0+(?=.)", ""));
    Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(10);
    return Arbitraries.oneOf(whole, net.jqwik.api.Combinators.combine(whole, fraction).as((w, f) -> w + "." + f),
        Arbitraries.of("0.1", "0.3", "1.005", "4503599.627370497", "9999999.999999999", "123456789012345",
            "1000000000", "1000000000.000000001", "0.000000001", "0.0000000005"));
  }

  @Provide
  Arbitrary<Integer> cuts() {
    return Arbitraries.integers().between(0, 400);
  }

  /** JSON documents with non-ASCII strings and names, and line ends of every kind between tokens. */
  @Provide
  Arbitrary<String> documents() {
    Arbitrary<String> space = Arbitraries.of("", " ", "\n", "\r\n", "\r", "\n  ", "\t");
    Arbitrary<String> string = Arbitraries.of("\"a\"", "\"caf\u00e9\"", "\"\u4f60\u597d\"", "\"\ud83d\ude00x\"",
        "\"\\u00e9\\n\"", "\"plain words here\"", "\"\u00e9\u00e8\u00ea\u00eb\"");
    Arbitrary<String> scalar = Arbitraries.oneOf(string, Arbitraries.of("1", "-2.5", "3e4", "true", "null"));
    Arbitrary<String> member = Arbitraries.oneOf(string, Arbitraries.of("\"k\"", "\"t\u00eate\""))
        .flatMap(name -> Arbitraries.oneOf(scalar, scalar.list().ofMaxSize(3).map(l -> "[" + String.join(",", l)
            + "]")).flatMap(value -> space.map(s -> s + name + s + ":" + s + value + s)));
    return member.list().ofMaxSize(8).map(members -> "{" + String.join(",", members) + "}");
  }
}
