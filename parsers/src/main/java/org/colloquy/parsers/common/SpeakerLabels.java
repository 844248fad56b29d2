package org.colloquy.parsers.common;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.colloquy.format.ReadContext;
import org.colloquy.format.ReadOptions;

/**
 * Decides, by evidence across a whole document, which line prefixes are speaker labels — so that {@code YANN:} is a
 * speaker and {@code Note:}, {@code Step 1:} or the start of a sentence that happens to hold a colon are not.
 *
 * <p>A reader first {@linkplain #offer offers} every candidate prefix it meets (the text before a line's first
 * colon, a bracketed {@code [Name]}, an Otter header's name), with where it was and how it was marked, then asks
 * for the {@link #decide decision} and reads the document with it. The rules:
 *
 * <ul>
 *   <li>Speakers the caller knows ({@link ReadOptions#knownSpeakers()}) are always labels, however rare.
 *   <li>Otherwise a label is name-shaped: at most four words, no sentence punctuation, not a known non-name such as
 *       {@code Note} or {@code Step}, and — unless {@linkplain Cue#MARKED marked} — not starting lowercase.
 *   <li>A {@linkplain Cue#PLAIN plain} {@code Name:} prefix must recur; a marked one (bracketed, bold, next to a
 *       timestamp) may occur once.
 *   <li>Guessing plain prefixes switches itself off when prefixes that are not names are as frequent as the
 *       name-shaped ones: that document is prose with colons, not a script.
 * </ul>
 *
 * <p>{@link #decide(ReadContext)} records each guess (and the switch-off) as an INFO diagnostic. Not thread-safe:
 * one instance serves one read. <b>Internal</b>: shared by the format packages, not part of Colloquy's API.
 *
 * <pre>{@code
 * SpeakerLabels labels = SpeakerLabels.create(ctx.options());
 * for (...) labels.offer(prefix, SpeakerLabels.Cue.PLAIN, line, column);
 * SpeakerLabels.Decision decision = labels.decide(ctx);
 * decision.speaker("Yann").ifPresent(id -> ...);
 * }</pre>
 */
public final class SpeakerLabels {

  /** How strongly the layout itself marks a prefix as a label. */
  public enum Cue {
    /** A bare {@code Name:} at the start of a line: a label only if it recurs. */
    PLAIN,
    /** Bracketed ({@code [Name]:}), bold ({@code **Name:**}) or next to a timestamp: a label even once. */
    MARKED
  }

  /** The longest label, in characters. */
  public static final int MAX_LENGTH = 40;

  /** The most words in a label. */
  public static final int MAX_WORDS = 4;

  /** How many rejected candidates are listed one by one before the rest are summed up. */
  private static final int MAX_REJECTION_NOTES = 20;

  /** First words of colon prefixes that introduce something other than a speaker. */
  private static final Set<String> NOT_NAMES = Set.of(
      "note", "notes", "nb", "ps", "p.s", "step", "steps", "warning", "caution", "tip", "tips", "example",
      "examples", "e.g", "i.e", "source", "sources", "update", "updated", "edit", "edited", "summary", "title",
      "subject", "re", "fwd", "cc", "bcc", "tags", "tag", "category", "chapter", "section", "part", "figure",
      "fig", "table", "http", "https", "ftp", "mailto", "www", "date", "time", "duration", "episode", "season",
      "length", "location", "keywords", "abstract", "introduction", "conclusion", "todo",
      "fixme", "important", "remember", "reminder", "hint", "definition", "result", "results", "output", "input",
      "usage", "see", "also", "link", "links", "url", "email", "phone", "address", "price", "total", "contents",
      "agenda", "transcript", "recorded", "published", "posted", "author", "by", "from", "to", "via");

  private final Map<String, String> known = new LinkedHashMap<>();
  private final Map<String, Entry> entries = new LinkedHashMap<>();
  /** Entries by prefix as written, so that a label met again is not folded again. */
  private final Map<String, Entry> byPrefix = new HashMap<>();

