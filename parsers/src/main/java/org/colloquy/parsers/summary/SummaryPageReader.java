package org.colloquy.parsers.summary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.colloquy.format.ReadContext;
import org.colloquy.model.Episode;
import org.colloquy.model.Highlight;
import org.colloquy.model.Highlight.Kind;
import org.colloquy.model.Quote;
import org.colloquy.model.Speaker;
import org.colloquy.model.Speaker.Role;
import org.colloquy.model.Topic;
import org.colloquy.parsers.summary.Layout.Count;
import org.colloquy.parsers.summary.Layout.Numbered;
import org.colloquy.parsers.summary.Layout.Person;
import org.colloquy.parsers.summary.Layout.Section;
import org.colloquy.parsers.summary.Layout.TitleLine;
import org.colloquy.parsers.summary.Layout.When;
import org.jspecify.annotations.Nullable;

/**
 * Reads one summary page. The page is a header (show banner, {@code Title | Show #N}, description, people, date
 * and length) followed by sections that each start with a heading or a count line ({@code 5 ideas}); the topics
 * follow the last section. Every non-blank line ends up in the episode or in a diagnostic.
 */
final class SummaryPageReader {

  private final ReadContext ctx;
  private final Episode.Builder episode = Episode.builder();
  private final List<Speaker> speakers = new ArrayList<>();
  private boolean structured;

  private record Line(int number, String text) {}

  /** A diagnostic held back so that all are reported in line order, and strict reading fails at the first. */
  private record Finding(boolean warning, String code, String message, int line, int column, String lineText) {}

  private final List<Finding> findings = new ArrayList<>();

  private void note(String code, String message, int line, int column) {
    findings.add(new Finding(false, code, message, line, column, ""));
  }

  private void warn(String code, String message, int line, int column, String lineText) {
    findings.add(new Finding(true, code, message, line, column, lineText));
  }

