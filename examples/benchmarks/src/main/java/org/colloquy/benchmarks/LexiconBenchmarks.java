package org.colloquy.benchmarks;

import java.util.concurrent.TimeUnit;
import org.colloquy.Colloquy;
import org.colloquy.format.ReadOptions;
import org.colloquy.model.Episode;
import org.colloquy.parsers.common.Lexicon;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the first use of ligature repair costs in a fresh JVM: loading the shipped English word list, and reading
 * a few lines of damaged text, which loads the list, the formats and the model. Single shot, one measurement per
 * forked JVM, so every figure is a cold start: {@code java -cp examples/benchmarks/target/benchmarks.jar
 * org.openjdk.jmh.Main LexiconBenchmarks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class LexiconBenchmarks {

  /** Two turns in the seed's layout, with words that lost their ligatures. */
  private static final String DAMAGED = "CRAIG:\t 00:07\t The\tquesEon\tis\twhat\tarEficial\tintelligence\tis.\n\n"
      + "YANN:\t 00:15\t It\ttook\tsome\tEme\tto\tget\tthe\tsoLware\tprehy\tgood.\n";

  @Benchmark
  public Lexicon firstLoad() {
    return Lexicon.english();
  }

  @Benchmark
  public Episode firstParseOfDamagedText() {
    return Colloquy.registry().parse(DAMAGED, "first.txt", "labeled-text", ReadOptions.defaults());
  }
}
