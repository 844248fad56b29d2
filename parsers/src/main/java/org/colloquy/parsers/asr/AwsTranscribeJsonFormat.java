package org.colloquy.parsers.asr;

import java.util.List;
import org.colloquy.format.Format;
import org.colloquy.format.ReadContext;
import org.colloquy.format.Sample;
import org.colloquy.model.Episode;
import org.colloquy.parsers.common.JsonInput;
import org.colloquy.parsers.common.JsonShape;

/**
 * The {@code aws-transcribe-json} format: the output of an Amazon Transcribe batch job,
 * {@code results.items[{start_time, end_time, alternatives[{confidence, content}], type}]} with times and
 * confidences written as strings. Punctuation items have no times and are attached to the word before them.
 * Speakers come from each item's {@code speaker_label} or, in older outputs, from the turn in
 * {@code speaker_labels.segments} the word starts in ({@code spk_0} shown as {@code Speaker 1}); with channel
 * identification the channel ({@code ch_0}) is the speaker. The words are grouped into sentences by speaker.
 */
public final class AwsTranscribeJsonFormat implements Format {

  /** Creates the format; it holds no state. */
  public AwsTranscribeJsonFormat() {}

  @Override
  public String name() {
    return "aws-transcribe-json";
  }

  @Override
  public List<String> extensions() {
    return List.of("json");
  }

  @Override
  public String description() {
    return "Amazon Transcribe batch output JSON: items with string times, speaker labels, channels";
  }

  /** Judges by keys: {@code results.items.alternatives.content}, {@code results.transcripts}, the job name. */
  @Override
  public double detect(Sample sample) {
    JsonShape shape = JsonShape.of(sample);
    if (!shape.isObject() || shape.isColloquyJson() || shape.has("results.channels")) {
      return 0;
    }
    if (shape.hasAny("results.items.alternatives.content", "results.transcripts.transcript",
        "results.channel_labels", "results.speaker_labels")) {
      return 0.95;
    }
    return shape.hasAll("jobName", "results") ? 0.7 : 0;
  }

  @Override
  public Episode read(ReadContext context) {
    return JsonInput.read(context, AwsTranscribeReader::read);
  }
}
