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
 * The {@code podcast-json} format: the Podcasting 2.0 JSON transcript, {@code {"version": "1.0.0", "segments":
 * [{"speaker", "startTime", "endTime"?, "body"}]}} with times in decimal seconds. A segment with an empty or no
 * speaker continues the previous speaker's (unless {@link org.colloquy.format.ReadOptions.SpeakerCarry#PER_SEGMENT}
 * is asked for); speakers are people's names, used as id and display name. Files that give one word per segment
 * are grouped into readable segments (at a change of speaker, a sentence end, a pause or a length budget) whose
 * words keep their own times; missing end times are derived from the next start.
 *
 * <p>The writer gives each segment one entry, or each of its words one entry when it has timed words, with the
 * speaker's display name; a derived end is not written.
 */
public final class PodcastJsonFormat implements Format {

  /** Creates the format; it holds no state. */
  public PodcastJsonFormat() {}

  @Override
  public String name() {
    return "podcast-json";
  }

  @Override
  public List<String> extensions() {
    return List.of("json");
  }

  @Override
  public String description() {
    return "Podcasting 2.0 JSON transcript: segments with speaker, startTime, endTime and body";
  }

  /** Judges by keys: {@code segments} with {@code startTime} and {@code body}. */
  @Override
  public double detect(Sample sample) {
    JsonShape shape = JsonShape.of(sample);
    if (!shape.isObject() || shape.isColloquyJson()) {
      return 0;
    }
    if (shape.hasAll("segments.startTime", "segments.body")) {
      return 0.95;
    }
    return shape.hasAny("segments.startTime", "segments.body") ? 0.7 : 0;
  }

  @Override
  public Episode read(ReadContext context) {
    return JsonInput.read(context, PodcastJsonReader::read);
  }

  @Override
  public boolean canWrite() {
    return true;
  }

  /** Writes the transcript; there are no options. */
  @Override
  public void write(Episode episode, Writer out, WriteOptions options) throws IOException {
    PodcastJsonWriter.write(episode, out);
  }
}
