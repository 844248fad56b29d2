package org.colloquy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.colloquy.examples.cli.Run.fixture;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Runs {@code examples/jshell/colloquy.jsh} in a real JShell (a separate JVM, as the {@code jshell} tool starts)
 * on this module's class-path, then types what the README suggests at the prompt.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JShellScriptTest {

  private static final Path SCRIPT = Path.of("..", "jshell", "colloquy.jsh");

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private JShell shell;

  @BeforeAll
  void startJShell() {
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    shell = JShell.builder().out(out).err(out).build();
    // Surefire runs tests from a manifest-only jar; the real class-path is in this property.
    shell.addToClasspath(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
  }

  @AfterAll
  void stopJShell() {
    shell.close();
  }

  /** Evaluates {@code source} snippet by snippet, as JShell does with a script, and returns the last value. */
  private String eval(String source) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String rest = source;
    String value = "";
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
        break;
      }
      assertThat(info.completeness().isComplete()).as("a complete snippet in %s", rest).isTrue();
      for (SnippetEvent event : shell.eval(info.source())) {
        assertThat(event.exception()).as("exception from %s", info.source()).isNull();
        if (event.status() == Snippet.Status.REJECTED) {
          List<String> problems = new ArrayList<>();
          shell.diagnostics(event.snippet()).forEach(d -> problems.add(d.getMessage(null)));
          throw new AssertionError("JShell rejected " + info.source() + ": " + problems);
        }
        if (event.value() != null) {
          value = event.value();
        }
      }
      rest = info.remaining();
    }
    return value;
  }

  private String printedSince(int mark) {
    // Output of the remote JVM arrives on its own stream; a round-trip makes sure it has all come in.
    eval("System.out.flush()");
    return printed.toString(StandardCharsets.UTF_8).substring(mark);
  }

  @Test
  @Order(1)
  void theScriptLoadsWithoutErrorsAndGreets() throws Exception {
    eval(Files.readString(SCRIPT, StandardCharsets.UTF_8));
    assertThat(printedSince(0)).contains("Colloquy is ready, with ").contains(". Try: var ep = load(\"file\")");
    assertThat(shell.methods()).extracting(m -> m.name()).contains("load", "show", "who");
  }

  @Test
  @Order(2)
  void loadReadsAFileAndTheEpisodeShowsAsOneReadableLine() {
    String value = eval("var ep = load(\"" + fixture("interview.clt").replace("\\", "\\\\") + "\")");
    assertThat(value).startsWith("Episode[\"Backprop & <Friends>\", Test Show, 02:30, 2 speakers [HOST, GUEST], "
        + "6 segments, 2 topics");
  }

  @Test
  @Order(3)
  void showPrintsEachSegmentInFullWithItsTimeAndSpeaker() {
    int mark = printed.size();
    eval("show(ep.segments().by(\"gus\"))");
    assertThat(printedSince(mark).lines()).containsSequence(
        "[00:10] GUEST: Thanks, glad to be here.",
        "[01:00] GUEST: Backprop, mostly. And a \"good\" question, too.",
        "(2 segments)");
  }

  @Test
  @Order(4)
  void whoPrintsTheTalkTable() {
    int mark = printed.size();
    eval("who(ep)");
    assertThat(printedSince(mark)).contains("speaker").containsPattern("Hana +host +14 ").containsPattern(
        "Gus +guest +12 ");
  }

  @Test
  @Order(5)
  void theImportsMakeQueriesAndDurationsReadyToType() {
    assertThat(eval("ep.segments().speech().containing(\"backprop\").between(ZERO, ofMinutes(1)).size()"))
        .isEqualTo("1");
    assertThat(eval("Files.exists(Path.of(\".\"))")).isEqualTo("true");
  }
}
