package org.colloquy.format;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.colloquy.model.Episode;

/**
 * One kind of file Colloquy can read, and perhaps write: a transcript layout, a caption format, a recogniser's
 * JSON.
 *
 * <p>Implementations are stateless and thread-safe, have a public no-argument constructor, and are listed in
 * {@code META-INF/services/org.colloquy.format.Format} so that {@link java.util.ServiceLoader} finds them.
 */
public interface Format {

  /** The unique name users pass to pick this format, such as {@code vtt} or {@code labeled-text}. */
  String name();

  /** The file extensions this format usually has, lower case, without the dot; used to break detection ties. */
  default List<String> extensions() {
    return List.of();
  }

  /** One line saying what this format is, for listings. */
  default String description() {
    return name();
  }

  /**
   * How sure this format is that it can read the sample, from 0 (not at all) to 1 (certain). Formats judge by
   * content; {@link FormatRegistry} uses the name only to break ties. Must be fast and must not throw.
   */
  double detect(Sample sample);

  /**
   * Reads a whole source into an episode. Problems go to {@code context} (which throws for them in strict mode);
   * input that cannot be read at all ends in {@link ColloquyParseException} from
   * {@link ReadContext#fail(int, int, String, String)}.
   */
  Episode read(ReadContext context);

  /** Whether {@link #write} is supported. */
  default boolean canWrite() {
    return false;
  }

  /**
   * Writes {@code episode} in this format.
   *
   * @throws UnsupportedOperationException if {@link #canWrite()} is false
   * @throws IOException if {@code out} fails
   */
  default void write(Episode episode, Writer out, WriteOptions options) throws IOException {
    throw new UnsupportedOperationException("the " + name() + " format cannot be written");
  }
}
