package org.colloquy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.colloquy.examples.cli.Run.fixture;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.colloquy.Colloquy;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TimelineTest {

  private static final String SVG = "http://www.w3.org/2000/svg";
  private static final Set<Long> NICE_STEPS = Set.of(1L, 2L, 5L, 10L, 15L, 30L, 60L, 120L, 300L, 600L, 900L,
      1800L, 3600L, 7200L);

  private final String file = fixture("interview.clt");
  private final Episode episode = Colloquy.load(Path.of(file));

  /** The picture as parsed by the JDK's own XML parser: if it is not well-formed XML, this fails. */
  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Document doc, String tag, String cssClass) {
    List<Element> out = new ArrayList<>();
    NodeList all = doc.getElementsByTagNameNS(SVG, tag);
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (cssClass.isEmpty() || List.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
        out.add(e);
      }
    }
    return out;
  }

  private static double attr(Element e, String name) {
    return Double.parseDouble(e.getAttribute(name));
  }

  /** The axis: where on the page the window's start and end are drawn. */
  private record Axis(double x0, double x1, double from, double to) {
    double x(double seconds) {
      return x0 + (seconds - from) * (x1 - x0) / (to - from);
    }
  }

  private static Axis axis(Document doc) {
    Element axis = doc.getElementById("axis");
    if (axis == null) {
      NodeList groups = doc.getElementsByTagNameNS(SVG, "g");
      for (int i = 0; i < groups.getLength(); i++) {
        Element g = (Element) groups.item(i);
        if (g.getAttribute("id").equals("axis")) {
          axis = g;
        }
      }
    }
    Element line = (Element) axis.getElementsByTagNameNS(SVG, "line").item(0);
    return new Axis(attr(line, "x1"), attr(line, "x2"), attr(axis, "data-from"), attr(axis, "data-to"));
  }

  private String render(String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of("timeline", file));
    args.addAll(List.of(extra));
    Run run = Run.of(args.toArray(new String[0]));
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    return run.out();
  }

  @Test
  void theTimelineIsStandaloneSvgWithTheEpisodesTitleEscaped() throws Exception {
    String svg = render();
    assertThat(svg).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"")
        .contains("Backprop &amp; &lt;Friends&gt;");
    Document doc = parse(svg);
    assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(SVG);
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(elements(doc, "text", "title")).singleElement()
        .satisfies(t -> assertThat(t.getTextContent()).isEqualTo("Backprop & <Friends>"));
    assertThat(elements(doc, "text", "subtitle")).singleElement()
        .satisfies(t -> assertThat(t.getTextContent()).contains("Test Show").contains("02:30").contains("2 speakers"));
  }

  @Test
  void thereIsOneLanePerSpeakerInTheEpisodesOrderAndOneForNonSpeech() throws Exception {
    Document doc = parse(render());
    List<String> lanes = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (Element g : elements(doc, "g", "lane")) {
      lanes.add(g.getAttribute("data-lane"));
      labels.add(((Element) g.getElementsByTagNameNS(SVG, "text").item(0)).getTextContent());
    }
    assertThat(lanes).containsExactly("HOST", "GUEST", "(non-speech)");
    assertThat(labels).containsExactly("Hana", "Gus", "(non-speech)");
  }

  @Test
  void everySegmentIsABarInItsLaneAtItsTimeOnTheAxis() throws Exception {
    Document doc = parse(render());
    Axis axis = axis(doc);
    assertThat(axis.from()).isZero();
    assertThat(axis.to()).isEqualTo(150.0);
    List<Element> bars = elements(doc, "rect", "bar");
    assertThat(bars).hasSize(episode.segments().size());
    for (Segment s : episode.segments()) {
      double start = s.start().orElseThrow().toMillis() / 1000.0;
      double end = s.end().orElseThrow().toMillis() / 1000.0;
      String lane = s.speaker().map(sp -> sp.id()).orElse("(non-speech)");
      // Bars are grouped by lane; each segment has exactly one, found by its lane and start.
      Element bar = bars.stream()
          .filter(b -> b.getAttribute("data-lane").equals(lane) && attr(b, "data-start") == start)
          .reduce((a, b) -> {
            throw new AssertionError("two bars for " + s);
          })
          .orElseThrow(() -> new AssertionError("no bar for " + s));
      assertThat(((Element) bar.getParentNode()).getAttribute("data-lane")).isEqualTo(lane);
      assertThat(attr(bar, "data-end")).isEqualTo(end);
      assertThat(attr(bar, "x")).as("x of %s", s).isCloseTo(axis.x(start), within(0.002));
      assertThat(attr(bar, "width")).as("width of %s", s).isCloseTo(axis.x(end) - axis.x(start), within(0.002));
      assertThat(bar.getTextContent()).as("tooltip of %s", s).endsWith(s.text());
    }
    assertThat(bars).filteredOn(b -> b.getAttribute("data-lane").equals("(non-speech)"))
        .singleElement().satisfies(b -> assertThat(b.getAttribute("fill")).isEqualTo(TimelineSvg.GREY));
    assertThat(bars).extracting(b -> b.getAttribute("fill")).containsOnly(
        TimelineSvg.PALETTE.get(0), TimelineSvg.PALETTE.get(1), TimelineSvg.GREY);
  }

  @Test
  void axisTicksFallOnRoundTimesAtTheirPlaceAndAreLabelledAsClockTimes() throws Exception {
    Document doc = parse(render());
    Axis axis = axis(doc);
    List<Element> ticks = elements(doc, "g", "tick");
    assertThat(ticks).hasSizeBetween(5, 16);
    List<Long> seconds = new ArrayList<>();
    for (Element tick : ticks) {
      long t = Long.parseLong(tick.getAttribute("data-seconds"));
      seconds.add(t);
      Element line = (Element) tick.getElementsByTagNameNS(SVG, "line").item(0);
      Element label = (Element) tick.getElementsByTagNameNS(SVG, "text").item(0);
      assertThat(attr(line, "x1")).isCloseTo(axis.x(t), within(0.002));
      assertThat(label.getTextContent()).isEqualTo(Times.clock(Duration.ofSeconds(t)));
    }
    assertThat(seconds.get(0)).isZero();
    assertThat(seconds.get(seconds.size() - 1)).isLessThanOrEqualTo(150);
    long step = seconds.get(1) - seconds.get(0);
    assertThat(NICE_STEPS).contains(step);
    for (int i = 1; i < seconds.size(); i++) {
      assertThat(seconds.get(i) - seconds.get(i - 1)).isEqualTo(step);
    }
  }

  @Test
  void topicsAreBandsSpanningTheirTimesWithTheirNames() throws Exception {
    Document doc = parse(render());
    Axis axis = axis(doc);
    List<Element> bands = elements(doc, "rect", "band");
    List<Element> names = elements(doc, "text", "band-label");
    assertThat(bands).hasSize(2);
    assertThat(names).extracting(Element::getTextContent).containsExactly("Opening", "Learning, \"deep\"");
    assertThat(attr(bands.get(1), "x")).isCloseTo(axis.x(60), within(0.002));
    assertThat(attr(bands.get(1), "width")).isCloseTo(axis.x(150) - axis.x(60), within(0.002));
  }

  @Test
  void theLegendNamesEachSpeakerWithTheirShareOfTalkAndTheTopicShade() throws Exception {
    Document doc = parse(render());
    assertThat(elements(doc, "text", "legend-label")).extracting(Element::getTextContent)
        .containsExactly("Hana — 46% of talk", "Gus — 54% of talk", "(non-speech) — music", "topic");
  }

  @Test
  void aWindowDrawsOnlyItsStretchAndClipsBarsAtItsEdges() throws Exception {
    Document doc = parse(render("--from", "0:45", "--to", "1:30", "--speaker", "guest"));
    Axis axis = axis(doc);
    assertThat(axis.from()).isEqualTo(45.0);
    assertThat(axis.to()).isEqualTo(90.0);
    assertThat(elements(doc, "g", "lane")).extracting(e -> e.getAttribute("data-lane")).containsExactly("GUEST");
    List<Element> bars = elements(doc, "rect", "bar");
    assertThat(bars).singleElement().satisfies(bar -> {
      assertThat(attr(bar, "data-start")).isEqualTo(60.0);
      assertThat(attr(bar, "x")).isCloseTo(axis.x(60), within(0.002));
      assertThat(attr(bar, "x") + attr(bar, "width")).isCloseTo(axis.x1(), within(0.002));
    });
  }

  @Test
  void aLastSegmentWithOnlyAStartIsDrawnAsAThinBarAtTheEndOfTheAxis() throws Exception {
    org.colloquy.model.Speaker a = org.colloquy.model.Speaker.of("A");
    List<Segment> segments = List.of(
        Segment.builder().speaker(a).start(Duration.ZERO).end(Duration.ofSeconds(10)).text("one").build(),
        Segment.builder().speaker(a).start(Duration.ofSeconds(10)).text("two").build());
    String svg = new TimelineSvg("t", "", Duration.ZERO, Duration.ofSeconds(10),
        List.of(new TimelineSvg.Lane("A", "A", TimelineSvg.PALETTE.get(0), "", segments)), List.of(), 800).render();
    Document doc = parse(svg);
    Axis axis = axis(doc);
    List<Element> bars = elements(doc, "rect", "bar");
    assertThat(bars).hasSize(2);
    assertThat(attr(bars.get(1), "width")).isEqualTo(TimelineSvg.MIN_BAR);
    assertThat(attr(bars.get(1), "x") + attr(bars.get(1), "width")).isCloseTo(axis.x1(), within(0.002));
  }

  @Test
  void outputGoesToTheFileNamedByDashO(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("talk.svg");
    Run run = Run.of("timeline", file, "-o", out.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(parse(Files.readString(out, StandardCharsets.UTF_8)).getDocumentElement().getLocalName())
        .isEqualTo("svg");
  }

  @Test
  void anEpisodeWithoutTimesCannotBeDrawnAndSaysWhy() {
    String empty = fixture("empty.clt");
    Run run = Run.of("timeline", empty);
    assertThat(run.code()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err()).isEqualTo(empty + ": has no times; a timeline needs timed segments or topics\n");
  }

  @Test
  void aWindowAfterTheEndOfTheEpisodeCannotBeDrawnAndSaysWhy() {
    Run run = Run.of("timeline", "--from", "10:00", file);
    assertThat(run.code()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err()).isEqualTo(file + ": has no times after 10:00; a timeline needs timed segments or topics\n");
  }

  @Test
  void aCorpusIsAUsageErrorForTimeline() {
    assertThat(Run.of("timeline", fixture("corpus")).code()).isEqualTo(ExitCodes.USAGE);
  }

  @ParameterizedTest(name = "{0} s over {1} px: a tick every {2} s")
  @CsvSource({"150, 1000, 15", "60, 1000, 5", "3345, 1000, 300", "10800, 1000, 900", "10800, 3000, 300",
      "5, 1000, 1", "400000, 1000, 43200"})
  void ticksAreSpacedAtRoundIntervalsThatLeaveRoomForTheirLabels(double seconds, double pixels, long step) {
    assertThat(TimelineSvg.tickStep(seconds, pixels)).isEqualTo(step);
  }

  @Test
  void textThatXmlForbidsIsDroppedAndMarkupEscaped() {
    assertThat(TimelineSvg.xml("a\u0000b\u0007<c>&\"d'\uFFFF\uD800e\uD83D\uDE00"))
        .isEqualTo("ab&lt;c&gt;&amp;&quot;d&apos;e\uD83D\uDE00");
    assertThat(Optional.of(TimelineSvg.num(12.5))).hasValue("12.5");
    assertThat(TimelineSvg.num(130.0)).isEqualTo("130");
  }
}
