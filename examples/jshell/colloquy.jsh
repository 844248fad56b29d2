// Colloquy at the JShell prompt. From the repository root, after `mvn -B -q package -DskipTests`:
//
//   jshell --class-path examples/cli/target/colloquy.jar examples/jshell/colloquy.jsh
//
// then, for example:
//
//   var ep = load("interview.txt")
//   show(ep.segments().by("yann").containing("backprop"))
//   who(ep)

import org.colloquy.*;
import org.colloquy.format.*;
import org.colloquy.model.*;
import org.colloquy.query.*;
import java.nio.file.*;
import java.time.Duration;
import static java.time.Duration.*;

/** Reads a transcript, caption file or summary page, detecting its format. */
Episode load(String path) {
  return Colloquy.load(Path.of(path));
}

/** Prints each segment in full, one a line, as [01:09] CRAIG: text, then how many there were. */
void show(Segments segments) {
  for (Segment s : segments) {
    String time = s.start().map(t -> t.toHours() > 0
        ? String.format(java.util.Locale.ROOT, "[%d:%02d:%02d] ", t.toHours(), t.toMinutesPart(), t.toSecondsPart())
        : String.format(java.util.Locale.ROOT, "[%02d:%02d] ", t.toMinutes(), t.toSecondsPart())).orElse("");
    String who = s.speaker().map(sp -> sp.id() + ": ")
        .orElse(s.isSpeech() ? "" : "(" + s.kind().name().toLowerCase(java.util.Locale.ROOT) + ") ");
    System.out.println(time + who + s.text());
  }
  System.out.println("(" + segments.size() + (segments.size() == 1 ? " segment)" : " segments)"));
}

/** Prints who spoke how much: words, talk time, their shares, turns and questions per speaker. */
void who(Episode episode) {
  System.out.println(episode.stats());
}

System.out.println("Colloquy is ready, with " + Colloquy.formats().size()
    + (Colloquy.formats().size() == 1 ? " format" : " formats")
    + ". Try: var ep = load(\"file\"); who(ep); show(ep.segments().by(\"name\").containing(\"words\"))");
