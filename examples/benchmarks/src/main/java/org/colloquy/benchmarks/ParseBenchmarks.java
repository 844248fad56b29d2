package org.colloquy.benchmarks;

import java.util.concurrent.TimeUnit;
import org.colloquy.model.Episode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse throughput of each format on a generated input of realistic size, beside a baseline that only reads the
 * same bytes (lines for text formats, Jackson tokens for JSON). {@link Report} turns the scores into MB/s and the
 * ratio to the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ParseBenchmarks {

  @Param({"labeled-text-20mb", "srt-200k", "vtt-200k", "whisper-json-200mb", "aws-transcribe-json-200mb",
      "labeled-text-1h", "labeled-text-3h", "srt-3h", "vtt-3h", "colloquy-json-3h", "podcast-json-3h",
      "podcast-html-3h", "assemblyai-json-3h", "deepgram-json-3h", "revai-json-3h"})
  public String workload;

  private Workload chosen;
  private byte[] input;

  @Setup
  public void generate() {
    chosen = Workload.of(workload);
    input = chosen.input();
  }

  @Benchmark
  public Episode parse() {
    return chosen.parse(input);
  }

  @Benchmark
  public long baseline() {
    return chosen.baseline(input);
  }
}
