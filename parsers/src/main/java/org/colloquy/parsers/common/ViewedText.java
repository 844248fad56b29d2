package org.colloquy.parsers.common;

import java.nio.charset.StandardCharsets;
import org.colloquy.format.ReadContext;
import org.jspecify.annotations.Nullable;

/**
 * A read's whole text with its {@linkplain Latin1View Latin-1 view}. When the source is plain ASCII the view is
 * the text, byte for byte, and the text is made into a {@link String} only if a rare path asks for one: a caption
 * reader then copies out just the parts it keeps. One read, not thread-safe. <b>Internal.</b>
 */
public final class ViewedText {

  private final byte[] view;
  private final boolean ascii;
  private final @Nullable ReadContext context;
  private @Nullable String text;

  private ViewedText(byte[] view, boolean ascii, @Nullable ReadContext context, @Nullable String text) {
    this.view = view;
    this.ascii = ascii;
    this.context = context;
    this.text = text;
  }

  /** The text of {@code context}, as bytes alone when {@link ReadContext#asciiText()} gives them. */
  public static ViewedText of(ReadContext context) {
    byte[] ascii = context.asciiText().orElse(null);
    return ascii != null ? new ViewedText(ascii, true, context, null)
        : new ViewedText(Latin1View.of(context), false, null, context.text());
  }

  /** {@code text} and its view. */
  public static ViewedText of(String text) {
    return new ViewedText(Latin1View.of(text), false, null, text);
  }

  /** The view: one byte per character at the text's indexes. Read it, never change it. */
  public byte[] view() {
    return view;
  }

  /** The number of characters. */
  public int length() {
    return view.length;
  }

  /** Whether the view is the text itself: every character ASCII. */
  public boolean ascii() {
    return ascii;
  }

  /** The whole text, made on first use when the source was ASCII bytes. */
  public String text() {
    String whole = text;
    if (whole == null) {
      whole = context != null ? context.text() : new String(view, StandardCharsets.ISO_8859_1);
      text = whole;
    }
    return whole;
  }

  /** The text as characters, for code written for any: a String of ASCII bytes is not made for it. */
  public CharSequence chars() {
    if (text != null || !ascii) {
      return text();
    }
    CharSequence c = chars;
    if (c == null) {
      c = new AsciiChars(view, 0, view.length);
      chars = c;
    }
    return c;
  }

  private @Nullable CharSequence chars;

  /** The characters {@code [from, to)}, copied from wherever they are at hand. */
  public String substring(int from, int to) {
    return ascii ? new String(view, from, to - from, StandardCharsets.ISO_8859_1) : text().substring(from, to);
  }

  /** The character at {@code i}. */
  public char charAt(int i) {
    return ascii ? (char) view[i] : text().charAt(i);
  }

  /** ASCII bytes read as characters. */
  private static final class AsciiChars implements CharSequence {
    private final byte[] bytes;
    private final int from;
    private final int to;

    AsciiChars(byte[] bytes, int from, int to) {
      this.bytes = bytes;
      this.from = from;
      this.to = to;
    }

    @Override
    public int length() {
      return to - from;
    }

    @Override
    public char charAt(int index) {
      if (index < 0 || index >= to - from) {
        throw new IndexOutOfBoundsException(index);
      }
      return (char) bytes[from + index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      if (start < 0 || start > end || end > to - from) {
        throw new IndexOutOfBoundsException("[" + start + ", " + end + ") of " + (to - from));
      }
      return new AsciiChars(bytes, from + start, from + end);
    }

    @Override
    public String toString() {
      return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }
  }
}
