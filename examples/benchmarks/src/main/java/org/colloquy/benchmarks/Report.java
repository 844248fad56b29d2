package org.colloquy.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.Word;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the parse benchmarks and prints what the README's "Performance" table shows: for each format, the input
 * size, parse throughput in MB/s, the throughput of only reading the same bytes, their ratio, and the heap the
 * loaded episode retains.
 *
 * <p>{@code java -jar examples/benchmarks/target/benchmarks.jar [--quick] [WORKLOAD or FORMAT…]}; any other JMH use
 * works too:
 * {@code java -cp examples/benchmarks/target/benchmarks.jar org.openjdk.jmh.Main QueryBenchmarks}.
 */
public final class Report {

  private Report() {}

  public static void main(String[] args) throws RunnerException {
    boolean quick = false;
    List<String> workloads = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--quick")) {
        quick = true;
      } else {
        // A format name stands for all its workloads.
        for (Workload w : Workload.values()) {
          if (w.id.equals(arg) || w.format.equals(arg)) {
            workloads.add(w.id);
          }
        }
      }
    }
    if (workloads.isEmpty()) {
      for (Workload w : Workload.values()) {
        workloads.add(w.id);
      }
    }
    Options options = new OptionsBuilder()
        .include(ParseBenchmarks.class.getName() + "\\.")
        .param("workload", workloads.toArray(String[]::new))
        .warmupIterations(quick ? 1 : 3)
        .measurementIterations(quick ? 2 : 5)
        .forks(1)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Double> scores = new HashMap<>();
    for (RunResult r : results) {
      String method = r.getParams().getBenchmark().replaceAll(".*\\.", "");
      scores.put(r.getParams().getParam("workload") + "/" + method, r.getPrimaryResult().getScore());
    }
    System.out.println();
    System.out.println("| workload | format | input | parse | read-only baseline | ratio | retained heap / input | "
        + "retained heap / text kept | bytes per segment |");
    System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|");
    for (String id : workloads) {
      Workload w = Workload.of(id);
      byte[] input = w.input();
      double mb = input.length / 1e6;
      double parse = scores.getOrDefault(id + "/parse", Double.NaN) * mb;
      double baseline = scores.getOrDefault(id + "/baseline", Double.NaN) * mb;
      long[] heap = retained(w, input);
      input = null;
      System.out.printf(Locale.ROOT,
          "| %s | %s | %.1f MB | %.0f MB/s | %.0f MB/s | %.2f | %.2f× | %.2f× | %d |%n",
          id, w.format, mb, parse, baseline, parse / baseline, heap[0] / (mb * 1e6), (double) heap[0] / heap[1],
          heap[0] / Math.max(1, heap[2]));
    }
  }

  /** The heap the episode parsed from {@code input} retains, and the UTF-8 size of the text it keeps. */
  private static long[] retained(Workload workload, byte[] input) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    // One parse first, so that what the first read of a format sets up once for the whole JVM (parser symbol
    // tables, lazily built constants) is not counted as the episode's.
    workload.parse(input);
    settle(memory);
    long before = memory.getHeapMemoryUsage().getUsed();
    Episode episode = workload.parse(input);
    settle(memory);
    long after = memory.getHeapMemoryUsage().getUsed();
    long kept = 0;
    for (Segment s : episode.segments()) {
      kept += s.text().getBytes(StandardCharsets.UTF_8).length;
      for (Word word : s.words()) {
        kept += word.text().getBytes(StandardCharsets.UTF_8).length;
      }
    }
    java.lang.ref.Reference.reachabilityFence(episode);
    return new long[] {after - before, Math.max(1, kept), episode.segments().size()};
  }

  private static void settle(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      memory.gc();
    }
  }
}
