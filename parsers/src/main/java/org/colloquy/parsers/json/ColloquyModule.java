package org.colloquy.parsers.json;

import org.colloquy.format.ReadContext;
import org.colloquy.format.ReadOptions;
import org.colloquy.model.Episode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson module that lets your own {@code JsonMapper} read and write {@link Episode}s — as fields of your own
 * records, in lists, anywhere — in the {@code colloquy-json} shape.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new ColloquyModule()).build();
 * String json = mapper.writeValueAsString(new Library(List.of(episode)));
 * }</pre>
 *
 * <p>Problems in an embedded episode throw {@link org.colloquy.format.ColloquyParseException}; unknown fields are
 * refused, since there is no episode to keep a diagnostic on.
 */
public final class ColloquyModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The module. */
  public ColloquyModule() {
    super("colloquy");
    addSerializer(Episode.class, new ValueSerializer<Episode>() {
      @Override
      public void serialize(Episode value, JsonGenerator gen, SerializationContext context) {
        EpisodeJsonWriter.write(value, gen);
      }
    });
    addDeserializer(Episode.class, new ValueDeserializer<Episode>() {
      @Override
      public Episode deserialize(JsonParser parser, DeserializationContext context) {
        return EpisodeJsonReader.read(parser, ReadContext.of("<json>", "", ReadOptions.strictDefaults()), false);
      }
    });
  }
}