  private void report() {
    findings.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column));
    for (Finding f : findings) {
      if (f.warning()) {
        ctx.warn(f.code(), f.message(), f.line(), f.column(), f.lineText());
      } else {
        ctx.note(f.code(), f.message(), f.line(), f.column());
      }
    }
  }

  /** The lines under one heading or count line. */
  private static final class Part {
    final Section section;
    int count = -1;
    int countLine;
    final List<Line> lines = new ArrayList<>();

    Part(Section section) {
      this.section = section;
    }
  }

  private SummaryPageReader(ReadContext ctx) {
    this.ctx = ctx;
  }

  static Episode read(ReadContext ctx) {
    return new SummaryPageReader(ctx).read();
  }

  private Episode read() {
    List<Line> lines = contentLines();
    if (lines.isEmpty()) {
      throw ctx.fail(1, 1, "a summary page", "");
    }
    int body = 0;
    while (body < lines.size() && Layout.heading(lines.get(body).text()).isEmpty()
        && Layout.count(lines.get(body).text()).isEmpty()) {
      body++;
    }
    readHeader(lines.subList(0, body));
    readBody(lines.subList(body, lines.size()));
    report();
    if (!structured) {
      Line first = lines.get(0);
      throw ctx.fail(first.number(), 1, "a summary page (section headings such as \"WORDS WORTH SAVING\", a"
          + " host/guest line, a date and length, or a \"Title | Show #N\" line)", first.text(), first.text());
    }
    episode.addSpeakers(speakers);
    try {
      return episode.build();
    } catch (IllegalArgumentException e) {
      // The parts are checked as they are read; this is a last guard, so odd input still ends in our exception.
      throw ctx.fail(1, 1, "a consistent summary page", String.valueOf(e.getMessage()));
    }
  }

  /** The non-blank lines, with the site's furniture set aside as notes. */
  private List<Line> contentLines() {
    List<Line> lines = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(ctx.reader())) {
      int number = 0;
      for (String text; (text = in.readLine()) != null; ) {
        number++;
        if (text.isBlank()) {
          continue;
        }
        if (Layout.isFurniture(text)) {
          furniture(number, column(text), text.strip());
        } else {
          lines.add(new Line(number, text));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + ctx.sourceName(), e);
    }
    return lines;
  }

  private void furniture(int line, int column, String text) {
    note("page-furniture", "left out the page's own text \"" + text + "\"", line, column);
  }

  private static int column(String text) {
    return text.length() - text.stripLeading().length() + 1;
  }

  // ---- header ----------------------------------------------------------------------------------------------

  private void readHeader(List<Line> header) {
    List<Line> rest = new ArrayList<>();
    boolean previousWasRest = false;
    for (Line line : header) {
      String text = line.text();
      Optional<Role> role = Layout.role(text);
      if (role.isPresent() && previousWasRest && rest.get(rest.size() - 1).text().length() <= 80) {
        Line name = rest.remove(rest.size() - 1);
        addPerson(new Person(name.text().strip(), role.get(), column(name.text())), name.number());
        previousWasRest = false;
        continue;
      }
      Optional<List<Person>> people = Layout.people(text);
      if (people.isPresent()) {
        people.get().forEach(p -> addPerson(p, line.number()));
        previousWasRest = false;
        continue;
      }
      Optional<When> when = Layout.when(text);
      if (when.isPresent()) {
        readWhen(when.get(), line);
        previousWasRest = false;
        continue;
      }
      rest.add(line);
      previousWasRest = true;
    }
    readTitleAndDescription(rest);
  }

  private void addPerson(Person person, int line) {
    structured = true;
    Optional<Speaker> known = find(person.name());
    if (known.isPresent()) {
      warn("duplicate-person", "\"" + person.name() + "\" is listed twice; kept the first, as "
          + known.get().role(), line, person.column(), "");
      return;
    }
    speakers.add(Speaker.of(person.name(), person.name(), person.role()));
  }

  private Optional<Speaker> find(String name) {
    return speakers.stream().filter(s -> s.matches(name)).findFirst();
  }

  private void readWhen(When when, Line line) {
    structured = true;
    when.date().ifPresent(episode::date);
    when.duration().ifPresent(episode::duration);
    when.badDate().ifPresent(bad -> warn("bad-date", "\"" + bad + "\" is not a date", line.number(),
        column(line.text()), line.text()));
    if (!when.rest().isEmpty()) {
      furniture(line.number(), when.restColumn(), when.rest());
    }
  }

  private void readTitleAndDescription(List<Line> rest) {
    @Nullable String show = null;
    @Nullable Line titleLine = null;
    @Nullable String title = null;
    for (Line line : rest) {
      Optional<TitleLine> parsed = Layout.titleLine(line.text());
      if (parsed.isPresent()) {
        structured = true;
        titleLine = line;
        title = parsed.get().title();
        show = parsed.get().show().isEmpty() ? null : parsed.get().show();
        episode.episodeNumber(parsed.get().number());
        break;
      }
    }
    if (titleLine != null) {
      rest.remove(titleLine);
    }
    // The site shows the show's name above the title, and copying the page often doubles it.
    for (int i = 0; i < rest.size(); i++) {
      Line line = rest.get(i);
      String text = line.text().strip();
      Optional<String> banner = doubled(text);
      boolean isBanner = banner.isPresent() || text.equals(show);
      if (!isBanner && show == null && titleLine == null && i + 1 < rest.size()
          && rest.get(i + 1).text().strip().endsWith(" | " + text)) {
        isBanner = true;
      }
      if (!isBanner) {
        continue;
      }
      String bannerShow = banner.orElse(text);
      if (show == null) {
        show = bannerShow;
      } else if (!show.equals(bannerShow)) {
        note("show-differs", "the banner names the show \"" + bannerShow + "\", the title line \"" + show
            + "\"; kept the title line's", line.number(), column(line.text()));
      }
      rest.remove(i);
      break;
    }
    if (titleLine == null) {
      for (Line line : rest) {
        if (!describesPeople(line.text())) {
          titleLine = line;
          title = line.text().strip();
          if (show != null && title.endsWith(" | " + show)) {
            title = title.substring(0, title.length() - show.length() - 3).strip();
          }
          break;
        }
      }
      if (titleLine != null) {
        rest.remove(titleLine);
      }
    }
    episode.title(title).show(show);
    if (!rest.isEmpty()) {
      episode.description(rest.remove(0).text().strip());
    }
    for (Line line : rest) {
      unrecognised(line);
    }
  }

  private static Optional<String> doubled(String text) {
    int half = text.length() / 2;
    if (text.length() < 2 || text.length() % 2 != 0 || !text.regionMatches(0, text, half, half)) {
      return Optional.empty();
    }
    String show = text.substring(0, half);
    return show.isBlank() ? Optional.empty() : Optional.of(show.strip());
  }

  /** The description line starts with the people it is about: {@code Lex Fridman and Yann LeCun on …}. */
  private boolean describesPeople(String text) {
    String folded = Layout.fold(text);
    return speakers.stream().anyMatch(s -> {
      String name = Layout.fold(s.displayName());
      return folded.startsWith(name + " and ") || folded.startsWith(name + ", ") || folded.startsWith(name + " on ");
    });
  }

  private void unrecognised(Line line) {
    String text = line.text().strip();
    String shown = text.length() > 80 ? text.substring(0, 80) + "…" : text;
    warn("unrecognised-line", "set aside a line that fits no part of a summary page: \"" + shown + "\"",
        line.number(), column(line.text()), line.text());
  }

  // ---- sections --------------------------------------------------------------------------------------------

  private void readBody(List<Line> body) {
    List<Part> parts = new ArrayList<>();
    Part current = null;
    for (Line line : body) {
      Optional<Section> heading = Layout.heading(line.text());
      if (heading.isPresent()) {
        current = new Part(heading.get());
        parts.add(current);
        continue;
      }
      Optional<Count> count = Layout.count(line.text());
      if (count.isPresent()) {
        Count c = count.get();
        if (current == null || current.section != c.section() || current.count >= 0 || !current.lines.isEmpty()) {
          current = new Part(c.section());
          parts.add(current);
        }
        current.count = c.n();
        current.countLine = line.number();
        continue;
      }
      if (current != null) {
        current.lines.add(line);
      }
    }
    structured |= !parts.isEmpty();
    List<Line> topicLines = new ArrayList<>();
    int announcedTopics = -1;
    int topicCountLine = 0;
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      List<Line> leftover = switch (part.section) {
        case ABOUT -> readAbout(part);
        case IDEAS -> readIdeas(part);
        case QUOTES -> readQuotes(part);
        case TOPICS -> {
          if (part.count >= 0 && announcedTopics < 0) {
            announcedTopics = part.count;
            topicCountLine = part.countLine;
          }
          topicLines.addAll(part.lines);
          yield List.of();
        }
      };
      // The page lists its topics after the last section without a heading of their own.
      if (i == parts.size() - 1) {
        topicLines.addAll(leftover);
      } else {
        leftover.forEach(this::unrecognised);
      }
    }
    readTopics(topicLines, announcedTopics, topicCountLine);
  }

  private List<Line> readAbout(Part part) {
    List<Line> lines = part.lines;
    int i = 0;
    while (i < lines.size() && Layout.numbered(lines.get(i).text()).isEmpty()) {
      episode.addHighlight(Highlight.of(Kind.HEADLINE, lines.get(i).text().strip()));
      i++;
    }
    int points = 0;
    for (; i < lines.size(); i++) {
      Line line = lines.get(i);
      Optional<Numbered> numbered = Layout.numbered(line.text());
      if (numbered.isEmpty()) {
        break;
      }
      points++;
      if (numbered.get().number() != points) {
        note("point-numbering", "key point " + points + " is numbered " + numbered.get().number(),
            line.number(), column(line.text()));
      }
      episode.addHighlight(Highlight.of(Kind.KEY_POINT, numbered.get().text()));
    }
    checkCount(part, points);
    return lines.subList(i, lines.size());
  }

  private List<Line> readIdeas(Part part) {
    List<Line> lines = part.lines;
    int limit = part.count < 0 ? Integer.MAX_VALUE : part.count;
    int ideas = 0;
    int i = 0;
    while (i < lines.size() && ideas < limit) {
      String title = lines.get(i).text().strip();
      if (i + 1 < lines.size()) {
        episode.addHighlight(Highlight.of(Kind.TAKEAWAY, title, lines.get(i + 1).text().strip()));
      } else {
        warn("idea-without-text", "the idea \"" + title + "\" has no explanation", lines.get(i).number(),
            column(lines.get(i).text()), lines.get(i).text());
        episode.addHighlight(new Highlight(Kind.TAKEAWAY, Optional.of(title), "", Optional.empty()));
      }
      ideas++;
      i += 2;
    }
    checkCount(part, ideas);
    return lines.subList(Math.min(i, lines.size()), lines.size());
  }

  private List<Line> readQuotes(Part part) {
    List<Line> lines = part.lines;
    int quotes = 0;
    int i = 0;
    while (i < lines.size() && (part.count < 0 || quotes < part.count)) {
      String text = lines.get(i).text().strip();
      Optional<Line> by = i + 1 < lines.size() ? Optional.of(lines.get(i + 1)) : Optional.empty();
      boolean attributed = by.isPresent() && isAttribution(by.get().text());
      if (attributed) {
        Speaker speaker = speakerFor(by.get());
        episode.addQuote(Quote.of(text, speaker));
        i += 2;
      } else if (part.count >= 0) {
        note("quote-without-speaker", "the quote \"" + shorten(text) + "\" names nobody",
            lines.get(i).number(), column(lines.get(i).text()));
        episode.addQuote(new Quote(text, Optional.empty(), OptionalInt.empty(), Optional.empty()));
        i++;
      } else {
        break;
      }
      quotes++;
    }
    checkCount(part, quotes);
    return lines.subList(i, lines.size());
  }

  private boolean isAttribution(String text) {
    return text.length() <= 80 && (find(text.strip()).isPresent() || Layout.looksLikeName(text));
  }

  private Speaker speakerFor(Line line) {
    String name = line.text().strip();
    Optional<Speaker> known = find(name);
    if (known.isPresent()) {
      return known.get();
    }
    note("speaker-from-quote", "\"" + name + "\" is quoted but not listed as host or guest; added with an"
        + " unknown role", line.number(), column(line.text()));
    Speaker added = Speaker.of(name, name, Role.UNKNOWN);
    speakers.add(added);
    return added;
  }

  private void checkCount(Part part, int found) {
    if (part.count >= 0 && part.count != found) {
      warn("count-mismatch", "the page announces " + part.section.count(part.count) + " but has "
          + found, part.countLine, 1, "");
    }
  }

  private void readTopics(List<Line> lines, int announced, int countLine) {
    if (lines.isEmpty()) {
      if (announced > 0) {
        warn("count-mismatch", "the page announces " + Section.TOPICS.count(announced) + " but lists none",
            countLine, 1, "");
      }
      return;
    }
    List<String> texts = lines.stream().map(Line::text).toList();
    TopicSplitter.Split split = TopicSplitter.split(texts, announced);
    split.topics().forEach(t -> episode.addTopic(Topic.named(t)));
    Line first = lines.get(0);
    if (split.topics().size() > lines.size()) {
      note("topics-split", "split " + (lines.size() == 1 ? "a line" : lines.size() + " lines")
          + " of run-together topics into " + split.topics().size() + " at each capitalised word glued to the one"
          + " before" + (split.usedPossible() ? ", including " + split.possible()
              + " capitalised ones to make the announced count" : ""), first.number(), column(first.text()));
    }
    if (announced >= 0 && split.topics().size() != announced) {
      warn("count-mismatch", "the page announces " + Section.TOPICS.count(announced) + " but the evidence"
          + " splits its topic lines into " + split.topics().size(), countLine, 1, "");
    }
  }

  private static String shorten(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "…" : text;
  }
}
