package org.colloquy.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.colloquy.Colloquy;

/** Runs the tool in-process, as {@code java -jar colloquy.jar args…} would, and keeps what it printed. */
record Run(int code, String out, String err) {

  /** Runs with stderr piped, as in CI: no progress bar. */
  static Run of(String... args) {
    return of(false, args);
  }

  /** Runs as if stderr were a terminal ({@code terminal}) or not. */
  static Run of(boolean terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cli = Main.commandLine(new Main(Colloquy::registry, terminal));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** The path of a test resource under {@code cli/}, as a string to pass on a command line. */
  static String fixture(String name) {
    URL url = Run.class.getResource("/cli/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no test resource cli/" + name);
    }
    try {
      return Path.of(url.toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
