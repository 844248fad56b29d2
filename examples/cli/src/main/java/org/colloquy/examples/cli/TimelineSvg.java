package org.colloquy.examples.cli;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.colloquy.model.Segment;

/**
 * Draws a conversation as an SVG: a lane per speaker along the time axis, each segment a bar in its lane,
 * non-speech in grey in a lane of its own, topics as shaded bands behind the lanes, ticks at round times, a title
 * and a legend. Standalone SVG 1.1 with no scripts or external references, so browsers, editors and
 * {@code rsvg-convert} all show it.
 *
 * <p>Bars keep their times in {@code data-start}/{@code data-end} (seconds) and their lane in
 * {@code data-lane}, so the picture can be checked, or restyled, by tools.
 */
final class TimelineSvg {

  /** One row of the picture. */
  record Lane(String key, String label, String color, String note, List<Segment> segments) {}

  /** A shaded stretch behind the lanes. */
  record Band(String name, Duration start, Duration end) {}

  /** Okabe–Ito colours: told apart by people with any common colour-vision deficiency. */
  static final List<String> PALETTE = List.of(
      "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000");
  static final String GREY = "#9A9A9A";
  private static final String[] BAND_FILLS = {"#F3E6CF", "#DCE9F5"};

  /** Tick spacings people read easily, in seconds: never 7 or 45. */
  private static final long[] STEPS = {
      1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400};

  static final double MARGIN = 24;
  static final double LANE_HEIGHT = 26;
  static final double LANE_GAP = 8;
  static final double MIN_BAR = 1.5;
  private static final double TICK_LABEL_WIDTH = 72;

  private final String title;
  private final String subtitle;
  private final Duration from;
  private final Duration to;
  private final List<Lane> lanes;
  private final List<Band> bands;
  private final int width;

  TimelineSvg(String title, String subtitle, Duration from, Duration to, List<Lane> lanes, List<Band> bands,
      int width) {
    if (to.compareTo(from) <= 0) {
      throw new IllegalArgumentException("a timeline needs a window that ends after it starts: " + from + "–" + to);
    }
    this.title = requireNonNull(title, "title");
    this.subtitle = requireNonNull(subtitle, "subtitle");
    this.from = from;
    this.to = to;
    this.lanes = List.copyOf(lanes);
    this.bands = List.copyOf(bands);
    this.width = width;
  }

  /** The spacing between ticks for a window of {@code seconds} drawn {@code pixels} wide. */
  static long tickStep(double seconds, double pixels) {
    double most = Math.max(2, Math.floor(pixels / TICK_LABEL_WIDTH));
    for (long step : STEPS) {
      if (seconds / step <= most) {
        return step;
      }
    }
    long step = STEPS[STEPS.length - 1];
    while (seconds / step > most) {
      step *= 2;
    }
    return step;
  }

