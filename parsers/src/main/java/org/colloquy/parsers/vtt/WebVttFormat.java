package org.colloquy.parsers.vtt;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.colloquy.format.Format;
import org.colloquy.format.ReadContext;
import org.colloquy.format.Sample;
import org.colloquy.format.WriteOptions;
import org.colloquy.model.Episode;

/**
 * WebVTT captions ({@code .vtt}), as Zoom, Teams, YouTube, Whisper and Podcasting 2.0 transcripts use them.
 *
 * <p>Reading follows the WHATWG/W3C WebVTT parsing algorithm; each cue becomes a segment whose text is the cue
 * text without markup, with character references decoded. The speaker comes from a voice span
 * ({@code <v Name>}), else a {@code Name:} or {@code [SPEAKER_00]:} prefix, else a cue identifier shaped like a
 * name, else (by default, see {@code ReadOptions.speakerCarry()}) the previous cue's speaker. Cue settings are
 * kept in {@code Segment.attributes()}; the header, regions, NOTE and STYLE blocks in the episode's metadata
 * ({@code vtt.header}, {@code vtt.region.ID}, {@code vtt.note.N}, {@code vtt.style.N}). YouTube's word-timed
 * captions give {@code Segment.words()} and their rolling repeated lines are dropped. Timestamps that break the
 * spec (no hours with one-digit minutes, a comma, a fraction of other than three digits) are read with a warning;
 * strict reading rejects them.
 *
 * <p>Write options: {@code speakerOnChangeOnly} (false: a voice span on every cue), {@code maxLineLength} (42),
 * {@code maxLines} (2) and {@code maxCueSeconds} (7) for splitting long segments into cues.
 */
public final class WebVttFormat implements Format {

  @Override
  public String name() {
    return "vtt";
  }

  @Override
  public List<String> extensions() {
    return List.of("vtt");
  }

  @Override
  public String description() {
    return "WebVTT captions (Zoom, Teams, YouTube, Whisper, Podcasting 2.0)";
  }

  @Override
  public double detect(Sample sample) {
    String head = sample.head();
    if (head.startsWith("\uFEFF")) {
      head = head.substring(1);
    }
    if (VttParser.hasSignature(head)) {
      return 0.95;
    }
    return head.regionMatches(true, 0, "WEBVTT", 0, 6) ? 0.3 : 0;
  }

  @Override
  public Episode read(ReadContext context) {
    return new VttReader(context).read();
  }

  @Override
  public boolean canWrite() {
    return true;
  }

  @Override
  public void write(Episode episode, Writer out, WriteOptions options) throws IOException {
    new VttWriter(options).write(episode, out);
  }
}
