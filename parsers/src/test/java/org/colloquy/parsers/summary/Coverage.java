package org.colloquy.parsers.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.colloquy.model.Diagnostic;
import org.colloquy.model.Episode;
import org.colloquy.model.Highlight;
import org.colloquy.model.Quote;
import org.colloquy.model.Speaker;
import org.colloquy.model.Topic;
import org.colloquy.parsers.summary.Layout.Section;

/**
 * Checks that nothing on a page was silently lost: each non-blank line must be made up of what the episode holds
 * (its values, and the headings, counts, roles and numbering that frame them), or be the line of a diagnostic.
 */
final class Coverage {

  private Coverage() {}

  /** Every string the episode holds, joined; for asserting what did not get in. */
  static String modelText(Episode ep) {
    return String.join("\n", values(ep));
  }

  private static List<String> values(Episode ep) {
    List<String> values = new ArrayList<>();
    ep.title().ifPresent(values::add);
    ep.show().ifPresent(values::add);
    ep.description().ifPresent(values::add);
    for (Speaker s : ep.speakers()) {
      values.add(s.displayName());
    }
    for (Highlight h : ep.highlights()) {
      h.title().ifPresent(values::add);
      values.add(h.text());
    }
    ep.quotes().stream().map(Quote::text).forEach(values::add);
    ep.topics().stream().map(Topic::name).forEach(values::add);
    return values;
  }

  /** The lines of {@code page} (1-based number and text) that are neither in {@code ep} nor in a diagnostic. */
  static List<String> unaccounted(String page, Episode ep) {
    Set<Integer> diagnosed = new HashSet<>();
    for (Diagnostic d : ep.diagnostics()) {
      d.location().ifPresent(l -> diagnosed.add(l.line()));
    }
    List<String> pieces = values(ep);
    // Framing the model implies: headings, counts of what was read, roles, the number and date as written.
    for (Section s : Section.values()) {
      if (!s.heading.isEmpty()) {
        pieces.add(s.heading);
      }
    }
    long ideas = ep.highlights().stream().filter(h -> h.kind() == Highlight.Kind.TAKEAWAY).count();
    pieces.add(Section.IDEAS.count((int) ideas));
    pieces.add(Section.QUOTES.count(ep.quotes().size()));
    pieces.add(Section.TOPICS.count(ep.topics().size()));
    pieces.add("host");
    pieces.add("guest");
    ep.episodeNumber().ifPresent(n -> pieces.add("#" + n));
    ep.date().ifPresent(d -> pieces.add(Layout.formatDate(d)));
    ep.duration().ifPresent(d -> pieces.add(Layout.formatDuration(d)));
    pieces.removeIf(String::isBlank);
    pieces.sort(Comparator.comparingInt(String::length).reversed());
    List<String> missing = new ArrayList<>();
    String[] lines = page.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || diagnosed.contains(i + 1)) {
        continue;
      }
      String rest = line;
      for (String piece : pieces) {
        rest = rest.replace(piece, " ");
      }
      // What may remain: the separators between pieces, and a key point's number.
      if (!rest.replaceAll("^\\s*\\d{1,3}\\.", "").replaceAll("[\\s|]", "").isEmpty()) {
        missing.add((i + 1) + ": " + line);
      }
    }
    return missing;
  }
}