  String render() {
    double labelWidth = Math.min(240, Math.max(90,
        lanes.stream().mapToInt(l -> l.label().length()).max().orElse(0) * 7.5 + 16));
    double x0 = MARGIN + labelWidth;
    // Wider on the right, so the last tick's label is not cut off.
    double x1 = width - MARGIN - 16;
    double span = seconds(to) - seconds(from);
    double scale = (x1 - x0) / span;
    boolean hours = to.compareTo(Duration.ofHours(1)) >= 0;

    double bandRowTop = 76;
    double lanesTop = bands.isEmpty() ? bandRowTop : bandRowTop + 22 + 6;
    double lanesBottom = lanesTop + lanes.size() * (LANE_HEIGHT + LANE_GAP) - LANE_GAP;
    double axisY = lanesBottom + 8;
    double legendTop = axisY + 40;
    List<String[]> legend = new ArrayList<>();
    for (Lane lane : lanes) {
      legend.add(new String[] {lane.color(), lane.label() + (lane.note().isEmpty() ? "" : " — " + lane.note())});
    }
    if (!bands.isEmpty()) {
      legend.add(new String[] {BAND_FILLS[0], "topic"});
    }
    // The legend wraps into rows at the drawing's width; each entry is about as wide as its text.
    List<double[]> legendAt = new ArrayList<>();
    double lx = MARGIN;
    double ly = legendTop;
    for (String[] entry : legend) {
      double w = 22 + entry[1].length() * 6.8 + 24;
      if (lx > MARGIN && lx + w > width - MARGIN) {
        lx = MARGIN;
        ly += 22;
      }
      legendAt.add(new double[] {lx, ly});
      lx += w;
    }
    double height = ly + 14 + MARGIN;

    StringBuilder svg = new StringBuilder(4096 + 256 * lanes.stream().mapToInt(l -> l.segments().size()).sum());
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
        .append(" width=\"").append(width).append("\" height=\"").append(num(height))
        .append("\" viewBox=\"0 0 ").append(width).append(' ').append(num(height)).append("\"")
        .append(" font-family=\"Helvetica, Arial, 'DejaVu Sans', sans-serif\" font-size=\"12\">\n");
    svg.append("  <title>").append(xml(title)).append("</title>\n");
    svg.append("  <desc>").append(xml("Timeline from " + clock(from, hours) + " to " + clock(to, hours) + ": "
        + lanes.size() + " lanes, one per speaker; each bar is a segment.")).append("</desc>\n");
    svg.append("  <style>\n")
        .append("    .title { font-size: 20px; font-weight: bold; fill: #222; }\n")
        .append("    .subtitle { font-size: 13px; fill: #555; }\n")
        .append("    .lane-label { font-size: 13px; fill: #222; }\n")
        .append("    .tick-label { font-size: 11px; fill: #444; }\n")
        .append("    .band-label { font-size: 11px; fill: #5A4A2A; }\n")
        .append("    .band-row-label { font-size: 12px; fill: #5A4A2A; font-style: italic; }\n")
        .append("    .legend-label { font-size: 12px; fill: #333; }\n")
        .append("  </style>\n");
    svg.append("  <rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n");
    svg.append("  <text class=\"title\" x=\"").append(num(MARGIN)).append("\" y=\"36\">").append(xml(title))
        .append("</text>\n");
    if (!subtitle.isEmpty()) {
      svg.append("  <text class=\"subtitle\" x=\"").append(num(MARGIN)).append("\" y=\"58\">")
          .append(xml(subtitle)).append("</text>\n");
    }

    // Bands first, so lanes and bars draw over them.
    if (!bands.isEmpty()) {
      svg.append("  <g id=\"topics\">\n");
      svg.append("    <text class=\"band-row-label\" x=\"").append(num(x0 - 10)).append("\" y=\"")
          .append(num(bandRowTop + 15)).append("\" text-anchor=\"end\">topics</text>\n");
      int i = 0;
      for (Band band : bands) {
        Duration s = max(band.start(), from);
        Duration e = min(band.end(), to);
        if (e.compareTo(s) <= 0) {
          i++;
          continue;
        }
        double bx = x0 + (seconds(s) - seconds(from)) * scale;
        double bw = Math.max(MIN_BAR, (seconds(e) - seconds(s)) * scale);
        String fill = BAND_FILLS[i % 2];
        String clip = "topic-clip-" + i;
        svg.append("    <g class=\"topic\" data-start=\"").append(num(seconds(band.start())))
            .append("\" data-end=\"").append(num(seconds(band.end()))).append("\">\n");
        svg.append("      <title>").append(xml(band.name() + " (" + clock(band.start(), hours) + "–"
            + clock(band.end(), hours) + ")")).append("</title>\n");
        svg.append("      <clipPath id=\"").append(clip).append("\"><rect x=\"").append(num(bx)).append("\" y=\"")
            .append(num(bandRowTop)).append("\" width=\"").append(num(Math.max(0, bw - 4))).append("\" height=\"22\"/>")
            .append("</clipPath>\n");
        svg.append("      <rect class=\"band\" x=\"").append(num(bx)).append("\" y=\"").append(num(bandRowTop))
            .append("\" width=\"").append(num(bw)).append("\" height=\"").append(num(lanesBottom - bandRowTop))
            .append("\" fill=\"").append(fill).append("\" fill-opacity=\"0.6\"/>\n");
        svg.append("      <text class=\"band-label\" x=\"").append(num(bx + 4)).append("\" y=\"")
            .append(num(bandRowTop + 15)).append("\" clip-path=\"url(#").append(clip).append(")\">")
            .append(xml(band.name())).append("</text>\n");
        svg.append("    </g>\n");
        i++;
      }
      svg.append("  </g>\n");
    }

    // Grid lines at each tick, behind the bars.
    long step = tickStep(span, x1 - x0);
    List<Long> ticks = new ArrayList<>();
    long first = (long) Math.ceil(seconds(from) / step) * step;
    for (long t = first; t <= seconds(to) + 1e-9; t += step) {
      ticks.add(t);
    }
    svg.append("  <g id=\"grid\" stroke=\"#E2E2E2\" stroke-width=\"1\">\n");
    for (long t : ticks) {
      double x = x0 + (t - seconds(from)) * scale;
      svg.append("    <line x1=\"").append(num(x)).append("\" y1=\"").append(num(lanesTop - 4))
          .append("\" x2=\"").append(num(x)).append("\" y2=\"").append(num(axisY)).append("\"/>\n");
    }
    svg.append("  </g>\n");

    svg.append("  <g id=\"lanes\">\n");
    for (int i = 0; i < lanes.size(); i++) {
      Lane lane = lanes.get(i);
      double y = lanesTop + i * (LANE_HEIGHT + LANE_GAP);
      svg.append("    <g class=\"lane\" data-lane=\"").append(xml(lane.key())).append("\">\n");
      svg.append("      <rect class=\"lane-bg\" x=\"").append(num(x0)).append("\" y=\"").append(num(y))
          .append("\" width=\"").append(num(x1 - x0)).append("\" height=\"").append(num(LANE_HEIGHT))
          .append("\" fill=\"#F5F5F5\" fill-opacity=\"0.7\"/>\n");
      svg.append("      <text class=\"lane-label\" x=\"").append(num(x0 - 10)).append("\" y=\"")
          .append(num(y + LANE_HEIGHT / 2 + 4.5)).append("\" text-anchor=\"end\">").append(xml(lane.label()))
          .append("</text>\n");
      for (Segment seg : lane.segments()) {
        Optional<Duration> start = seg.start();
        if (start.isEmpty()) {
          continue;
        }
        Duration end = seg.end().orElse(start.get());
        Duration s = max(start.get(), from);
        Duration e = min(end, to);
        // An instant at the window's very end (the last cue of an episode with no stated length) is still drawn.
        boolean outside = s.compareTo(to) > 0 || s.equals(to) && end.compareTo(s) > 0;
        if (e.compareTo(s) < 0 || outside) {
          continue;
        }
        double bw = Math.max(MIN_BAR, (seconds(e) - seconds(s)) * scale);
        double bx = Math.min(x0 + (seconds(s) - seconds(from)) * scale, x1 - bw);
        svg.append("      <rect class=\"bar\" data-lane=\"").append(xml(lane.key()))
            .append("\" data-start=\"").append(num(seconds(start.get())))
            .append("\" data-end=\"").append(num(seconds(end)))
            .append("\" x=\"").append(num(bx)).append("\" y=\"").append(num(y + 3))
            .append("\" width=\"").append(num(bw)).append("\" height=\"").append(num(LANE_HEIGHT - 6))
            .append("\" rx=\"2\" fill=\"").append(lane.color()).append("\">")
            .append("<title>").append(xml(tooltip(seg, hours))).append("</title></rect>\n");
      }
      svg.append("    </g>\n");
    }
    svg.append("  </g>\n");

    svg.append("  <g id=\"axis\" data-from=\"").append(num(seconds(from))).append("\" data-to=\"")
        .append(num(seconds(to))).append("\">\n");
    svg.append("    <line x1=\"").append(num(x0)).append("\" y1=\"").append(num(axisY)).append("\" x2=\"")
        .append(num(x1)).append("\" y2=\"").append(num(axisY)).append("\" stroke=\"#444\" stroke-width=\"1\"/>\n");
    for (long t : ticks) {
      double x = x0 + (t - seconds(from)) * scale;
      svg.append("    <g class=\"tick\" data-seconds=\"").append(t).append("\">")
          .append("<line x1=\"").append(num(x)).append("\" y1=\"").append(num(axisY)).append("\" x2=\"")
          .append(num(x)).append("\" y2=\"").append(num(axisY + 5)).append("\" stroke=\"#444\"/>")
          .append("<text class=\"tick-label\" x=\"").append(num(x)).append("\" y=\"").append(num(axisY + 18))
          .append("\" text-anchor=\"middle\">").append(clock(Duration.ofSeconds(t), hours)).append("</text></g>\n");
    }
    svg.append("  </g>\n");

    svg.append("  <g id=\"legend\">\n");
    for (int i = 0; i < legend.size(); i++) {
      double[] at = legendAt.get(i);
      String[] entry = legend.get(i);
      svg.append("    <g class=\"legend-entry\"><rect x=\"").append(num(at[0])).append("\" y=\"").append(num(at[1]))
          .append("\" width=\"14\" height=\"14\" rx=\"2\" fill=\"").append(entry[0]).append("\"/>")
          .append("<text class=\"legend-label\" x=\"").append(num(at[0] + 20)).append("\" y=\"")
          .append(num(at[1] + 11.5)).append("\">").append(xml(entry[1])).append("</text></g>\n");
    }
    svg.append("  </g>\n");
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static String tooltip(Segment seg, boolean hours) {
    StringBuilder b = new StringBuilder();
    seg.start().ifPresent(s -> b.append(clock(s, hours)));
    seg.end().ifPresent(e -> b.append('–').append(clock(e, hours)));
    b.append(' ');
    if (seg.speaker().isPresent()) {
      b.append(seg.speaker().get().displayName()).append(": ");
    } else if (!seg.isSpeech()) {
      b.append('(').append(seg.kind().name().toLowerCase(Locale.ROOT)).append(") ");
    }
    String text = seg.text().replace('\n', ' ');
    return b.append(text.length() > 200 ? text.substring(0, 200) + "…" : text).toString();
  }

  static String clock(Duration d, boolean hours) {
    long s = d.toSeconds();
    return hours
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
  }

  static double seconds(Duration d) {
    return d.toMillis() / 1000.0;
  }

  /** At most three decimals and no trailing zeros: small files, exact enough for a 1/1000-pixel check. */
  static String num(double v) {
    String s = String.format(Locale.ROOT, "%.3f", v);
    s = s.indexOf('.') < 0 ? s : s.replaceAll("0+$", "").replaceAll("\\.$", "");
    return s.equals("-0") ? "0" : s;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /**
   * {@code text} as XML character data or attribute value: markup characters escaped, and characters XML 1.0
   * forbids (control characters, lone surrogates, U+FFFE/U+FFFF) dropped, since messy transcripts carry them.
   */
  static String xml(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        b.append(c).append(text.charAt(++i));
        continue;
      }
      if (c == '&') {
        b.append("&amp;");
      } else if (c == '<') {
        b.append("&lt;");
      } else if (c == '>') {
        b.append("&gt;");
      } else if (c == '"') {
        b.append("&quot;");
      } else if (c == '\'') {
        b.append("&apos;");
      } else if (c == '\t' || c == '\n' || c == '\r') {
        b.append(' ');
      } else if (c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
