package org.colloquy.parsers.json;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import org.colloquy.format.ColloquyParseException;
import org.colloquy.format.ReadContext;
import org.colloquy.format.Utf8Stream;
import org.colloquy.model.Diagnostic;
import org.colloquy.model.Episode;
import org.colloquy.model.Highlight;
import org.colloquy.model.Quote;
import org.colloquy.model.Reference;
import org.colloquy.model.Segment;
import org.colloquy.model.SourceLocation;
import org.colloquy.model.Speaker;
import org.colloquy.model.TimeSpan;
import org.colloquy.model.Topic;
import org.colloquy.model.Word;
import org.colloquy.parsers.common.JsonInput;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads {@code colloquy-json} with Jackson's streaming parser, one token at a time, so a large file never becomes a
 * tree. Segments and quotes name speakers by id; they are resolved once the whole document is read, so the order of
 * the top-level fields does not matter. Every problem is reported at its line and column.
 */
final class EpisodeJsonReader {

  private final JsonParser p;
  private final ReadContext ctx;
  /** The bytes a document is parsed from, to count columns in characters; absent for an embedded episode. */
  private final @Nullable Utf8Stream bytes;
  private final Map<String, Speaker> speakers = new LinkedHashMap<>();
  private final List<Pending<Segment.Builder>> segments = new ArrayList<>();
  private final List<Pending<Quote>> quotes = new ArrayList<>();
  /** Segment indexes given by quotes and topics, checked once the number of segments is known. */
  private final List<Pending<Integer>> segmentIndexes = new ArrayList<>();

  private static final Set<String> EPISODE_FIELDS = Set.of("colloquy", "title", "show", "episodeNumber", "date",
      "duration", "description", "url", "language", "speakers", "segments", "quotes", "topics", "highlights",
      "metadata", "diagnostics");
  private static final Set<String> SPEAKER_FIELDS = Set.of("id", "displayName", "fullName", "role", "aliases");
  private static final Set<String> SEGMENT_FIELDS = Set.of("kind", "id", "speaker", "start", "end", "endDerived",
      "text", "references", "words", "attributes", "source");
  private static final Set<String> REFERENCE_FIELDS = Set.of("kind", "value");
  private static final Set<String> LOCATION_FIELDS = Set.of("source", "line", "column");
  private static final Set<String> WORD_FIELDS = Set.of("text", "start", "end", "confidence", "interpolated");
  private static final Set<String> QUOTE_FIELDS = Set.of("text", "speaker", "segment", "offset");
  private static final Set<String> TOPIC_FIELDS = Set.of("name", "description", "spans", "segments", "attributes");
  private static final Set<String> SPAN_FIELDS = Set.of("start", "end");
  private static final Set<String> HIGHLIGHT_FIELDS = Set.of("kind", "title", "text", "span");
  private static final Set<String> DIAGNOSTIC_FIELDS = Set.of("severity", "code", "message", "location");

  /** The largest time this format holds: {@link Duration} counts seconds in a long. */
  private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(Long.MAX_VALUE);

  /**
   * A part found at a line and column, naming a speaker by id (resolved when every speaker is known) or, for
   * {@link #segmentIndexes}, holding the index itself.
   */
  private record Pending<T>(T part, @Nullable String speakerId, int line, int column) {}

  private EpisodeJsonReader(JsonParser parser, ReadContext context, @Nullable Utf8Stream bytes) {
    this.p = parser;
    this.ctx = context;
    this.bytes = bytes;
  }

  /**
   * Reads a whole {@code colloquy-json} document: one episode, and nothing after it but blanks. Jackson's own
   * errors (malformed JSON) become {@link ColloquyParseException}s at Jackson's line and column.
   */
  static Episode readDocument(JsonParser parser, ReadContext context, Utf8Stream bytes) {
    try {
      return new EpisodeJsonReader(parser, context, bytes).episode(true);
    } catch (JacksonException e) {
      TokenStreamLocation where = e.getLocation();
      int line = where == null ? 1 : Math.max(1, where.getLineNr());
      int column = where == null ? 1 : JsonInput.column(bytes, where);
      throw context.fail(line, column, "well-formed JSON", String.valueOf(e.getOriginalMessage()));
    }
  }

  /**
   * Reads one episode embedded in a larger document, from {@code parser} positioned at (or just before) its
   * opening brace, and leaves it at the closing brace. Jackson's own errors pass through unchanged.
   */
  static Episode readEmbedded(JsonParser parser, ReadContext context) {
    return new EpisodeJsonReader(parser, context, null).episode(false);
  }

