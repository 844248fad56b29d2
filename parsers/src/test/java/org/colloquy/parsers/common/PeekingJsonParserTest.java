package org.colloquy.parsers.common;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.colloquy.format.ReadContext;
import org.colloquy.format.ReadOptions;
import org.colloquy.model.Episode;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The shortcuts {@link PeekingJsonParser} takes for short strings and plain numbers read what Jackson reads: each
 * value, placed so that some lie across the ends of Jackson's buffer, read through {@link JsonInput} as Jackson's
 * character parser decodes it.
 */
class PeekingJsonParserTest {

  private static final JsonFactory CHARS = new JsonFactory();

  private enum Key { V }

  private static final JsonInput.Keys<Key> KEYS = JsonInput.Keys.of(Key.class);

  @Property(tries = 2000)
  void specialMarksTheFirstByteThatEndsAPlainString(@ForAll("words") byte[] bytes) {
    int expected = 0;
    while (expected < 8 && bytes[expected] >= ' ' && bytes[expected] != '"' && bytes[expected] != '\\') {
      expected++;
    }
    assertThat(Long.numberOfTrailingZeros(PeekingJsonParser.special(word(bytes))) >>> 3).isEqualTo(expected);
  }

  @Property(tries = 200)
  void numbersReadAsTheCharacterParserReadsThem(@ForAll("numberDocuments") String json) {
    List<String> texts = values(json);
    List<String> read = new ArrayList<>();
    List<Long> times = new ArrayList<>();
    walk(json, in -> {
      read.add(in.token() + " " + in.string());
    });
    walk(json, in -> times.add(in.seconds("a time")));
    for (int i = 0; i < texts.size(); i++) {
      assertThat(read.get(i)).isEqualTo(texts.get(i));
      String text = texts.get(i).substring(texts.get(i).indexOf(' ') + 1);
      assertThat(times.get(i)).as(text).isEqualTo(nanos(text));
    }
  }

  /** Ways to read a number token, each run on a parser of its own: the first reading fixes what later ones see. */
  private static final List<Function<JsonParser, Object>> NUMBER_READINGS = List.of(JsonParser::getString,
      p -> new String(p.getStringCharacters(), p.getStringOffset(), p.getStringLength()),
      JsonParser::getValueAsString, JsonParser::getNumberType, JsonParser::getNumberValue,
      JsonParser::getDoubleValue, JsonParser::getDecimalValue, JsonParser::getValueAsInt,
      JsonParser::getValueAsLong, JsonParser::getIntValue, JsonParser::getLongValue,
      p -> String.valueOf(p.getNumberValueDeferred()), p -> {
        StringWriter out = new StringWriter();
        p.getString(out);
        return out.toString();
      });

  @Property(tries = 100)
  void everyReadingOfANumberGivesWhatJacksonsOwnParserGives(@ForAll("numberDocuments") String json) {
    byte[] bytes = json.getBytes(UTF_8);
    for (Function<JsonParser, Object> reading : NUMBER_READINGS) {
      ReadContext context = ReadContext.of("t.json", new ByteArrayInputStream(bytes), ReadOptions.defaults());
      try (JsonParser peeking = JsonInput.parser(context.utf8Stream());
          JsonParser plain = CHARS.createParser(ObjectReadContext.empty(), bytes)) {
        assertThat(peeking).isInstanceOf(PeekingJsonParser.class);
        for (JsonToken t; (t = plain.nextToken()) != null; ) {
          assertThat(peeking.nextToken()).isEqualTo(t);
          if (t.isNumeric()) {
            assertThat(outcome(reading, peeking)).isEqualTo(outcome(reading, plain));
          }
        }
      }
    }
  }

