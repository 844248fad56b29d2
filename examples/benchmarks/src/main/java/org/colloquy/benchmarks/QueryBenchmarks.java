package org.colloquy.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.colloquy.model.Episode;
import org.colloquy.query.EpisodeStats;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Query latency on one large episode (a 20 MB transcript) and on a corpus of 1,000 one-hour interviews.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class QueryBenchmarks {

  private Episode large;
  private List<Episode> corpus;

  @Setup
  public void load() {
    large = Workload.LABELED_TEXT_20MB.parse(Inputs.damagedTranscript(20 << 20, 1));
    corpus = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      // About one hour of talk: some 9,000 words, 60 KB of text.
      corpus.add(Workload.LABELED_TEXT_20MB.parse(Inputs.damagedTranscript(60_000, 100 + i)));
    }
  }

  @Benchmark
  public int speakerPhraseInLargeEpisode() {
    return large.segments().speech().by("yann").containing("neural network").size();
  }

  @Benchmark
  public int timeWindowInLargeEpisode() {
    return large.segments().between(Duration.ofHours(100), Duration.ofHours(101)).size();
  }

  @Benchmark
  public EpisodeStats statsOfLargeEpisode() {
    return large.stats();
  }

  @Benchmark
  public int phraseAcrossCorpus() {
    int hits = 0;
    for (Episode e : corpus) {
      hits += e.segments().containing("gradient").size();
    }
    return hits;
  }
}