  private SpeakerLabels(List<String> knownSpeakers) {
    for (String label : knownSpeakers) {
      String key = fold(label);
      if (!key.isEmpty()) {
        known.putIfAbsent(key, label.strip());
      }
    }
  }

  /** A collector that honours the caller's {@linkplain ReadOptions#knownSpeakers() known speakers}. */
  public static SpeakerLabels create(ReadOptions options) {
    return new SpeakerLabels(options.knownSpeakers());
  }

  /** A collector with an explicit list of known speakers. */
  public static SpeakerLabels create(List<String> knownSpeakers) {
    return new SpeakerLabels(knownSpeakers);
  }

  /**
   * Offers one candidate: {@code prefix} is the text that may be a label, without its colon, brackets or bold
   * marks; {@code line} and {@code column} are 1-based and say where it starts. Offer every colon prefix a
   * document has, names or not: the non-names are the evidence for switching guessing off.
   */
  public void offer(String prefix, Cue cue, int line, int column) {
    requireNonNull(prefix, "prefix");
    requireNonNull(cue, "cue");
    Entry e = byPrefix.get(prefix);
    if (e == null) {
      String key = fold(prefix);
      if (key.isEmpty()) {
        return;
      }
      e = entries.get(key);
      if (e == null) {
        e = new Entry(collapse(prefix), line, column);
        entries.put(key, e);
      }
      byPrefix.put(prefix, e);
    }
    e.count++;
    if (cue == Cue.MARKED) {
      e.marked++;
    }
  }

  /** The decision, without recording anything. */
  public Decision decide() {
    return decide(Optional.empty());
  }

  /** The decision; each guessed label, each rejected name-shaped candidate and a switch-off become INFO notes. */
  public Decision decide(ReadContext context) {
    return decide(Optional.of(context));
  }

  private Decision decide(Optional<ReadContext> context) {
    int nameCount = 0;
    int otherCount = 0;
    for (Map.Entry<String, Entry> me : entries.entrySet()) {
      Entry e = me.getValue();
      if (known.containsKey(me.getKey())) {
        continue;
      }
      int plain = e.count - e.marked;
      if (isNameShaped(e.spelling, false) && (e.count >= 2 || e.marked > 0)) {
        nameCount += plain;
      } else if (!isNameShaped(e.spelling, e.marked > 0)) {
        otherCount += plain;
      }
    }
    boolean guessing = nameCount > otherCount;
    Map<String, String> accepted = new LinkedHashMap<>();
    int rejections = 0;
    for (Map.Entry<String, Entry> me : entries.entrySet()) {
      String key = me.getKey();
      Entry e = me.getValue();
      String knownSpelling = known.get(key);
      if (knownSpelling != null) {
        accepted.put(key, knownSpelling);
        continue;
      }
      boolean marked = e.marked > 0;
      boolean shaped = isNameShaped(e.spelling, marked);
      boolean ok = shaped && (marked || guessing && e.count >= 2);
      if (ok) {
        accepted.put(key, e.spelling);
        context.ifPresent(c -> c.note("speaker-guess", "took \"" + e.spelling + "\" as a speaker label: it "
            + (marked ? "is marked as one" : "recurs") + " (" + times(e.count) + ", first here)", e.line,
            e.column));
      } else if (shaped && context.isPresent()) {
        rejections++;
        if (rejections <= MAX_REJECTION_NOTES) {
          String why = !guessing && e.count >= 2
              ? "guessing labels is off in this document"
              : "it does not recur";
          context.get().note("speaker-guess-rejected", "did not take \"" + e.spelling
              + "\" as a speaker label: " + why, e.line, e.column);
        }
      }
    }
    if (rejections > MAX_REJECTION_NOTES && context.isPresent()) {
      context.get().note("speaker-guess-rejected", (rejections - MAX_REJECTION_NOTES)
          + " further name-shaped prefixes were not taken as speaker labels");
    }
    if (!guessing && nameCount > 0 && context.isPresent()) {
      context.get().note("speaker-labels-off", "colon prefixes that are not names (" + otherCount
          + ") are as frequent as name-shaped ones (" + nameCount + "), so plain \"Name:\" prefixes are not "
          + "taken as speaker labels; pass knownSpeakers to name them");
    }
    return new Decision(accepted, new LinkedHashMap<>(known), guessing);
  }

