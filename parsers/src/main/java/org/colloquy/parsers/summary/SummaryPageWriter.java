package org.colloquy.parsers.summary;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.colloquy.model.Episode;
import org.colloquy.model.Highlight;
import org.colloquy.model.Highlight.Kind;
import org.colloquy.model.Quote;
import org.colloquy.model.Speaker;
import org.colloquy.model.Speaker.Role;
import org.colloquy.model.Topic;
import org.colloquy.parsers.summary.Layout.Section;

/**
 * Writes the summary page layout one item per line, as the page reads before it is flattened: the show, the
 * {@code Title | Show #N} line, the description, each person's name and role on lines of their own, the date and
 * length, then the sections with their count lines, and the topics after an {@code N topics} line.
 */
final class SummaryPageWriter {

  private final Writer out;

  private SummaryPageWriter(Writer out) {
    this.out = out;
  }

  static void write(Episode episode, Writer out) throws IOException {
    new SummaryPageWriter(out).write(episode);
  }

  private void write(Episode ep) throws IOException {
    boolean any = false;
    if (ep.show().isPresent()) {
      line(ep.show().get());
      any = true;
    }
    if (ep.title().isPresent()) {
      StringBuilder title = new StringBuilder(oneLine(ep.title().get()));
      if (ep.show().isPresent() || ep.episodeNumber().isPresent()) {
        title.append(" |");
        ep.show().ifPresent(s -> title.append(' ').append(oneLine(s)));
        if (ep.episodeNumber().isPresent()) {
          title.append(" #").append(ep.episodeNumber().getAsInt());
        }
      }
      gap(any);
      line(title.toString());
      any = true;
    }
    if (ep.description().isPresent()) {
      gap(any);
      line(ep.description().get());
      any = true;
    }
    List<Speaker> people = ep.speakers().stream()
        .filter(s -> s.role() == Role.HOST || s.role() == Role.GUEST).toList();
    if (!people.isEmpty()) {
      gap(any);
      for (Speaker s : people) {
        line(s.displayName());
        line(s.role().name().toLowerCase(Locale.ROOT));
      }
      any = true;
    }
    if (ep.date().isPresent() || ep.duration().isPresent()) {
      gap(any);
      if (ep.date().isPresent()) {
        line(Layout.formatDate(ep.date().get()));
      }
      if (ep.duration().isPresent()) {
        line(Layout.formatDuration(ep.duration().get()));
      }
      any = true;
    }
    List<Highlight> headlines = of(ep, Kind.HEADLINE);
    List<Highlight> points = of(ep, Kind.KEY_POINT);
    if (!headlines.isEmpty() || !points.isEmpty()) {
      gap(any);
      line(Section.ABOUT.heading);
      for (Highlight h : headlines) {
        out.write('\n');
        line(h.text().isBlank() ? h.title().orElse("") : h.text());
      }
      if (!points.isEmpty()) {
        out.write('\n');
      }
      for (int i = 0; i < points.size(); i++) {
        Highlight p = points.get(i);
        out.write("  " + (i + 1) + ". ");
        line(p.text().isBlank() ? p.title().orElse("") : p.text());
      }
      any = true;
    }
    List<Highlight> ideas = of(ep, Kind.TAKEAWAY);
    if (!ideas.isEmpty()) {
      gap(any);
      line(Section.IDEAS.heading);
      out.write('\n');
      line(Section.IDEAS.count(ideas.size()));
      for (Highlight idea : ideas) {
        // The page pairs a title with its explanation; an idea that lacks one shows the other as both.
        String title = idea.title().filter(t -> !t.isBlank()).orElse(idea.text());
        out.write('\n');
        line(title);
        out.write('\n');
        line(idea.text().isBlank() ? title : idea.text());
      }
      any = true;
    }
    if (!ep.quotes().isEmpty()) {
      gap(any);
      line(Section.QUOTES.heading);
      out.write('\n');
      line(Section.QUOTES.count(ep.quotes().size()));
      for (Quote q : ep.quotes()) {
        out.write('\n');
        line(q.text());
        if (q.speaker().isPresent()) {
          out.write('\n');
          line(q.speaker().get().displayName());
        }
      }
      any = true;
    }
    if (!ep.topics().isEmpty()) {
      gap(any);
      line(Section.TOPICS.count(ep.topics().size()));
      out.write('\n');
      for (Topic t : ep.topics()) {
        line(t.name());
      }
    }
  }

  private static List<Highlight> of(Episode ep, Kind kind) {
    return ep.highlights().stream().filter(h -> h.kind() == kind).toList();
  }

  private void gap(boolean any) throws IOException {
    if (any) {
      out.write('\n');
    }
  }

  private void line(String text) throws IOException {
    out.write(oneLine(text));
    out.write('\n');
  }

  /** The layout has one item per line, so text that spans lines is joined with spaces. */
  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
