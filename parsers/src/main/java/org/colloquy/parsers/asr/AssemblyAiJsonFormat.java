package org.colloquy.parsers.asr;

import java.util.List;
import org.colloquy.format.Format;
import org.colloquy.format.ReadContext;
import org.colloquy.format.Sample;
import org.colloquy.model.Episode;
import org.colloquy.parsers.common.JsonInput;
import org.colloquy.parsers.common.JsonShape;

/**
 * The {@code assemblyai-json} format: an AssemblyAI transcript object as its API returns it. Times are integer
 * milliseconds. Each of the {@code utterances[{speaker, start, end, text, words}]} (speaker labels {@code A},
 * {@code B}, … shown as {@code Speaker 1}, {@code Speaker 2}) becomes a segment; without speaker labels the
 * top-level {@code words} are grouped into sentences. {@code chapters} become topics named by their gist, with the
 * summary as description and the headline kept as an attribute; {@code auto_highlights_result} phrases become
 * {@link org.colloquy.model.Highlight.Kind#HIGHLIGHT} highlights.
 */
public final class AssemblyAiJsonFormat implements Format {

  /** Creates the format; it holds no state. */
  public AssemblyAiJsonFormat() {}

  @Override
  public String name() {
    return "assemblyai-json";
  }

  @Override
  public List<String> extensions() {
    return List.of("json");
  }

  @Override
  public String description() {
    return "AssemblyAI transcript JSON: utterances by speaker, words, chapters, highlights";
  }

  /** Judges by keys: {@code utterances} with words, {@code audio_url}, the highlights and chapters AssemblyAI adds. */
  @Override
  public double detect(Sample sample) {
    JsonShape shape = JsonShape.of(sample);
    if (!shape.isObject() || shape.isColloquyJson() || shape.has("results") || shape.has("monologues")) {
      return 0;
    }
    int evidence = 0;
    evidence += shape.hasAny("utterances.words", "utterances.speaker") ? 2 : 0;
    evidence += shape.has("audio_url") ? 2 : 0;
    evidence += shape.hasAny("auto_highlights_result", "chapters.gist", "chapters.headline") ? 2 : 0;
    evidence += shape.hasAll("words.text", "words.start", "words.confidence") ? 1 : 0;
    evidence += shape.hasAny("acoustic_model", "language_model", "speaker_labels", "punctuate", "format_text",
        "audio_duration", "language_code") ? 1 : 0;
    return evidence >= 3 ? 0.9 : evidence == 2 ? 0.6 : 0;
  }

  @Override
  public Episode read(ReadContext context) {
    return JsonInput.read(context, AssemblyAiReader::read);
  }
}
