package org.colloquy.parsers.podcast;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.colloquy.format.Format;
import org.colloquy.format.ReadContext;
import org.colloquy.format.Sample;
import org.colloquy.format.WriteOptions;
import org.colloquy.model.Episode;
import org.colloquy.parsers.common.JsonInput;
import org.colloquy.parsers.common.JsonShape;

/**
 * The {@code podcast-chapters} format: the Podcasting 2.0 chapters file, {@code {"version", "chapters":
 * [{"startTime", "title", "endTime"?, "url"?, "img"?, "toc"?}]}} with times in decimal seconds. Each chapter
 * becomes a {@link org.colloquy.model.Topic} spanning its times (open-ended without {@code endTime}), with
 * {@code url}, {@code img} and {@code toc} kept in its attributes; the file's {@code title}, {@code podcastName}
 * and {@code description} become the episode's. The episode has no segments: attach the chapters to a transcript
 * of the same episode with {@link Episode#merge(Episode, Episode)}.
 *
 * <p>The writer writes every topic that has a time span, with its first span's times; topics without one cannot
 * be placed in a chapters file and are left out.
 */
public final class PodcastChaptersFormat implements Format {

  /** Creates the format; it holds no state. */
  public PodcastChaptersFormat() {}

  @Override
  public String name() {
    return "podcast-chapters";
  }

  @Override
  public List<String> extensions() {
    return List.of("json");
  }

  @Override
  public String description() {
    return "Podcasting 2.0 chapters JSON: chapters with startTime, title, url and image";
  }

  /** Judges by keys: {@code chapters} with {@code startTime} and {@code title}. */
  @Override
  public double detect(Sample sample) {
    JsonShape shape = JsonShape.of(sample);
    if (!shape.isObject() || shape.isColloquyJson()) {
      return 0;
    }
    if (shape.hasAll("chapters.startTime", "chapters.title")) {
      return 0.95;
    }
    return shape.has("chapters.startTime") ? 0.7 : 0;
  }

  @Override
  public Episode read(ReadContext context) {
    return JsonInput.read(context, PodcastChaptersReader::read);
  }

  @Override
  public boolean canWrite() {
    return true;
  }

  /** Writes the chapters file; there are no options. */
  @Override
  public void write(Episode episode, Writer out, WriteOptions options) throws IOException {
    PodcastChaptersWriter.write(episode, out);
  }
}
