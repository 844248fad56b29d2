package org.colloquy.parsers.vtt;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.colloquy.format.ColloquyParseException;
import org.colloquy.format.FormatRegistry;
import org.colloquy.format.ReadOptions;
import org.colloquy.format.testkit.SharedFolders;
import org.colloquy.model.Episode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web-platform-tests WebVTT parsing suite, read from {@code shared/conformance/webvtt} (skipped when absent):
 * every file-parsing expectation checked against the spec-level cues and regions the parser builds, every
 * must-reject file rejected, the two hand-written region tests, the cue-text tree tests and the character
 * reference tests. Counts per category are printed at the end.
 */
class WebVttConformanceTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<String, int[]> FILES = new TreeMap<>();
  private static final Map<String, int[]> ASSERTIONS = new TreeMap<>();

  private static Path suite() {
    Path suite = SharedFolders.conformance().map(p -> p.resolve("webvtt")).orElse(null);
    Assumptions.assumeTrue(suite != null && Files.isDirectory(suite), "shared/conformance/webvtt is absent");
    return suite;
  }

  private static void count(String category, boolean filePassed, int assertionsPassed, int assertions) {
    int[] files = FILES.computeIfAbsent(category, k -> new int[2]);
    files[0] += filePassed ? 1 : 0;
    files[1]++;
    int[] counted = ASSERTIONS.computeIfAbsent(category, k -> new int[2]);
    counted[0] += assertionsPassed;
    counted[1] += assertions;
  }

  @AfterAll
  static void report() {
    if (FILES.isEmpty()) {
      return;
    }
    StringBuilder out = new StringBuilder("WebVTT conformance:\n");
    int[] all = new int[4];
    FILES.forEach((category, files) -> {
      int[] a = ASSERTIONS.get(category);
      out.append(String.format(Locale.ROOT, "  %-14s files %d/%d, assertions %d/%d%n", category, files[0],
          files[1], a[0], a[1]));
      all[0] += files[0];
      all[1] += files[1];
      all[2] += a[0];
      all[3] += a[1];
    });
    out.append(String.format(Locale.ROOT, "  %-14s files %d/%d, assertions %d/%d%n", "total", all[0], all[1],
        all[2], all[3]));
    System.out.print(out);
  }

  // ---- file parsing ----

  @TestFactory
  Stream<DynamicTest> fileParsingExpectationsHold() throws IOException {
    Path dir = suite().resolve("file-parsing");
    List<Path> files = list(dir, ".expectations.json");
    assertThat(files).as("expectation files in %s", dir).isNotEmpty();
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files) {
      JsonNode test = JSON.readTree(file.toFile());
      byte[] vtt = Files.readAllBytes(dir.resolve(test.get("vtt").asString()));
      VttSpec spec = VttSpec.parse(vtt);
      boolean domOnly = test.path("domOnly").asBoolean(false);
      List<String> failures = new ArrayList<>();
      int passed = 0;
      int total = 0;
      if (spec.rejected) {
        failures.add("the file was rejected");
      }
      if (!domOnly) {
        for (JsonNode assertion : test.get("assertions")) {
          total++;
          String failure = check(spec, assertion);
          if (failure == null) {
            passed++;
          } else {
            failures.add(failure);
          }
        }
      }
      count(domOnly ? "file-parsing (dom-only, load only)" : "file-parsing", failures.isEmpty(), passed, total);
      String name = test.get("name").asString();
      tests.add(DynamicTest.dynamicTest(name, () -> {
        assertThat(failures).as(name).isEmpty();
        assertThat(readLeniently(vtt)).as("the episode of " + name).isNotNull();
      }));
    }
    return tests.stream();
  }

  private static Episode readLeniently(byte[] vtt) {
    return FormatRegistry.builder().add(new WebVttFormat()).build()
        .read(new java.io.ByteArrayInputStream(vtt), "test.vtt", "vtt", ReadOptions.defaults());
  }

  private static String check(VttSpec spec, JsonNode assertion) {
    String op = assertion.get("op").asString();
    String path = assertion.get("path").asString();
    Object actual;
    try {
      actual = resolve(spec, path);
    } catch (RuntimeException e) {
      return path + ": " + e;
    }
    switch (op) {
      case "equals":
      case "notEquals": {
        boolean same = sameValue(actual, assertion.get("expected"));
        return same == op.equals("equals") ? null
            : path + " " + op + " " + assertion.get("expected") + " but was " + show(actual);
      }
      case "true":
      case "false":
        return truthy(actual) == op.equals("true") ? null : path + " should be " + op + ", was " + show(actual);
      case "sameAs":
      case "notSameAs": {
        Object other = resolve(spec, assertion.get("other").asString());
        return (actual == other) == op.equals("sameAs") ? null
            : path + " " + op + " " + assertion.get("other").asString();
      }
      default:
        return "unknown op " + op;
    }
  }

  private static final Pattern PATH = Pattern.compile("cues\\[(\\d+)]\\.(region\\.)?(\\w+)|cues\\.length");

  private static Object resolve(VttSpec spec, String path) {
    Matcher m = PATH.matcher(path);
    if (!m.matches()) {
      throw new IllegalArgumentException("unknown path " + path);
    }
    if (m.group(1) == null) {
      return (double) spec.cues.size();
    }
    VttCue cue = spec.cues.get(Integer.parseInt(m.group(1)));
    String attribute = m.group(3);
    if (m.group(2) != null) {
      VttRegion region = cue.region;
      if (region == null) {
        throw new IllegalStateException("cue has no region");
      }
      switch (attribute) {
        case "id":
          return region.id;
        case "width":
          return region.width;
        case "lines":
          return region.lines;
        case "regionAnchorX":
          return region.regionAnchorX;
        case "regionAnchorY":
          return region.regionAnchorY;
        case "viewportAnchorX":
          return region.viewportAnchorX;
        case "viewportAnchorY":
          return region.viewportAnchorY;
        case "scroll":
          return region.scroll;
        default:
          throw new IllegalArgumentException("unknown region attribute " + attribute);
      }
    }
    switch (attribute) {
      case "id":
        return cue.id;
      case "text":
        return cue.text();
      case "startTime":
        return cue.startTime;
      case "endTime":
        return cue.endTime;
      case "vertical":
        return cue.vertical;
      case "line":
        return Double.isNaN(cue.line) ? "auto" : cue.line;
      case "snapToLines":
        return cue.snapToLines;
      case "lineAlign":
        return cue.lineAlign;
      case "position":
        return Double.isNaN(cue.position) ? "auto" : cue.position;
      case "positionAlign":
        return cue.positionAlign;
      case "size":
        return cue.size;
      case "align":
        return cue.align;
      case "region":
        return cue.region;
      default:
        throw new IllegalArgumentException("unknown cue attribute " + attribute);
    }
  }

  /** JavaScript's SameValue between our value and a JSON one: doubles by {@link Double#equals}, so -0 ≠ +0. */
  private static boolean sameValue(Object actual, JsonNode expected) {
    if (expected == null || expected.isNull()) {
      return actual == null;
    }
    if (expected.isNumber()) {
      return actual instanceof Double d && d.equals(expected.asDouble());
    }
    if (expected.isString()) {
      return expected.asString().equals(actual);
    }
    if (expected.isBoolean()) {
      return Boolean.valueOf(expected.asBoolean()).equals(actual);
    }
    return false;
  }

  private static boolean truthy(Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Double d) {
      return d != 0 && !d.isNaN();
    }
    if (value instanceof String s) {
      return !s.isEmpty();
    }
    if (value instanceof Boolean b) {
      return b;
    }
    return true;
  }

  private static String show(Object value) {
    return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
  }

  // ---- must reject ----

  @TestFactory
  Stream<DynamicTest> filesWithAnInvalidSignatureAreRejected() throws IOException {
    Path dir = suite().resolve("must-reject");
    List<Path> files = list(dir, ".vtt");
    assertThat(files).isNotEmpty();
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      boolean rejected = VttSpec.parse(bytes).rejected;
      count("must-reject", rejected, rejected ? 1 : 0, 1);
      tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
        assertThat(rejected).as("rejected by the parsing algorithm").isTrue();
        for (ReadOptions options : List.of(ReadOptions.defaults(), ReadOptions.strictDefaults())) {
          assertThatThrownBy(() -> FormatRegistry.builder().add(new WebVttFormat()).build()
              .read(new java.io.ByteArrayInputStream(bytes), "test.vtt", "vtt", options))
              .isInstanceOf(ColloquyParseException.class);
        }
      }));
    }
    return tests.stream();
  }

  // ---- hand-written ----

  @TestFactory
  Stream<DynamicTest> handWrittenRegionTestsHold() throws IOException {
    Path dir = suite().resolve("hand-written");
    List<DynamicTest> tests = new ArrayList<>();
    tests.add(headerRegions(dir.resolve("header-regions.vtt")));
    tests.add(regionsEdgeCase(dir.resolve("regions-edge-case.vtt"), dir.resolve("regions-edge-case.html")));
    return tests.stream();
  }

  private static DynamicTest headerRegions(Path vtt) throws IOException {
    VttSpec spec = VttSpec.parse(Files.readAllBytes(vtt));
    List<String> failures = new ArrayList<>();
    int total = 1;
    int passed = spec.cues.size() == 9 ? 1 : 0;
    if (passed == 0) {
      failures.add("9 cues expected, found " + spec.cues.size());
    }
    Map<String, Double> defaults = Map.of("width", 100.0, "lines", 3.0, "regionAnchorX", 0.0, "regionAnchorY",
        100.0, "viewportAnchorX", 0.0, "viewportAnchorY", 100.0);
    for (int i = 0; i < spec.cues.size(); i++) {
      VttCue cue = spec.cues.get(i);
      JsonNode expected = JSON.readTree(cue.text());
      if (cue.region == null || expected.isString()) {
        total++;
        if (cue.region == null && expected.isString() && expected.asString().equals("no region")) {
          passed++;
        } else {
          failures.add("cue " + (i + 1) + ": region " + (cue.region == null ? "absent" : "present")
              + ", expected " + expected);
        }
        continue;
      }
      for (String property : List.of("width", "lines", "regionAnchorX", "regionAnchorY", "viewportAnchorX",
          "viewportAnchorY", "scroll")) {
        total++;
        JsonNode value = expected.get(property);
        Object actual = resolve(spec, "cues[" + i + "].region." + property);
        boolean same = property.equals("scroll")
            ? actual.equals(value == null ? "" : value.asString())
            : actual.equals(value == null ? defaults.get(property) : value.asDouble());
        if (same) {
          passed++;
        } else {
          failures.add("cue " + (i + 1) + " " + property + " was " + actual + ", expected " + value);
        }
      }
    }
    count("hand-written", failures.isEmpty(), passed, total);
    return DynamicTest.dynamicTest("header-regions", () -> assertThat(failures).isEmpty());
  }

  private static final Pattern REGION_VAR = Pattern.compile("var (\\w+) = cues\\[(\\d+)]\\.region;");
  private static final Pattern ASSERT = Pattern.compile("assert_equals\\((\\w+)\\.(\\w+), (\"?[^\")]*\"?)\\);");

  private static DynamicTest regionsEdgeCase(Path vtt, Path html) throws IOException {
    VttSpec spec = VttSpec.parse(Files.readAllBytes(vtt));
    String script = Files.readString(html, UTF_8);
    Map<String, String> regionOfCue = new TreeMap<>();
    Matcher vars = REGION_VAR.matcher(script);
    while (vars.find()) {
      regionOfCue.put(vars.group(1), vars.group(2));
    }
    List<String> failures = new ArrayList<>();
    int passed = 0;
    int total = 0;
    Matcher asserts = ASSERT.matcher(script);
    while (asserts.find()) {
      total++;
      String subject = asserts.group(1);
      String property = asserts.group(2);
      String literal = asserts.group(3);
      String path = subject.equals("cues") ? "cues.length"
          : "cues[" + regionOfCue.get(subject) + "].region." + property;
      Object actual;
      try {
        actual = resolve(spec, path);
      } catch (RuntimeException e) {
        failures.add(path + ": " + e.getMessage());
        continue;
      }
      Object expected = literal.startsWith("\"") ? literal.substring(1, literal.length() - 1)
          : (Object) Double.parseDouble(literal);
      if (expected.equals(actual)) {
        passed++;
      } else {
        failures.add(path + " was " + actual + ", expected " + expected);
      }
    }
    int found = total;
    count("hand-written", failures.isEmpty() && found > 0, passed, total);
    return DynamicTest.dynamicTest("regions-edge-case", () -> {
      assertThat(found).as("assertions found in the html").isGreaterThan(5);
      assertThat(failures).isEmpty();
    });
  }

  // ---- cue text ----

  private static final String CUE_PREFIX = "WEBVTT\n\n00:00.000 --> 00:01.000\n";

  @TestFactory
  Stream<DynamicTest> cueTextTreesMatch() throws IOException {
    Path dir = suite().resolve("cue-text-parsing");
    List<Path> files = list(dir, ".dat");
    assertThat(files).isNotEmpty();
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files) {
      List<String[]> cases = datCases(Files.readString(file, UTF_8));
      int passed = 0;
      List<String> failures = new ArrayList<>();
      for (String[] c : cases) {
        String actual = treeOfPayload(unescape(c[0]));
        String expected = unescape(c[1]);
        if (actual.equals(expected)) {
          passed++;
        } else {
          failures.add("data " + c[0] + "\nexpected:\n" + expected + "actual:\n" + actual);
        }
      }
      count("cue-text trees", failures.isEmpty() && !cases.isEmpty(), passed, cases.size());
      int size = cases.size();
      tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
        assertThat(size).isPositive();
        assertThat(failures).isEmpty();
      }));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> characterReferencesDecode() throws IOException {
    Path dir = suite().resolve("cue-text-parsing");
    JsonNode cases = JSON.readTree(dir.resolve("entities.json").toFile());
    List<DynamicTest> tests = new ArrayList<>();
    int passed = 0;
    for (JsonNode c : cases) {
      String text = c.get("text").asString();
      String actual = treeOfPayload(text);
      String expected = c.get("expectedTree").asString();
      passed += actual.equals(expected) ? 1 : 0;
      tests.add(DynamicTest.dynamicTest(text.strip(), () -> assertThat(actual).isEqualTo(expected)));
    }
    count("entities", passed == cases.size(), passed, cases.size());
    // The .vtt twin holds the same references as cues of one file.
    VttSpec spec = VttSpec.parse(Files.readAllBytes(dir.resolve("entities.vtt")));
    int cueCount = spec.cues.size();
    tests.add(DynamicTest.dynamicTest("entities.vtt has one cue per case", () ->
        assertThat(cueCount).isEqualTo(cases.size())));
    return tests.stream();
  }

  private static String treeOfPayload(String payload) {
    VttSpec spec = VttSpec.parse((CUE_PREFIX + payload).getBytes(UTF_8));
    return spec.cues.isEmpty() ? "" : VttSpec.tree(spec.cues.get(0).text());
  }

  /** {@code #data} / {@code #errors} / {@code #document-fragment} / tree cases of an html5lib-style file. */
  private static List<String[]> datCases(String text) {
    List<String[]> cases = new ArrayList<>();
    for (String block : text.split("(?m)^#data\n")) {
      if (block.isBlank()) {
        continue;
      }
      int errors = block.indexOf("#errors\n");
      String data = block.substring(0, errors);
      data = data.endsWith("\n") ? data.substring(0, data.length() - 1) : data;
      int fragment = block.indexOf("#document-fragment\n");
      StringBuilder tree = new StringBuilder();
      for (String line : block.substring(fragment + "#document-fragment\n".length()).split("\n")) {
        if (line.startsWith("|")) {
          tree.append(line).append('\n');
        }
      }
      cases.add(new String[] {data, tree.toString()});
    }
    return cases;
  }

  /** Python {@code unicode_escape}-style escapes as the suite writes them. */
  static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        out.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'f' -> out.append('\f');
        case '\\' -> out.append('\\');
        case 'x' -> {
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
          i += 2;
        }
        case 'u' -> {
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append('\\').append(e);
      }
    }
    return out.toString();
  }

  private static List<Path> list(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }
}
