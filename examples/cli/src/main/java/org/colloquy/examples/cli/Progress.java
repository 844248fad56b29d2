package org.colloquy.examples.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr while a corpus loads, redrawn in place with a carriage return and erased at
 * the end. It only shows on a terminal: piped or redirected, stderr gets nothing but errors.
 */
final class Progress implements AutoCloseable {

  private static final int BAR = 30;
  private static final int NAME = 40;

  private final PrintWriter err;
  private final int total;
  private final boolean shown;
  private int done;
  private int drawn;

  Progress(PrintWriter err, int total, boolean terminal) {
    this.err = err;
    this.total = total;
    this.shown = terminal && total > 1;
  }

  /** Notes that {@code name} is being read next. */
  void next(String name) {
    if (shown) {
      draw(line(done, total, name));
    }
    done++;
  }

  @Override
  public void close() {
    if (shown && drawn > 0) {
      draw("");
      err.print('\r');
      err.flush();
    }
  }

  private void draw(String line) {
    StringBuilder b = new StringBuilder("\r").append(line);
    for (int i = line.length(); i < drawn; i++) {
      b.append(' ');
    }
    drawn = line.length();
    err.print(b);
    err.flush();
  }

  /** {@code [#########.....................]  3/10 name}, the name shortened from the left to fit. */
  static String line(int done, int total, String name) {
    int filled = total == 0 ? BAR : (int) ((long) done * BAR / total);
    String digits = String.valueOf(total);
    String count = " ".repeat(digits.length() - String.valueOf(done).length()) + done + "/" + digits;
    String shortName = name.length() <= NAME ? name : "…" + name.substring(name.length() - NAME + 1);
    return "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + count + " " + shortName;
  }
}
