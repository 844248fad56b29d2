package org.colloquy.parsers.asr;

import java.util.List;
import org.colloquy.format.Format;
import org.colloquy.format.ReadContext;
import org.colloquy.format.Sample;
import org.colloquy.model.Episode;
import org.colloquy.parsers.common.JsonInput;
import org.colloquy.parsers.common.JsonShape;

/**
 * The {@code whisper-json} format: what OpenAI's Whisper, WhisperX and whisper.cpp write as JSON.
 *
 * <ul>
 *   <li>Whisper ({@code verbose_json}, or the Python package's output): {@code segments[{id, start, end, text,
 *       words?[{word, start, end, probability}]}]}, times in seconds, text with a leading space; OpenAI's API may
 *       list {@code words} at the top level instead, and each goes to the segment it starts in.
 *   <li>WhisperX: the same with a {@code speaker} ({@code SPEAKER_00}) on segments and words, a {@code score} per
 *       word, words the aligner could not place (numbers, symbols) without times, and {@code word_segments}
 *       repeating every word.
 *   <li>whisper.cpp ({@code -oj}, {@code -ojf}): {@code transcription[{timestamps{from,to}, offsets{from,to},
 *       text, tokens?}]}, offsets in milliseconds; word-piece tokens are joined into words.
 * </ul>
 *
 * <p>Diarisation labels become speakers with those ids shown as {@code Speaker 1}, {@code Speaker 2}, … in order
 * of appearance. Words without times get times between their neighbours and are marked interpolated; none is
 * dropped. The file is read as a token stream, so its size is bounded by the model, not by a JSON tree.
 */
public final class WhisperJsonFormat implements Format {

  /** Creates the format; it holds no state. */
  public WhisperJsonFormat() {}

  @Override
  public String name() {
    return "whisper-json";
  }

  @Override
  public List<String> extensions() {
    return List.of("json");
  }

  @Override
  public String description() {
    return "Whisper, WhisperX and whisper.cpp JSON output: timed segments, words, diarised speakers";
  }

  /**
   * Judges by keys: {@code segments} with {@code start} and {@code text} (not Podcasting 2.0's {@code startTime}
   * and {@code body}), WhisperX's {@code word_segments}, whisper.cpp's {@code transcription} with {@code offsets}.
   */
  @Override
  public double detect(Sample sample) {
    JsonShape shape = JsonShape.of(sample);
    if (!shape.isObject() || shape.isColloquyJson() || shape.hasAny("segments.startTime", "segments.body")) {
      return 0;
    }
    if (shape.hasAny("transcription.offsets", "transcription.timestamps")) {
      return 0.9;
    }
    if (shape.has("word_segments") || shape.hasAll("segments.start", "segments.text")) {
      return shape.hasAny("segments.words", "segments.avg_logprob", "segments.no_speech_prob",
          "segments.seek", "word_segments") ? 0.9 : 0.75;
    }
    if (shape.hasAll("text", "segments") && shape.hasAny("language", "task", "duration")) {
      return 0.6;
    }
    return 0;
  }

  @Override
  public Episode read(ReadContext context) {
    return JsonInput.read(context, WhisperJsonReader::read);
  }
}
