package org.colloquy.parsers.json;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.colloquy.format.Format;
import org.colloquy.format.ReadContext;
import org.colloquy.format.Sample;
import org.colloquy.format.Utf8Stream;
import org.colloquy.format.WriteOptions;
import org.colloquy.model.Episode;
import org.colloquy.parsers.common.JsonInput;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code colloquy-json}: Colloquy's own format, lossless — reading what was written gives back an equal episode,
 * diagnostics and provenance included.
 *
 * <p>The schema, version 1, is documented field by field with an example in {@code docs/colloquy-json.md} at the
 * root of the source repository. In short: one pretty-printed JSON object whose first field is
 * {@code "colloquy": 1}, then the episode's fields in a fixed order; every time is an offset in <b>seconds</b> as
 * an exact decimal number ({@code 69.25}, nanosecond precision kept; ISO-8601 strings such as
 * {@code "PT1M9.25S"} are read too); segments and quotes name speakers by {@code id}; absent values and empty
 * collections are left out.
 *
 * <p>Read with Jackson's streaming parser, so a large episode never becomes a tree. An unknown field is a warning
 * that keeps its raw value (lenient) or an error (strict); anything else wrong — malformed JSON, another version,
 * a speaker id the episode does not list, an end before its start — is a {@link
 * org.colloquy.format.ColloquyParseException} at its line and column. To put episodes inside your own JSON
 * documents, use {@link ColloquyModule}.
 */
public final class ColloquyJsonFormat implements Format {

  /**
   * Pretty-printing as people write JSON by hand ({@code "title": "…"}, one array element per line, two spaces),
   * with {@code \n} line ends on every system so that files are the same everywhere; leaves the caller's writer
   * open.
   */
  static final JsonMapper MAPPER = JsonMapper.builder()
      .defaultPrettyPrinter(new DefaultPrettyPrinter(
          Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")))
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  /** One line, for raw values quoted in diagnostics. */
  static final JsonMapper COMPACT = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  static final double MARKED_FIRST = 0.95;
  static final double MARKED = 0.8;
  static final double OTHER_JSON = 0.1;

  @Override
  public String name() {
    return "colloquy-json";
  }

  @Override
  public List<String> extensions() {
    return List.of("json");
  }

  @Override
  public String description() {
    return "Colloquy's own lossless JSON (\"colloquy\": 1)";
  }

  /**
   * Certain ({@value #MARKED_FIRST}) when the top-level object's first field is {@code "colloquy"} with a number, as
   * the writer puts it; likely ({@value #MARKED}) when a later top-level field of the sample is; unlikely
   * ({@value #OTHER_JSON}) for any other JSON, which other formats (recognisers' outputs) claim by their own
   * fields; 0 for text that is not JSON.
   */
  @Override
  public double detect(Sample sample) {
    String head = sample.head().stripLeading();
    if (head.isEmpty() || head.charAt(0) != '{' && head.charAt(0) != '[') {
      return 0;
    }
    if (head.charAt(0) == '[') {
      return OTHER_JSON;
    }
    try (JsonParser parser = COMPACT.createParser(head)) {
      parser.nextToken();
      boolean first = true;
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        boolean marker = "colloquy".equals(parser.currentName());
        JsonToken value = parser.nextToken();
        if (marker && value != null && value.isNumeric()) {
          return first ? MARKED_FIRST : MARKED;
        }
        parser.skipChildren();
        first = false;
      }
    } catch (JacksonException e) {
      // The sample may end mid-document, or not be JSON after all: judge by the fields seen so far.
    }
    return OTHER_JSON;
  }

  @Override
  public Episode read(ReadContext context) {
    Utf8Stream bytes = context.utf8Stream();
    try (JsonParser parser = JsonInput.parser(bytes)) {
      return EpisodeJsonReader.readDocument(parser, context, bytes);
    }
  }

  @Override
  public boolean canWrite() {
    return true;
  }

  @Override
  public void write(Episode episode, Writer out, WriteOptions options) throws IOException {
    try (JsonGenerator generator = MAPPER.createGenerator(out)) {
      EpisodeJsonWriter.write(episode, generator);
    }
    out.write('\n');
    out.flush();
  }
}
