package org.colloquy.parsers.json;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;
import org.colloquy.format.Format;
import org.colloquy.format.ReadContext;
import org.colloquy.format.Sample;
import org.colloquy.format.WriteOptions;
import org.colloquy.model.Episode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code colloquy-json}: Colloquy's own format, lossless — reading what was written gives back an equal episode,
 * diagnostics and provenance included. A versioned JSON object ({@code "colloquy": 1}); the schema is documented in
 * {@code docs/colloquy-json.md} in the source repository. Read with Jackson's streaming parser, so large episodes
 * never become a tree.
 */
public final class ColloquyJsonFormat implements Format {

  /** Pretty-printing, leaves the caller's writer open. */
  static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  /** One line, for raw values quoted in diagnostics. */
  static final JsonMapper COMPACT = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private static final Pattern MARKER = Pattern.compile("\"colloquy\"\\s*:\\s*\\d");

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

  @Override
  public double detect(Sample sample) {
    String head = sample.head().stripLeading();
    if (!head.startsWith("{")) {
      return 0;
    }
    // The writer puts the marker first; a hand-made file may put it anywhere near the top.
    return MARKER.matcher(head.substring(0, Math.min(head.length(), 200))).find() ? 0.95
        : MARKER.matcher(head).find() ? 0.7 : 0;
  }

  @Override
  public Episode read(ReadContext context) {
    try (JsonParser parser = MAPPER.createParser(context.reader())) {
      return EpisodeJsonReader.read(parser, context, true);
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
