package org.colloquy.parsers.text;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.colloquy.format.Format;
import org.colloquy.format.ReadContext;
import org.colloquy.format.Sample;
import org.colloquy.format.WriteOptions;
import org.colloquy.model.Episode;
import org.colloquy.parsers.common.SpeakerLabels;

/**
 * Speaker-labelled plain-text transcripts ({@code labeled-text}): a label, often a time, then what was said. Reads
 * the layouts people and tools produce — {@code NAME:<TAB> MM:SS<TAB> text} as extracted from PDFs, Otter.ai
 * ({@code Name  0:05} above the text), Rev ({@code Name (00:01:02):}), {@code [00:01:02] Name: text},
 * {@code [01:02] - Name: text}, {@code 00:01:02 Name: text}, {@code Name [01:02]: text}, {@code [Name]: text},
 * WhisperX ({@code [SPEAKER_00]: text}), Markdown ({@code **Name:** text}, with {@code \[00:07:18.16\]} times),
 * plain {@code Name: text} scripts and Q/A interviews.
 *
 * <p>Speaker labels are recognised by evidence across the document (see {@link SpeakerLabels}); unlabelled
 * paragraphs continue the turn before them; lines that only name a sound ({@code MUSIC INTERLUDE},
 * {@code [Laughter]}) become non-speech segments; links alone on a line become references of the segment they
 * interrupt; words split by a line-end hyphen are rejoined; text that lost its ligatures in PDF extraction is
 * repaired (see {@link org.colloquy.parsers.common.LigatureRepair}). Writes the {@code [HH:MM:SS] Name: text}
 * layout.
 */
public final class LabeledTextFormat implements Format {

  /** The format's name. */
  public static final String NAME = "labeled-text";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> extensions() {
    return List.of("txt", "md", "text");
  }

  @Override
  public String description() {
    return "speaker-labelled text transcripts (PDF extracts, Otter, Rev, WhisperX, Markdown, scripts, Q/A)";
  }

  @Override
  public double detect(Sample sample) {
    return Detection.score(sample);
  }

  @Override
  public Episode read(ReadContext context) {
    return new LabeledTextReader(context).read();
  }

  @Override
  public boolean canWrite() {
    return true;
  }

  /** Writes one line per segment, {@code [HH:MM:SS] Name: text}, with a blank line between segments. */
  @Override
  public void write(Episode episode, Writer out, WriteOptions options) throws IOException {
    LabeledTextWriter.write(episode, out);
  }

  @Override
  public String toString() {
    return NAME;
  }
}
