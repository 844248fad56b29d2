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

/** One benchmarked format: its generated input and the read-only baseline its throughput is compared with. */
enum Workload {
  LABELED_TEXT("labeled-text", "txt", false, () -> Inputs.damagedTranscript(20 << 20, 1)),
  SRT("srt", "srt", false, () -> Inputs.srt(200_000, 2)),
  VTT("vtt", "vtt", false, () -> Inputs.vtt(200_000, 3)),
  WHISPER_JSON("whisper-json", "json", true, () -> Inputs.whisperX(200 << 20, 4)),
  AWS_TRANSCRIBE_JSON("aws-transcribe-json", "json", true, () -> Inputs.awsTranscribe(200 << 20, 5));

  private static final JsonFactory JSON = new JsonFactory();

  final String format;
  final String extension;
  final boolean json;
  private final Supplier<byte[]> input;

  Workload(String format, String extension, boolean json, Supplier<byte[]> input) {
    this.format = format;
    this.extension = extension;
    this.json = json;
    this.input = input;
  }

  static Workload of(String format) {
    for (Workload w : values()) {
      if (w.format.equals(format)) {
        return w;
      }
    }
    throw new IllegalArgumentException("no workload for format " + format);
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
