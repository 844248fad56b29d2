package org.colloquy.parsers.json;

import org.colloquy.format.ColloquyParseException;
import org.colloquy.format.ReadContext;
import org.colloquy.format.ReadOptions;
import org.colloquy.model.Episode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson module that lets your own {@code JsonMapper} read and write {@link Episode}s — as fields of your own
 * records, in lists, anywhere — in the {@code colloquy-json} shape, with the same reader and writer as
 * {@link ColloquyJsonFormat}.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new ColloquyModule()).build();
 * String json = mapper.writeValueAsString(new Library(List.of(episode)));
 * }</pre>
 *
 * <p>An embedded episode that cannot be read fails as Jackson's {@link DatabindException}, located in your
 * document, with the {@link ColloquyParseException} that says what was wrong as its cause. Unknown fields in an
 * episode follow your mapper's {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}: kept as warnings in the
 * episode's {@link Episode#diagnostics()} when it is off (Jackson 3's default), refused when it is on.
 */
public final class ColloquyModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The module. */
  public ColloquyModule() {
    super("colloquy");
    addSerializer(Episode.class, new EpisodeSerializer());
    addDeserializer(Episode.class, new EpisodeDeserializer());
  }

  private static final class EpisodeSerializer extends ValueSerializer<Episode> {
    @Override
    public void serialize(Episode value, JsonGenerator gen, SerializationContext context) {
      EpisodeJsonWriter.write(value, gen);
    }
  }

  private static final class EpisodeDeserializer extends ValueDeserializer<Episode> {
    @Override
    public Episode deserialize(JsonParser parser, DeserializationContext context) {
      boolean strict = context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      // No text to quote from: the reader's locations come from the parser, so they are places in the caller's
      // document.
      ReadContext read = ReadContext.of("<json>", "", strict ? ReadOptions.strictDefaults() : ReadOptions.defaults());
      try {
        Episode episode = EpisodeJsonReader.readEmbedded(parser, read);
        return read.diagnostics().isEmpty() ? episode
            : episode.toBuilder().addDiagnostics(read.diagnostics()).build();
      } catch (ColloquyParseException e) {
        throw DatabindException.from(parser, "not a colloquy-json episode: " + e.problem() + " (at line "
            + e.line() + ", column " + e.column() + ")", e);
      }
    }
  }
}