  private static String outcome(Function<JsonParser, Object> reading, JsonParser parser) {
    try {
      return String.valueOf(reading.apply(parser));
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  @Property(tries = 200)
  void stringsReadAsTheCharacterParserReadsThem(@ForAll("stringDocuments") String json) {
    List<String> texts = values(json);
    TextPool pool = new TextPool();
    List<String> read = new ArrayList<>();
    for (int pass = 0; pass < 5; pass++) {
      int kind = pass;
      walk(json, in -> {
        String text = switch (kind) {
          case 0 -> in.string();
          case 1 -> in.sharedString(pool);
          case 2 -> in.cleanText(pool);
          case 3 -> in.cleanString();
          default -> Boolean.toString(in.textEquals("a b"));
        };
        read.add(kind + " " + text);
      });
    }
    List<String> expected = new ArrayList<>();
    for (int pass = 0; pass < 5; pass++) {
      for (String t : texts) {
        String text = t.substring(t.indexOf(' ') + 1);
        expected.add(pass + " " + switch (pass) {
          case 0, 1 -> text;
          case 2, 3 -> CleanText.of(text);
          default -> Boolean.toString(text.equals("a b"));
        });
      }
    }
    assertThat(read).isEqualTo(expected);
  }

  /**
   * The nanoseconds {@link JsonInput#seconds} makes of {@code text}: exact for a plain decimal of at most 15 digits
   * and nine decimals below 2<sup>51</sup> ns, the double's value rounded otherwise; none when negative or past a
   * billion seconds.
   */
  private static long nanos(String text) {
    if (text.matches("[0-9]+(\\.[0-9]{0,9})?") && text.replace(".", "").length() <= 15) {
      BigDecimal exact = new BigDecimal(text).movePointRight(9);
      if (exact.compareTo(BigDecimal.valueOf(1L << 51)) < 0) {
        return exact.longValueExact();
      }
    }
    double value = Double.parseDouble(text);
    double seconds = value * 1e9 / 1e9;
    return seconds < 0 || seconds > 1e9 ? JsonInput.NO_TIME : Math.round(value * 1e9);
  }

  private interface Value {
    void read(JsonInput in);
  }

  /** Reads each {@code "v"} of an array of objects with {@code value}. */
  private static void walk(String json, Value value) {
    ReadContext context = ReadContext.of("t.json", new ByteArrayInputStream(json.getBytes(UTF_8)),
        ReadOptions.defaults());
    JsonInput.read(context, in -> {
      in.next();
      while (in.nextElement()) {
        for (Key k; (k = in.nextKey(KEYS)) != null; ) {
          value.read(in);
        }
      }
      return Episode.builder().build();
    });
  }

  /** Each {@code "v"}'s token and text as Jackson's character parser gives them. */
  private static List<String> values(String json) {
    List<String> out = new ArrayList<>();
    try (JsonParser p = CHARS.createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken t; (t = p.nextToken()) != null; ) {
        if (t == JsonToken.PROPERTY_NAME) {
          JsonToken v = p.nextToken();
          out.add(v + " " + p.getString());
        }
      }
    }
    return out;
  }

  private static long word(byte[] bytes) {
    return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getLong();
  }

  /** Eight bytes, mostly digits, with the bytes that end a string among them. */
  @Provide
  Arbitrary<byte[]> words() {
    Arbitrary<Byte> b = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.bytes().between((byte) '0', (byte) '9')),
        Tuple.of(1, Arbitraries.of((byte) '.', (byte) '"', (byte) '\\', (byte) ',', (byte) '/', (byte) ':',
            (byte) ' ', (byte) 0x1F, (byte) 0x7F, (byte) 0xFA, (byte) 0xFF, (byte) 0x80, (byte) 0)),
        Tuple.of(1, Arbitraries.bytes()));
    return b.array(byte[].class).ofSize(8);
  }

  /** Up to 400 objects with a number each, in many shapes, with white space between them. */
  @Provide
  Arbitrary<String> numberDocuments() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(9)
        .filter(s -> s.length() == 1 || s.charAt(0) != '0');
    Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(10);
    Arbitrary<String> plain = Arbitraries.oneOf(digits,
        Combinators.combine(digits, fraction).as((w, f) -> w + "." + f));
    Arbitrary<String> number = Arbitraries.oneOf(plain, plain.map(p -> "-" + p), plain.map(p -> p + "e2"),
        plain.map(p -> p + "E-1"), Arbitraries.of("0", "0.0", "12345678.1234567", "1234567.12345678",
            "99999999999.9999", "0.000000001"));
    Arbitrary<String> value = Arbitraries.oneOf(number, plain.map(p -> "\"" + p + "\""));
    return document(value);
  }

  /** Up to 400 objects with a string each: plain, spaced, escaped, not ASCII. */
  @Provide
  Arbitrary<String> stringDocuments() {
    Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().withChars("ab  .,é\u00a0").ofMaxLength(40),
        Arbitraries.strings().withChars("ab ").ofMaxLength(20));
    Arbitrary<String> escaped = Arbitraries.of("a\\\"b", "a\\\\b", "\\u0061 b", "a\\tb", "a\\nb", "a b",
        " a b", "a b ", "a  b", "\\u00a0a", "\u4f60\u597d", "\ud83d\ude00", "a\u007fb", "");
    Arbitrary<String> value = Arbitraries.oneOf(text, escaped).map(s -> "\"" + s + "\"");
    return document(value);
  }

  private static Arbitrary<String> document(Arbitrary<String> value) {
    Arbitrary<String> space = Arbitraries.of("", " ", "\n", "  ", "\t", "\r\n");
    Arbitrary<String> element = Combinators.combine(space, value, space)
        .as((before, v, after) -> before + "{\"v\":" + before + v + after + "}");
    return Combinators.combine(Arbitraries.strings().withChars(' ').ofMaxLength(40),
            element.list().ofMinSize(1).ofMaxSize(400))
        .as((pad, elements) -> pad + "[" + String.join(",", elements) + "]");
  }
}
