package org.colloquy.parsers.summary;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colloquy.model.Speaker.Role;

/**
 * The pieces of a summary page that reader, writer and detection share: its section headings, count lines,
 * the {@code Title | Show #N} line, dates, durations, the people line and the site's furniture.
 */
final class Layout {

  /** The sections a summary page has, in page order. */
  enum Section {
    ABOUT("WHAT IT’S REALLY ABOUT", "points"),
    IDEAS("IDEAS WORTH REMEMBERING", "ideas"),
    QUOTES("WORDS WORTH SAVING", "quotes"),
    TOPICS("", "topics");

    final String heading;
    final String noun;

    Section(String heading, String noun) {
      this.heading = heading;
      this.noun = noun;
    }

    /** {@code 1 quote}, {@code 12 quotes}. */
    String count(int n) {
      return n + " " + (n == 1 ? noun.substring(0, noun.length() - 1) : noun);
    }
  }

  /** Pages run lines together; nothing longer than this is a header line, a name or a count. */
  static final int SHORT = 400;

  private static final Pattern COUNT = Pattern.compile("(\\d{1,6})\\s+(point|idea|quote|topic)s?");
  private static final Pattern TITLE_SUFFIX =
      Pattern.compile("(?<title>.*\\S)\\s+\\|\\s*(?<show>[^|]*?)\\s*#(?<number>\\d{1,9})\\s*");
  private static final Pattern DATE = Pattern.compile("(\\p{L}{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
  private static final Pattern DURATION = Pattern.compile(
      "(?:(\\d{1,3})\\s?h(?!\\p{Ll}))?\\s*(?:(\\d{1,4})\\s?m(?!\\p{Ll}))?\\s*(?:(\\d{1,5})\\s?s(?!\\p{Ll}))?");
  private static final Pattern NUMBERED = Pattern.compile("\\s*(\\d{1,3})[.)]\\s+(\\S.*)");
  private static final String[] MONTHS =
      {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  private static final String[] MONTH_NAMES =
      {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

  /**
   * The site's own lines, which say nothing about the episode. Matched on the folded line's start, so a variant
   * such as {@code Add to Chrome — it's free} is still furniture; kept short on purpose, since anything not listed
   * here is reported as unrecognised rather than dropped.
   */
  private static final List<String> FURNITURE = List.of(
      "skip to content", "at a glance", "watch on ", "add to chrome", "add to firefox", "add to edge",
      "get more out of youtube", "high quality summaries for youtube", "high quality ai-generated summary",
      "ai-generated summary");

  private Layout() {}

  static String fold(String line) {
    return line.strip().replace('’', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  static boolean isFurniture(String line) {
    if (line.length() > SHORT) {
      return false;
    }
    String folded = fold(line);
    return FURNITURE.stream().anyMatch(folded::startsWith);
  }

  static Optional<Section> heading(String line) {
    if (line.length() > SHORT) {
      return Optional.empty();
    }
    String folded = fold(line);
    for (Section s : Section.values()) {
      if (!s.heading.isEmpty() && folded.equals(fold(s.heading))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** A count line ({@code 5 ideas}): the section it counts and the number. */
  record Count(Section section, int n) {}

  static Optional<Count> count(String line) {
    if (line.length() > SHORT) {
      return Optional.empty();
    }
    Matcher m = COUNT.matcher(fold(line));
    if (!m.matches()) {
      return Optional.empty();
    }
    Section section = switch (m.group(2)) {
      case "point" -> Section.ABOUT;
      case "idea" -> Section.IDEAS;
      case "quote" -> Section.QUOTES;
      default -> Section.TOPICS;
    };
    return Optional.of(new Count(section, Integer.parseInt(m.group(1))));
  }

  /** The parts of a {@code Title | Show #36} line; the show may be empty. */
  record TitleLine(String title, String show, int number) {}

  static Optional<TitleLine> titleLine(String line) {
    if (line.length() > SHORT) {
      return Optional.empty();
    }
    Matcher m = TITLE_SUFFIX.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new TitleLine(m.group("title").strip(), m.group("show").strip(),
        Integer.parseInt(m.group("number"))));
  }

  /** A key point's line, {@code   1. text}: its number and text. */
  record Numbered(int number, String text, int column) {}

  static Optional<Numbered> numbered(String line) {
    Matcher m = NUMBERED.matcher(line);
    return m.matches()
        ? Optional.of(new Numbered(Integer.parseInt(m.group(1)), m.group(2).strip(), m.start(2) + 1))
        : Optional.empty();
  }

  /**
   * The date and length line, flattened ({@code Aug 31, 20191h 15mWatch on YouTube ↗}) or one item per line:
   * what it holds and where its unread rest (a link's label) starts.
   */
  record When(Optional<LocalDate> date, Optional<Duration> duration, String rest, int restColumn,
      Optional<String> badDate) {}

  static Optional<When> when(String line) {
    if (line.length() > SHORT) {
      return Optional.empty();
    }
    String text = line.strip();
    int offset = line.length() - line.stripLeading().length();
    int at = 0;
    Optional<LocalDate> date = Optional.empty();
    Optional<String> badDate = Optional.empty();
    Matcher d = DATE.matcher(text);
    if (d.lookingAt()) {
      int month = month(d.group(1));
      if (month > 0) {
        try {
          date = Optional.of(LocalDate.of(Integer.parseInt(d.group(3)), month, Integer.parseInt(d.group(2))));
        } catch (DateTimeException e) {
          badDate = Optional.of(d.group());
        }
        at = d.end();
      }
    }
    Optional<Duration> duration = Optional.empty();
    Matcher t = DURATION.matcher(text);
    t.region(at, text.length());
    if (t.lookingAt() && t.end() > at && (t.group(1) != null || t.group(2) != null || t.group(3) != null)) {
      duration = Optional.of(Duration.ofHours(number(t.group(1))).plusMinutes(number(t.group(2)))
          .plusSeconds(number(t.group(3))));
      at = t.end();
    }
    if (at == 0) {
      return Optional.empty();
    }
    String rest = text.substring(at).strip();
    if (!rest.isEmpty() && !isFurniture(rest)) {
      return Optional.empty();
    }
    int restColumn = offset + text.indexOf(rest, at) + 1;
    return Optional.of(new When(date, duration, rest, restColumn, badDate));
  }

  private static long number(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }

  private static int month(String name) {
    String folded = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < MONTHS.length; i++) {
      if (folded.startsWith(MONTHS[i])) {
        return i + 1;
      }
    }
    return 0;
  }

  static String formatDate(LocalDate date) {
    return MONTH_NAMES[date.getMonthValue() - 1] + " " + date.getDayOfMonth() + ", " + date.getYear();
  }

  /** {@code 1h 15m}, {@code 45m}, {@code 2h}, {@code 1h 0m 30s}; seconds only when there are some. */
  static String formatDuration(Duration duration) {
    long hours = duration.toHours();
    long minutes = duration.toMinutesPart();
    long seconds = duration.toSecondsPart();
    List<String> parts = new ArrayList<>();
    if (hours > 0) {
      parts.add(hours + "h");
    }
    if (minutes > 0 || hours == 0 || seconds > 0) {
      parts.add(minutes + "m");
    }
    if (seconds > 0) {
      parts.add(seconds + "s");
    }
    return String.join(" ", parts);
  }

  /** One person of the people line, with where the name starts. */
  record Person(String name, Role role, int column) {}

  static Optional<Role> role(String word) {
    return switch (fold(word)) {
      case "host", "co-host", "cohost" -> Optional.of(Role.HOST);
      case "guest" -> Optional.of(Role.GUEST);
      default -> Optional.empty();
    };
  }

  /**
   * The flattened people line {@code Lex FridmanhostYann LeCunguest}: each name runs straight into its role, and a
   * role ends the line or runs into the next name's capital. A name's last word needs two letters, so that a line
   * ending in {@code the ghost} is not a person called {@code the g}.
   */
  static Optional<List<Person>> people(String line) {
    if (line.length() > SHORT) {
      return Optional.empty();
    }
    List<Person> people = new ArrayList<>();
    int start = 0;
    int from = 0;
    while (true) {
      int next = nextRole(line, from);
      if (next < 0) {
        return Optional.empty();
      }
      boolean host = line.startsWith("host", next);
      int end = next + (host ? 4 : 5);
      String name = line.substring(start, next);
      boolean joined = end == line.length() || Character.isUpperCase(line.charAt(end));
      if (joined && isName(name)) {
        int lead = name.length() - name.stripLeading().length();
        people.add(new Person(name.strip(), host ? Role.HOST : Role.GUEST, start + lead + 1));
        if (end == line.length()) {
          return Optional.of(people);
        }
        start = end;
        from = end;
      } else {
        from = next + 1;
      }
    }
  }

  private static int nextRole(String line, int from) {
    int host = line.indexOf("host", from);
    int guest = line.indexOf("guest", from);
    if (host < 0) {
      return guest;
    }
    return guest < 0 ? host : Math.min(host, guest);
  }

  private static boolean isName(String name) {
    String stripped = name.strip();
    if (stripped.isEmpty() || !Character.isLetter(stripped.codePointAt(0)) || stripped.length() > 80) {
      return false;
    }
    char last = name.charAt(name.length() - 1);
    if (!Character.isLowerCase(last)) {
      return false;
    }
    String[] words = stripped.split("\\s+");
    String lastWord = words[words.length - 1];
    return lastWord.codePointCount(0, lastWord.length()) >= 2;
  }

  private static final List<String> PARTICLES =
      List.of("de", "da", "di", "del", "der", "van", "von", "le", "la", "du", "al", "bin", "ibn", "y", "of", "the");

  /**
   * Whether a line can be a quote's attribution: a short name, every word capitalised but for particles such as
   * {@code van} or {@code de}, with no sentence punctuation at its end.
   */
  static boolean looksLikeName(String line) {
    String stripped = line.strip();
    if (stripped.isEmpty() || stripped.length() > 60 || ".!?:;,".indexOf(stripped.charAt(stripped.length() - 1)) >= 0) {
      return false;
    }
    String[] words = stripped.split("\\s+");
    if (words.length > 6 || !Character.isUpperCase(stripped.codePointAt(0))) {
      return false;
    }
    for (String word : words) {
      int first = word.codePointAt(0);
      boolean capital = Character.isUpperCase(first) || Character.isDigit(first);
      if (!capital && !PARTICLES.contains(word.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }
}
