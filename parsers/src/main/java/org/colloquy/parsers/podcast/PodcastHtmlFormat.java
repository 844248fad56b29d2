package org.colloquy.parsers.podcast;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.colloquy.format.Format;
import org.colloquy.format.ReadContext;
import org.colloquy.format.Sample;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.Speaker;
import org.colloquy.parsers.common.CleanText;
import org.colloquy.parsers.common.SpeakerRoster;
import org.colloquy.parsers.common.Timecodes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * The {@code podcast-html} format: the Podcasting 2.0 HTML transcript, a flat run of {@code <cite>Name:</cite>},
 * {@code <time>0:00</time>} and {@code <p>…</p>} elements. A name (its trailing {@code :} or {@code " :"} dropped)
 * holds until the next; a time starts the next paragraph. Entities are decoded. Only start times are given, so each
 * segment ends where the next starts.
 */
public final class PodcastHtmlFormat implements Format {

  /** Creates the format; it holds no state. */
  public PodcastHtmlFormat() {}

  @Override
  public String name() {
    return "podcast-html";
  }

  @Override
  public List<String> extensions() {
    return List.of("html", "htm");
  }

  @Override
  public String description() {
    return "Podcasting 2.0 HTML transcript: <cite> speaker, <time> start, <p> text";
  }

  /** Judges by the elements: {@code <cite>} and {@code <time>} before paragraphs. */
  @Override
  public double detect(Sample sample) {
    String head = sample.head().toLowerCase(Locale.ROOT);
    int start = 0;
    while (start < head.length() && Character.isWhitespace(head.charAt(start))) {
      start++;
    }
    if (start == head.length() || head.charAt(start) != '<') {
      return 0;
    }
    boolean cite = head.contains("<cite");
    boolean time = head.contains("<time");
    boolean paragraph = head.contains("<p");
    if (cite && time) {
      return paragraph ? 0.9 : 0.75;
    }
    return cite && paragraph ? 0.55 : 0;
  }

  @Override
  public Episode read(ReadContext context) {
    String text = context.text();
    Document doc = Jsoup.parse(text, "", Parser.htmlParser().setTrackPosition(true));
    SpeakerRoster roster = new SpeakerRoster();
    Episode.Builder episode = Episode.builder();
    Speaker speaker = null;
    Duration time = null;
    for (Element e : doc.select("cite, time, p")) {
      Range.Position at = e.sourceRange().start();
      int line = at.isTracked() ? at.lineNumber() : 1;
      int column = at.isTracked() ? at.columnNumber() : 1;
      String content = CleanText.of(e.text());
      switch (e.tagName()) {
        case "cite" -> {
          String name = content.endsWith(":") ? content.substring(0, content.length() - 1).strip() : content;
          speaker = roster.name(name).orElse(null);
          if (speaker == null) {
            context.note("empty-speaker", "a <cite> with no name; the text after it has no speaker", line, column);
          }
        }
        case "time" -> {
          Optional<Duration> parsed = Timecodes.parse(content);
          if (parsed.isEmpty()) {
            context.warn("bad-time", "<time>" + content + "</time> is not a time such as 1:02:03; ignored", line,
                column);
          }
          time = parsed.orElse(null);
        }
        default -> {
          if (content.isEmpty() || e.parent() != null && e.parent().closest("p") != null) {
            continue;
          }
          episode.addSegment(Segment.builder().speaker(speaker).start(time).text(content)
              .source(context.at(line, column)).build());
          time = null;
        }
      }
    }
    return episode.addSpeakers(roster.speakers()).deriveEndTimes().build();
  }
}
