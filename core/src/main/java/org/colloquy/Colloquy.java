package org.colloquy;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.colloquy.format.ColloquyException;
import org.colloquy.format.ColloquyParseException;
import org.colloquy.format.Format;
import org.colloquy.format.FormatRegistry;
import org.colloquy.format.ReadOptions;
import org.colloquy.format.WriteOptions;
import org.colloquy.model.Episode;

/**
 * The front door: load a transcript, caption file or summary page into an {@link Episode}, and write one back.
 *
 * <pre>{@code
 * Episode ep = Colloquy.load(Path.of("interview.txt"));
 * ep.segments().speech().by("yann").containing("backprop").size();
 * Colloquy.write(ep, Path.of("interview.vtt"));
 * }</pre>
 *
 * <p>Formats are found through {@link java.util.ServiceLoader} on the class-path (add {@code colloquy-parsers});
 * the format of a file is detected from its content, with the extension as a tie-breaker. Input is decoded as UTF-8
 * (UTF-16 with a byte order mark is accepted) and any line ends work. Reading is lenient by default: what was
 * skipped or repaired is listed in {@link Episode#diagnostics()}; pass {@link ReadOptions#strictDefaults()} to
 * throw {@link ColloquyParseException} instead. For a set of formats of your own, use a {@link FormatRegistry}.
 */
public final class Colloquy {

  private Colloquy() {}

  /** Found once, on first use; immutable. */
  private static final class Discovered {
    static final FormatRegistry REGISTRY = FormatRegistry.discover();
  }

  /** The registry this facade uses: every format on the class-path. */
  public static FormatRegistry registry() {
    return Discovered.REGISTRY;
  }

  /** The formats on the class-path, sorted by name. */
  public static List<Format> formats() {
    return registry().formats();
  }

  /**
   * Reads a file, detecting its format.
   *
   * @throws ColloquyParseException if the file cannot be read in the detected format
   * @throws ColloquyException if no format recognises it
   * @throws java.io.UncheckedIOException if the file cannot be opened
   */
  public static Episode load(Path path) {
    return registry().load(path, ReadOptions.defaults());
  }

  /** Reads a file with options, detecting its format. */
  public static Episode load(Path path, ReadOptions options) {
    return registry().load(path, options);
  }

  /** Reads a file in the named format, such as {@code "vtt"}. */
  public static Episode load(Path path, String format) {
    return registry().load(path, format, ReadOptions.defaults());
  }

  /** Reads a file in the named format, with options. */
  public static Episode load(Path path, String format, ReadOptions options) {
    return registry().load(path, format, options);
  }

  /** Reads text in the named format. */
  public static Episode parse(String text, String format) {
    return registry().parse(text, "<text>", format, ReadOptions.defaults());
  }

  /** Reads text in the named format, with options. */
  public static Episode parse(String text, String format, ReadOptions options) {
    return registry().parse(text, "<text>", format, options);
  }

  /** Reads text, detecting its format. */
  public static Episode parse(String text) {
    return registry().parse(text, "<text>", ReadOptions.defaults());
  }

  /** Reads a stream, detecting its format; {@code sourceName} names it in errors and provenance. */
  public static Episode read(InputStream in, String sourceName) {
    return registry().read(in, sourceName, ReadOptions.defaults());
  }

  /** Reads a stream with options, detecting its format. */
  public static Episode read(InputStream in, String sourceName, ReadOptions options) {
    return registry().read(in, sourceName, options);
  }

  /** Writes {@code episode} to a file in the format its extension names ({@code .json}, {@code .vtt}, …). */
  public static void write(Episode episode, Path path) {
    registry().write(episode, path, WriteOptions.defaults());
  }

  /** Writes {@code episode} to a file in the named format. */
  public static void write(Episode episode, Path path, String format) {
    registry().write(episode, path, format, WriteOptions.defaults());
  }

  /** {@code episode} in the named format, as text. */
  public static String write(Episode episode, String format) {
    return registry().write(episode, format, WriteOptions.defaults());
  }

  /** {@code episode} in the named format with options, as text. */
  public static String write(Episode episode, String format, WriteOptions options) {
    return registry().write(episode, format, options);
  }
}
