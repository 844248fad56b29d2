package org.colloquy.parsers.common;

import org.colloquy.format.ReadContext;

/**
 * A text's characters one byte each at the same indexes: Latin-1 characters as themselves, any other as
 * {@code '?'}. Line ends, blanks, digits and markup read the same in it as in the text, so a reader can test its
 * structure on an array, where {@link String#charAt} costs several times as much per character. Free for ASCII
 * text, whose UTF-8 is exactly that. <b>Internal.</b>
 */
public final class Latin1View {

  private Latin1View() {}

  /** The view of {@code context.text()}. */
  public static byte[] of(ReadContext context) {
    String text = context.text();
    byte[] utf8 = context.textUtf8();
    // UTF-8 takes more bytes than characters exactly when some character is not ASCII.
    return utf8.length == text.length() ? utf8 : of(text);
  }

  /** The view of {@code text}. */
  public static byte[] of(String text) {
    // Not String.getBytes(ISO_8859_1): it writes one '?' for a surrogate pair, which would shift every index after.
    int n = text.length();
    byte[] view = new byte[n];
    char[] chunk = new char[Math.min(n, 8192)];
    for (int from = 0; from < n; from += chunk.length) {
      int count = Math.min(chunk.length, n - from);
      text.getChars(from, from + count, chunk, 0);
      for (int i = 0; i < count; i++) {
        char c = chunk[i];
        view[from + i] = c < 0x100 ? (byte) c : (byte) '?';
      }
    }
    return view;
  }
}
