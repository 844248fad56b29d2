package org.colloquy.parsers.summary;

import java.io.IOException;
import java.io.Writer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.colloquy.format.Format;
import org.colloquy.format.ReadContext;
import org.colloquy.format.Sample;
import org.colloquy.format.WriteOptions;
import org.colloquy.model.Episode;
import org.colloquy.parsers.summary.Layout.Section;

/**
 * The {@code summary-page} format: the saved text of a page that summarises an episode, with the show, title and
 * number ({@code Title | Show #36}), host and guests, date and length, a headline and key points
 * ({@code WHAT IT’S REALLY ABOUT}), ideas worth remembering, quotes with who said them ({@code WORDS WORTH
 * SAVING}) and topics. Pages saved from a browser run some of these together
 * ({@code Lex FridmanhostYann LeCunguest}, {@code Aug 31, 20191h 15m}, topics glued into one line); the reader
 * takes them apart. The site's own text ({@code Skip to content}, {@code Add to Chrome}) is left out of the
 * episode and kept as {@code page-furniture} notes.
 *
 * <p>People become speakers whose id and display name are the name the page gives; hosts have role HOST and
 * guests GUEST, and a quoted person the page does not list gets role UNKNOWN. The headline, key points and ideas
 * become {@link org.colloquy.model.Highlight}s, quotes {@link org.colloquy.model.Quote}s attributed to those same
 * speakers, topics {@link org.colloquy.model.Topic}s. The page has no transcript, so the episode has no segments.
 *
 * <p>The writer produces the same layout unflattened, one item per line, announcing each count
 * ({@code 5 quotes}, {@code 7 topics}); it writes only what the layout holds, so segments, speakers who are
 * neither host nor guest (unless quoted), addresses and languages are not written.
 */
public final class SummaryPageFormat implements Format {

  /** Creates the format; it holds no state. */
  public SummaryPageFormat() {}

  @Override
  public String name() {
    return "summary-page";
  }

  @Override
  public List<String> extensions() {
    return List.of("txt");
  }

  @Override
  public String description() {
    return "the saved text of an episode summary page: host and guests, key points, ideas, quotes, topics";
  }

  /**
   * Judges by the page's own structure: its section headings weigh most, then the host/guest line, the
   * {@code | Show #N} title, the count lines and the date and length line. A transcript has none of these.
   */
  @Override
  public double detect(Sample sample) {
    Set<Section> headings = EnumSet.noneOf(Section.class);
    Set<Section> counts = EnumSet.noneOf(Section.class);
    boolean people = false;
    boolean title = false;
    boolean when = false;
    String previous = "";
    int lines = 0;
    String head = sample.head();
    for (int from = 0; from < head.length() && lines < 2000; lines++) {
      int end = head.indexOf('\n', from);
      String line = head.substring(from, end < 0 ? head.length() : end);
      from = end < 0 ? head.length() : end + 1;
      if (line.isBlank()) {
        continue;
      }
      Layout.heading(line).ifPresent(headings::add);
      Layout.count(line).ifPresent(c -> counts.add(c.section()));
      people |= Layout.people(line).isPresent()
          || Layout.role(line).isPresent() && !previous.isBlank() && previous.length() <= 80;
      title |= Layout.titleLine(line).isPresent();
      when |= Layout.when(line).filter(w -> w.date().isPresent()).isPresent();
      previous = line;
    }
    double score = 0.25 * headings.size() + 0.1 * Math.min(2, counts.size()) + (people ? 0.2 : 0)
        + (title ? 0.15 : 0) + (when ? 0.1 : 0);
    return Math.min(0.95, score);
  }

  @Override
  public Episode read(ReadContext context) {
    return SummaryPageReader.read(context);
  }

  @Override
  public boolean canWrite() {
    return true;
  }

  /** Writes the summary page layout; there are no options. */
  @Override
  public void write(Episode episode, Writer out, WriteOptions options) throws IOException {
    SummaryPageWriter.write(episode, out);
  }
}