  private int line() {
    return Math.max(1, p.currentTokenLocation().getLineNr());
  }

  private int column() {
    TokenStreamLocation at = p.currentTokenLocation();
    return bytes == null ? Math.max(1, at.getColumnNr()) : JsonInput.column(bytes, at);
  }

  private ColloquyParseException fail(String expected) {
    JsonToken t = p.currentToken();
    String found = t == null ? "the end of the input"
        : t.isScalarValue() ? p.getString() : t == JsonToken.START_OBJECT ? "an object"
            : t == JsonToken.START_ARRAY ? "an array" : t.asString() == null ? t.name() : t.asString();
    return ctx.fail(line(), column(), expected, found == null ? "null" : found);
  }

  private Episode episode(boolean wholeDocument) {
    if (p.currentToken() == null) {
      p.nextToken();
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw fail("a JSON object starting with {\"colloquy\": 1");
    }
    int line = line();
    int column = column();
    Episode.Builder b = Episode.builder();
    boolean versioned = false;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (absent(name, EPISODE_FIELDS, "the episode")) {
        continue;
      }
      switch (name) {
        case "colloquy" -> {
          int version = integer("the format version");
          if (version != EpisodeJsonWriter.VERSION) {
            throw ctx.fail(line(), column(), "colloquy-json version " + EpisodeJsonWriter.VERSION
                + " (this library reads no other)", String.valueOf(version));
          }
          versioned = true;
        }
        case "title" -> b.title(string());
        case "show" -> b.show(string());
        case "episodeNumber" -> {
          int number = integer("a whole episode number");
          if (number < 0) {
            throw fail("an episode number that is not negative");
          }
          b.episodeNumber(number);
        }
        case "date" -> b.date(date());
        case "duration" -> b.duration(time());
        case "description" -> b.description(string());
        case "url" -> b.url(string());
        case "language" -> b.language(string());
        case "speakers" -> array(() -> {
          int at = line();
          int col = column();
          Speaker s = speaker();
          if (speakers.putIfAbsent(s.id(), s) != null) {
            throw ctx.fail(at, col, "speakers with distinct ids", "a second speaker " + s.id());
          }
        });
        case "segments" -> array(this::segment);
        case "quotes" -> array(this::quote);
        case "topics" -> array(() -> b.addTopic(topic()));
        case "highlights" -> array(() -> b.addHighlight(highlight()));
        case "metadata" -> strings("metadata").forEach(b::metadata);
        case "diagnostics" -> array(() -> b.addDiagnostic(diagnostic()));
        default -> unknown(name, "the episode");
      }
    }
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw fail("a field name or }");
    }
    if (!versioned) {
      throw ctx.fail(line, column, "the field \"colloquy\": " + EpisodeJsonWriter.VERSION
          + " that marks colloquy-json", "an object without it");
    }
    if (wholeDocument && p.nextToken() != null) {
      ctx.warn("trailing-content", "content after the episode's closing brace was ignored", line(), column());
    }
    for (Pending<?> index : segmentIndexes) {
      int i = (Integer) index.part();
      if (i >= segments.size()) {
        throw ctx.fail(index.line(), index.column(),
            "the index of one of the " + segments.size() + " segments (counting from 0)", String.valueOf(i));
      }
    }
    b.addSpeakers(speakers.values());
    for (Pending<Segment.Builder> s : segments) {
      b.addSegment(built(s.line(), s.column(), () -> s.part().speaker(resolve(s)).build()));
    }
    for (Pending<Quote> q : quotes) {
      b.addQuote(q.part().withSpeaker(Optional.ofNullable(resolve(q))));
    }
    // Every rule the builder checks has been checked above at its place; this only guards against new ones.
    return built(line, column, b::build);
  }

  /**
   * Whether the value just reached is {@code null}: absent, for a field this format knows. An unknown field is
   * reported whatever its value.
   */
  private boolean absent(String name, Set<String> known, String where) {
    if (p.currentToken() != JsonToken.VALUE_NULL) {
      return false;
    }
    if (!known.contains(name)) {
      unknown(name, where);
    }
    return true;
  }

  private @Nullable Speaker resolve(Pending<?> pending) {
    if (pending.speakerId() == null) {
      return null;
    }
    Speaker s = speakers.get(pending.speakerId());
    if (s == null) {
      throw ctx.fail(pending.line(), pending.column(), "the id of a listed speaker " + speakers.keySet(),
          pending.speakerId());
    }
    return s;
  }

  /** Runs a model builder, turning its validation failure into a located parse error. */
  private <T> T built(int line, int column, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw ctx.fail(line, column, "a consistent episode", String.valueOf(e.getMessage()));
    }
  }

  private Speaker speaker() {
    expectObject("a speaker object");
    int line = line();
    int column = column();
    String id = null;
    String displayName = null;
    String fullName = null;
    Speaker.Role role = Speaker.Role.UNKNOWN;
    List<String> aliases = List.of();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (absent(name, SPEAKER_FIELDS, "a speaker")) {
        continue;
      }
      switch (name) {
        case "id" -> id = string();
        case "displayName" -> displayName = string();
        case "fullName" -> fullName = string();
        case "role" -> role = constant(Speaker.Role.class, "a speaker role");
        case "aliases" -> aliases = stringList();
        default -> unknown(name, "a speaker");
      }
    }
    if (id == null) {
      throw ctx.fail(line, column, "a speaker with an \"id\"", "none");
    }
    String speakerId = id;
    String shown = displayName == null ? id : displayName;
    Optional<String> full = Optional.ofNullable(fullName);
    Speaker.Role r = role;
    List<String> a = aliases;
    return built(line, column, () -> new Speaker(speakerId, shown, full, r, a));
  }

  private void segment() {
    expectObject("a segment object");
    int line = line();
    int column = column();
    Segment.Builder s = Segment.builder();
    String speakerId = null;
    int speakerLine = line;
    int speakerColumn = column;
    Duration start = null;
    Duration end = null;
    int endLine = line;
    int endColumn = column;
    boolean derived = false;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (absent(name, SEGMENT_FIELDS, "a segment")) {
        continue;
      }
      switch (name) {
        case "kind" -> s.kind(constant(Segment.Kind.class, "a segment kind"));
        case "id" -> s.id(string());
        case "speaker" -> {
          speakerLine = line();
          speakerColumn = column();
          speakerId = string();
        }
        case "start" -> start = time();
        case "end" -> {
          endLine = line();
          endColumn = column();
          end = time();
        }
        case "endDerived" -> derived = bool();
        case "text" -> s.text(string());
        case "references" -> array(() -> s.addReference(reference()));
        case "words" -> array(() -> s.addWord(word()));
        case "attributes" -> s.attributes(strings("attributes"));
        case "source" -> s.source(location());
        default -> unknown(name, "a segment");
      }
    }
    s.start(start);
    if (end != null) {
      if (start == null) {
        throw ctx.fail(endLine, endColumn, "an end only with a start", "an end at " + seconds(end)
            + " without a start");
      }
      if (end.compareTo(start) < 0) {
        throw ctx.fail(endLine, endColumn, "an end not before the segment's start " + seconds(start),
            seconds(end) + ", before its start");
      }
      if (derived) {
        s.derivedEnd(end);
      } else {
        s.end(end);
      }
    }
    segments.add(new Pending<>(s, speakerId, speakerId == null ? line : speakerLine,
        speakerId == null ? column : speakerColumn));
  }

  private Reference reference() {
    expectObject("a reference object");
    int line = line();
    int column = column();
    Reference.Kind kind = Reference.Kind.URL;
    String value = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (absent(name, REFERENCE_FIELDS, "a reference")) {
        continue;
      }
      switch (name) {
        case "kind" -> kind = constant(Reference.Kind.class, "a reference kind");
        case "value" -> value = string();
        default -> unknown(name, "a reference");
      }
    }
    Reference.Kind k = kind;
    String v = value == null ? "" : value;
    return built(line, column, () -> new Reference(k, v));
  }

  private Word word() {
    expectObject("a word object");
    int line = line();
    int column = column();
    String text = null;
    Duration start = null;
    Duration end = null;
    double confidence = Double.NaN;
    boolean interpolated = false;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (absent(name, WORD_FIELDS, "a word")) {
        continue;
      }
      switch (name) {
        case "text" -> text = string();
        case "start" -> start = time();
        case "end" -> end = time();
        case "confidence" -> confidence = number("a confidence from 0 to 1");
        case "interpolated" -> interpolated = bool();
        default -> unknown(name, "a word");
      }
    }
    String t = text == null ? "" : text;
    Duration s = start;
    Duration e = end;
    double c = confidence;
    boolean i = interpolated;
    return built(line, column, () -> {
      Word w = Word.of(t);
      if (s != null) {
        w = i && e != null ? w.interpolatedAt(s, e) : w.at(s, Optional.ofNullable(e));
      } else if (e != null) {
        throw new IllegalArgumentException("word \"" + t + "\" has an end but no start");
      } else if (i) {
        throw new IllegalArgumentException("word \"" + t + "\" is marked interpolated but has no times");
      }
      return Double.isNaN(c) ? w : w.withConfidence(c);
    });
  }

  private void quote() {
    expectObject("a quote object");
    int line = line();
    int column = column();
    String text = null;
    String speakerId = null;
    int speakerLine = line;
    int speakerColumn = column;
    OptionalInt segment = OptionalInt.empty();
    Duration offset = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (absent(name, QUOTE_FIELDS, "a quote")) {
        continue;
      }
      switch (name) {
        case "text" -> text = string();
        case "speaker" -> {
          speakerLine = line();
          speakerColumn = column();
          speakerId = string();
        }
        case "segment" -> segment = OptionalInt.of(segmentIndex());
        case "offset" -> offset = time();
        default -> unknown(name, "a quote");
      }
    }
    String t = text == null ? "" : text;
    OptionalInt index = segment;
    Optional<Duration> at = Optional.ofNullable(offset);
    quotes.add(new Pending<>(built(line, column, () -> new Quote(t, Optional.empty(), index, at)), speakerId,
        speakerLine, speakerColumn));
  }

  private Topic topic() {
    expectObject("a topic object");
    int line = line();
    int column = column();
    String name = null;
    String description = null;
    List<TimeSpan> spans = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();
    Map<String, String> attributes = Map.of();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (absent(field, TOPIC_FIELDS, "a topic")) {
        continue;
      }
      switch (field) {
        case "name" -> name = string();
        case "description" -> description = string();
        case "spans" -> array(() -> spans.add(span()));
        case "segments" -> array(() -> indexes.add(segmentIndex()));
        case "attributes" -> attributes = strings("attributes");
        default -> unknown(field, "a topic");
      }
    }
    String n = name == null ? "" : name;
    Optional<String> d = Optional.ofNullable(description);
    Map<String, String> a = attributes;
    return built(line, column, () -> new Topic(n, d, spans, indexes, a));
  }

  private TimeSpan span() {
    expectObject("a time span object");
    int line = line();
    int column = column();
    Duration start = null;
    Duration end = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (absent(name, SPAN_FIELDS, "a time span")) {
        continue;
      }
      switch (name) {
        case "start" -> start = time();
        case "end" -> end = time();
        default -> unknown(name, "a time span");
      }
    }
    if (start == null) {
      throw ctx.fail(line, column, "a time span with a \"start\"", "none");
    }
    Duration s = start;
    Optional<Duration> e = Optional.ofNullable(end);
    return built(line, column, () -> new TimeSpan(s, e));
  }

  private Highlight highlight() {
    expectObject("a highlight object");
    int line = line();
    int column = column();
    Highlight.Kind kind = Highlight.Kind.HIGHLIGHT;
    String title = null;
    String text = "";
    TimeSpan span = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (absent(name, HIGHLIGHT_FIELDS, "a highlight")) {
        continue;
      }
      switch (name) {
        case "kind" -> kind = constant(Highlight.Kind.class, "a highlight kind");
        case "title" -> title = string();
        case "text" -> text = string();
        case "span" -> span = span();
        default -> unknown(name, "a highlight");
      }
    }
    Highlight.Kind k = kind;
    Optional<String> t = Optional.ofNullable(title);
    String x = text;
    Optional<TimeSpan> s = Optional.ofNullable(span);
    return built(line, column, () -> new Highlight(k, t, x, s));
  }

  private Diagnostic diagnostic() {
    expectObject("a diagnostic object");
    int line = line();
    int column = column();
    Diagnostic.Severity severity = Diagnostic.Severity.INFO;
    String code = "";
    String message = "";
    SourceLocation location = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (absent(name, DIAGNOSTIC_FIELDS, "a diagnostic")) {
        continue;
      }
      switch (name) {
        case "severity" -> severity = constant(Diagnostic.Severity.class, "a severity");
        case "code" -> code = string();
        case "message" -> message = string();
        case "location" -> location = location();
        default -> unknown(name, "a diagnostic");
      }
    }
    Diagnostic.Severity s = severity;
    String c = code;
    String m = message;
    Optional<SourceLocation> l = Optional.ofNullable(location);
    return built(line, column, () -> new Diagnostic(s, c, m, l));
  }

  private SourceLocation location() {
    expectObject("a source location object");
    int line = line();
    int column = column();
    String source = "";
    int atLine = 1;
    int atColumn = 1;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (absent(name, LOCATION_FIELDS, "a source location")) {
        continue;
      }
      switch (name) {
        case "source" -> source = string();
        case "line" -> atLine = integer("a line number");
        case "column" -> atColumn = integer("a column number");
        default -> unknown(name, "a source location");
      }
    }
    String s = source;
    int l = atLine;
    int c = atColumn;
    return built(line, column, () -> new SourceLocation(s, l, c));
  }

  // --- values -------------------------------------------------------------------------------------------------

  private void expectObject(String what) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw fail(what);
    }
  }

  private void array(Runnable element) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw fail("an array");
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() == null) {
        throw fail("] to close the array");
      }
      element.run();
    }
  }

  private String string() {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw fail("a string");
    }
    return p.getString();
  }

  private List<String> stringList() {
    List<String> out = new ArrayList<>();
    array(() -> out.add(string()));
    return out;
  }

  private Map<String, String> strings(String what) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw fail("an object of strings for " + what);
    }
    Map<String, String> out = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String key = p.currentName();
      p.nextToken();
      out.put(key, string());
    }
    return out;
  }

  private boolean bool() {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw fail("true or false");
    }
    return t == JsonToken.VALUE_TRUE;
  }

  private int integer(String what) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw fail(what);
    }
    try {
      return p.getIntValue();
    } catch (JacksonException e) {
      throw fail(what + " that fits in an int");
    }
  }

  /** A segment index, remembered with its place so that one beyond the last segment is reported there. */
  private int segmentIndex() {
    int index = integer("a segment index");
    if (index < 0) {
      throw fail("a segment index that is not negative");
    }
    segmentIndexes.add(new Pending<>(index, null, line(), column()));
    return index;
  }

  private double number(String what) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw fail(what);
    }
    return p.getDoubleValue();
  }

  private <E extends Enum<E>> E constant(Class<E> type, String what) {
    String value = string();
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw fail(what + " (one of " + java.util.Arrays.toString(type.getEnumConstants()) + ")");
    }
  }

  private LocalDate date() {
    String value = string();
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw fail("a date like 2019-08-31");
    }
  }

  /** Exact decimal seconds ({@code 69.25}); an ISO-8601 duration string ({@code PT1M9.25S}) is accepted too. */
  private Duration time() {
    JsonToken t = p.currentToken();
    Duration d;
    if (t == JsonToken.VALUE_STRING) {
      try {
        d = Duration.parse(p.getString());
      } catch (DateTimeParseException e) {
        throw fail("seconds as a number, or an ISO-8601 duration like PT1M9.25S");
      }
    } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal seconds = p.getDecimalValue();
      if (seconds.signum() < 0) {
        throw fail("a time that is not negative");
      }
      // Before any rescaling: 1e999999999 is a short token but a billion digits once expanded.
      if (seconds.compareTo(MAX_SECONDS) > 0) {
        throw fail("a time that fits in a duration (at most " + MAX_SECONDS + " s)");
      }
      if (seconds.stripTrailingZeros().scale() > 9) {
        ctx.warn("time-precision", "time " + p.getString() + " s has more than nanosecond precision; rounded",
            line(), column());
        // A value below 10^-10 (unscaled digits far fewer than the scale, as in 1e-999999999) rounds to 0;
        // rescaling it would first build a power of ten with as many digits as the exponent.
        seconds = seconds.scale() - seconds.precision() >= 10 ? BigDecimal.ZERO
            : seconds.setScale(9, RoundingMode.HALF_EVEN);
      }
      try {
        BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
        d = Duration.ofSeconds(whole.longValueExact(), seconds.subtract(whole).movePointRight(9).longValueExact());
      } catch (ArithmeticException e) {
        throw fail("a time that fits in a duration");
      }
    } else {
      throw fail("a time in seconds");
    }
    if (d.isNegative()) {
      throw fail("a time that is not negative");
    }
    return d;
  }

  private static String seconds(Duration d) {
    return EpisodeJsonWriter.seconds(d).toPlainString() + " s";
  }

  /** An unknown field: lenient reading keeps its raw value in a warning, strict reading refuses it. */
  private void unknown(String name, String where) {
    int line = line();
    int column = column();
    String raw = raw();
    ctx.warn("unknown-field", "unknown field \"" + name + "\" in " + where + " was skipped; its value: " + raw,
        line, column);
  }

  private String raw() {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = ColloquyJsonFormat.COMPACT.createGenerator(out)) {
      g.copyCurrentStructure(p);
    }
    String text = out.toString().strip();
    return text.length() > 500 ? text.substring(0, 500) + "…" : text;
  }
}
