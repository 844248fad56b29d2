package org.colloquy.benchmarks;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.colloquy.Colloquy;
import org.colloquy.format.ReadOptions;
import org.colloquy.model.Episode;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * One benchmarked input: a format, a generated input of realistic size, and the read-only baseline its throughput
 * is compared with (decoding and splitting lines for text formats, Jackson tokenising for JSON formats). The names
 * say the size: {@code -20mb}, {@code -200k} cues, {@code -200mb}, {@code -3h} of talk.
 */
enum Workload {
  LABELED_TEXT_20MB("labeled-text-20mb", "labeled-text", "txt", false,
      () -> Inputs.damagedTranscript(20 << 20, 1)),
  SRT_200K("srt-200k", "srt", "srt", false, () -> Inputs.srt(200_000, 2)),
  VTT_200K("vtt-200k", "vtt", "vtt", false, () -> Inputs.vtt(200_000, 3)),
  WHISPER_JSON_200MB("whisper-json-200mb", "whisper-json", "json", true, () -> Inputs.whisperX(200 << 20, 4)),
  AWS_TRANSCRIBE_JSON_200MB("aws-transcribe-json-200mb", "aws-transcribe-json", "json", true,
      () -> Inputs.awsTranscribe(200 << 20, 5)),
  LABELED_TEXT_1H("labeled-text-1h", "labeled-text", "txt", false, () -> hours(1).written("labeled-text")),
  LABELED_TEXT_3H("labeled-text-3h", "labeled-text", "txt", false, () -> hours(3).written("labeled-text")),
  SRT_3H("srt-3h", "srt", "srt", false, () -> hours(3).written("srt")),
  VTT_3H("vtt-3h", "vtt", "vtt", false, () -> hours(3).written("vtt")),
  COLLOQUY_JSON_3H("colloquy-json-3h", "colloquy-json", "json", true, () -> hours(3).written("colloquy-json")),
  PODCAST_JSON_3H("podcast-json-3h", "podcast-json", "json", true, () -> hours(3).written("podcast-json")),
  PODCAST_HTML_3H("podcast-html-3h", "podcast-html", "html", false, () -> hours(3).podcastHtml()),
  ASSEMBLYAI_JSON_3H("assemblyai-json-3h", "assemblyai-json", "json", true, () -> hours(3).assemblyAi()),
  DEEPGRAM_JSON_3H("deepgram-json-3h", "deepgram-json", "json", true, () -> hours(3).deepgram()),
  REVAI_JSON_3H("revai-json-3h", "revai-json", "json", true, () -> hours(3).revAi());

  private static final JsonFactory JSON = new JsonFactory();

  final String id;
  final String format;
  final String extension;
  final boolean json;
  private final Supplier<byte[]> input;

  Workload(String id, String format, String extension, boolean json, Supplier<byte[]> input) {
    this.id = id;
    this.format = format;
    this.extension = extension;
    this.json = json;
    this.input = input;
  }

  private static Script hours(double hours) {
    return Script.interview(hours, 42);
  }

  static Workload of(String id) {
    for (Workload w : values()) {
      if (w.id.equals(id)) {
        return w;
      }
    }
    throw new IllegalArgumentException("no workload " + id);
  }

  byte[] input() {
    return input.get();
  }

  Episode parse(byte[] bytes) {
    return Colloquy.registry().read(new ByteArrayInputStream(bytes), "benchmark." + extension, format,
        ReadOptions.defaults());
  }

  /** The limit a parser is measured against: only reading the bytes, as lines or as JSON tokens. */
  long baseline(byte[] bytes) {
    return json ? jsonTokens(bytes) : lines(bytes);
  }

  /** Decodes the bytes and splits them into lines, which every text format must at least do. */
  static long lines(byte[] bytes) {
    long chars = 0;
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8), 64 * 1024)) {
      for (String line; (line = reader.readLine()) != null; ) {
        chars += line.length();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return chars;
  }

  /** Tokenises the bytes with Jackson's streaming parser, which every JSON format must at least do. */
  static long jsonTokens(byte[] bytes) {
    long tokens = 0;
    try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), bytes)) {
      for (JsonToken t; (t = parser.nextToken()) != null; ) {
        tokens += t == JsonToken.VALUE_STRING ? parser.getTextLength() : 1;
      }
    }
    return tokens;
  }
}