  private static String times(int n) {
    return n == 1 ? "once" : n + " times";
  }

  /**
   * Whether {@code label} could be a speaker's name: 1 to {@value #MAX_WORDS} words, at most {@value #MAX_LENGTH}
   * characters, only letters, digits, blanks and {@code . ' ’ - _ &}, not a known non-name, and (unless
   * {@code lowercaseAllowed}) not starting with a lowercase letter.
   */
  public static boolean isNameShaped(String label, boolean lowercaseAllowed) {
    String s = collapse(label);
    if (s.isEmpty() || s.length() > MAX_LENGTH) {
      return false;
    }
    char first = s.charAt(0);
    if (!Character.isLetter(first) || !lowercaseAllowed && Character.isLowerCase(first)) {
      return false;
    }
    int words = 1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        words++;
      } else if (!Character.isLetterOrDigit(c) && ".'’-_&".indexOf(c) < 0) {
        return false;
      }
    }
    if (words > MAX_WORDS) {
      return false;
    }
    int space = s.indexOf(' ');
    String firstWord = (space < 0 ? s : s.substring(0, space)).toLowerCase(Locale.ROOT);
    if (firstWord.endsWith(".")) {
      firstWord = firstWord.substring(0, firstWord.length() - 1);
    }
    return !NOT_NAMES.contains(firstWord);
  }

  /** Folds a label for comparison: blanks collapsed, accents dropped, lower case. */
  static String fold(String label) {
    String s = collapse(label);
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) {
      ascii = s.charAt(i) < 0x80;
    }
    if (!ascii) {
      s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
    return s.toLowerCase(Locale.ROOT);
  }

  private static String collapse(String label) {
    StringBuilder out = new StringBuilder(label.length());
    boolean blank = false;
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        blank = out.length() > 0;
      } else {
        if (blank) {
          out.append(' ');
          blank = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static final class Entry {
    final String spelling;
    final int line;
    final int column;
    int count;
    int marked;

    Entry(String spelling, int line, int column) {
      this.spelling = spelling;
      this.line = line;
      this.column = column;
    }
  }

  /**
   * Which prefixes of one document are speaker labels. Immutable. Lookups ignore case, accents and extra blanks,
   * and answer with the label's first spelling in the document (or the caller's spelling of a known speaker), so
   * {@code Craig} and {@code CRAIG} in one document are one speaker.
   */
  public static final class Decision {
    private final Map<String, String> accepted;
    private final Map<String, String> known;
    private final boolean guessing;

    private Decision(Map<String, String> accepted, Map<String, String> known, boolean guessing) {
      this.accepted = accepted;
      this.known = known;
      this.guessing = guessing;
    }

    /** The speaker id for {@code prefix}, when it is a label. Known speakers match even if never offered. */
    public Optional<String> speaker(String prefix) {
      String key = fold(prefix);
      String id = accepted.get(key);
      return Optional.ofNullable(id != null ? id : known.get(key));
    }

    /** Whether {@code prefix} is a speaker label. */
    public boolean isSpeaker(String prefix) {
      return speaker(prefix).isPresent();
    }

    /** The labels taken as speakers, in the order they first appeared (known ones never offered excluded). */
    public List<String> speakers() {
      return List.copyOf(new ArrayList<>(accepted.values()));
    }

    /** Whether plain {@code Name:} prefixes were guessed at; false when the document switched guessing off. */
    public boolean guessing() {
      return guessing;
    }

    @Override
    public String toString() {
      return "SpeakerLabels.Decision" + accepted.values() + (guessing ? "" : " (guessing off)");
    }
  }
}
