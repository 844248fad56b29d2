package org.colloquy.parsers.asr;

import java.util.List;
import org.colloquy.format.Format;
import org.colloquy.format.ReadContext;
import org.colloquy.format.Sample;
import org.colloquy.model.Episode;
import org.colloquy.parsers.common.JsonInput;
import org.colloquy.parsers.common.JsonShape;

/**
 * The {@code deepgram-json} format: a Deepgram pre-recorded response, {@code results.channels[].alternatives[]}
 * (the first alternative of each channel) with {@code words[{word, punctuated_word, start, end, confidence,
 * speaker}]}, times in seconds and integer speakers ({@code 0}, {@code 1} shown as {@code Speaker 1},
 * {@code Speaker 2}). Segments are the {@code results.utterances} when present, else the {@code paragraphs}, else
 * the words grouped into sentences; several channels without diarisation give speakers {@code ch_0}, {@code ch_1}.
 * Topics ({@code results.topics.segments}, or the older per-alternative {@code topics}) become topics spanning the
 * words they cover.
 */
public final class DeepgramJsonFormat implements Format {

  /** Creates the format; it holds no state. */
  public DeepgramJsonFormat() {}

  @Override
  public String name() {
    return "deepgram-json";
  }

  @Override
  public List<String> extensions() {
    return List.of("json");
  }

  @Override
  public String description() {
    return "Deepgram pre-recorded JSON: channels, alternatives, words with speakers, paragraphs, utterances, topics";
  }

  /** Judges by keys: {@code results.channels.alternatives}, Deepgram's request metadata. */
  @Override
  public double detect(Sample sample) {
    JsonShape shape = JsonShape.of(sample);
    if (!shape.isObject() || shape.isColloquyJson()) {
      return 0;
    }
    if (shape.hasAny("results.channels.alternatives", "results.channels")) {
      return 0.95;
    }
    return shape.hasAll("metadata.request_id", "metadata.model_info") ? 0.6 : 0;
  }

  @Override
  public Episode read(ReadContext context) {
    return JsonInput.read(context, DeepgramReader::read);
  }
}
