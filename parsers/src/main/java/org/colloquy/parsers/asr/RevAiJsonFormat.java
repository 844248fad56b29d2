package org.colloquy.parsers.asr;

import java.util.List;
import org.colloquy.format.Format;
import org.colloquy.format.ReadContext;
import org.colloquy.format.Sample;
import org.colloquy.model.Episode;
import org.colloquy.parsers.common.JsonInput;
import org.colloquy.parsers.common.JsonShape;

/**
 * The {@code revai-json} format: a Rev.ai transcript, {@code monologues[{speaker, speaker_info?, elements[{type,
 * value, ts, end_ts, confidence}]}]}, times in seconds. Each monologue is a segment whose text is its elements'
 * values run together; {@code text} elements are its words, and untimed {@code punct} elements attach to the word
 * before them. Integer speakers become speakers with that id, shown by the {@code speaker_info} name when given,
 * else as {@code Speaker 1}, {@code Speaker 2}, … in order of appearance.
 */
public final class RevAiJsonFormat implements Format {

  /** Creates the format; it holds no state. */
  public RevAiJsonFormat() {}

  @Override
  public String name() {
    return "revai-json";
  }

  @Override
  public List<String> extensions() {
    return List.of("json");
  }

  @Override
  public String description() {
    return "Rev.ai transcript JSON: monologues by speaker with timed elements";
  }

  /** Judges by keys: {@code monologues} and their {@code elements}. */
  @Override
  public double detect(Sample sample) {
    JsonShape shape = JsonShape.of(sample);
    if (!shape.isObject() || shape.isColloquyJson()) {
      return 0;
    }
    if (shape.hasAny("monologues.elements", "monologues.elements.ts")) {
      return 0.95;
    }
    return shape.has("monologues") ? 0.6 : 0;
  }

  @Override
  public Episode read(ReadContext context) {
    return JsonInput.read(context, RevAiReader::read);
  }
}
