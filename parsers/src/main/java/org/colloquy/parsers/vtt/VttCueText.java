package org.colloquy.parsers.vtt;

import java.util.ArrayList;
import java.util.List;

/**
 * The WebVTT cue text parsing rules: the tokeniser (data, tag, start tag, class, annotation, end tag and
 * timestamp states, with HTML character references) and the tree construction that decides which tags open,
 * close or are ignored. The tree is reported to a {@link Handler} as it is built, so that a caller who wants
 * only clean text and voices builds nothing else.
 */
final class VttCueText {

  static final int CLASS = 1;
  static final int ITALIC = 2;
  static final int BOLD = 3;
  static final int UNDERLINE = 4;
  static final int RUBY = 5;
  static final int RUBY_TEXT = 6;
  static final int VOICE = 7;
  static final int LANGUAGE = 8;

  private static final int DATA = 0;
  private static final int TAG = 1;
  private static final int START_TAG = 2;
  private static final int START_TAG_CLASS = 3;
  private static final int START_TAG_ANNOTATION = 4;
  private static final int END_TAG = 5;
  private static final int TIMESTAMP_TAG = 6;

  private static final int STRING_TOKEN = 0;
  private static final int START_TOKEN = 1;
  private static final int END_TOKEN = 2;
  private static final int TIMESTAMP_TOKEN = 3;

  /** Receives the cue text tree in document order. */
  interface Handler {
    /** An element opens; {@code annotation} is the voice's name or the language tag, else empty. */
    void start(int kind, List<String> classes, String annotation);

    /** The innermost open element closes. */
    void end(int kind);

    /** A text node in the innermost open element. */
    void text(String text);

    /** A timestamp node. */
    void timestamp(double seconds, long millis);
  }

  private final StringBuilder result = new StringBuilder();
  private final StringBuilder buffer = new StringBuilder();
  private final List<String> classes = new ArrayList<>(2);
  private final VttTime time = new VttTime();
  private int[] open = new int[8];

  /** A parser whose buffers are reused from one cue to the next; not thread-safe. */
  VttCueText() {}

  /** Parses a cue's payload, reporting its tree to {@code handler}. */
  static void parse(String input, Handler handler) {
    new VttCueText().run(input, 0, input.length(), handler);
  }

  /** Parses the payload {@code input[from, to)}, reporting its tree to {@code handler}. */
  void run(String input, int from, int to, Handler handler) {
    int n = to;
    int pos = from;
    int depth = 0;
    while (pos < n) {
      result.setLength(0);
      buffer.setLength(0);
      classes.clear();
      int state = DATA;
      int token;
      tokenize:
      while (true) {
        int c = pos < n ? input.charAt(pos) : -1;
        switch (state) {
          case DATA:
            if (c == '&') {
              pos = VttEntities.consume(input, pos, n, result, -1);
              continue;
            }
            if (c == '<') {
              if (result.length() > 0) {
                token = STRING_TOKEN;
                break tokenize;
              }
              state = TAG;
            } else if (c == -1) {
              token = STRING_TOKEN;
              break tokenize;
            } else {
              result.append((char) c);
            }
            break;
          case TAG:
            if (c == '\t' || c == '\n' || c == '\f' || c == ' ') {
              state = START_TAG_ANNOTATION;
            } else if (c == '.') {
              state = START_TAG_CLASS;
            } else if (c == '/') {
              state = END_TAG;
            } else if (c >= '0' && c <= '9') {
              result.append((char) c);
              state = TIMESTAMP_TAG;
            } else if (c == '>') {
              pos++;
              token = START_TOKEN;
              break tokenize;
            } else if (c == -1) {
              token = START_TOKEN;
              break tokenize;
            } else {
              result.append((char) c);
              state = START_TAG;
            }
            break;
          case START_TAG:
            if (c == '\t' || c == '\f' || c == ' ') {
              state = START_TAG_ANNOTATION;
            } else if (c == '\n') {
              buffer.append('\n');
              state = START_TAG_ANNOTATION;
            } else if (c == '.') {
              state = START_TAG_CLASS;
            } else if (c == '>') {
              pos++;
              token = START_TOKEN;
              break tokenize;
            } else if (c == -1) {
              token = START_TOKEN;
              break tokenize;
            } else {
              result.append((char) c);
            }
            break;
          case START_TAG_CLASS:
            if (c == '\t' || c == '\f' || c == ' ') {
              classes.add(buffer.toString());
              buffer.setLength(0);
              state = START_TAG_ANNOTATION;
            } else if (c == '\n') {
              classes.add(buffer.toString());
              buffer.setLength(0);
              buffer.append('\n');
              state = START_TAG_ANNOTATION;
            } else if (c == '.') {
              classes.add(buffer.toString());
              buffer.setLength(0);
            } else if (c == '>' || c == -1) {
              if (c == '>') {
                pos++;
              }
              classes.add(buffer.toString());
              buffer.setLength(0);
              token = START_TOKEN;
              break tokenize;
            } else {
              buffer.append((char) c);
            }
            break;
          case START_TAG_ANNOTATION:
            if (c == '&') {
              pos = VttEntities.consume(input, pos, n, buffer, '>');
              continue;
            }
            if (c == '>' || c == -1) {
              if (c == '>') {
                pos++;
              }
              token = START_TOKEN;
              break tokenize;
            }
            buffer.append((char) c);
            break;
          case END_TAG:
          case TIMESTAMP_TAG:
            if (c == '>' || c == -1) {
              if (c == '>') {
                pos++;
              }
              token = state == END_TAG ? END_TOKEN : TIMESTAMP_TOKEN;
              break tokenize;
            }
            result.append((char) c);
            break;
          default:
            throw new AssertionError(state);
        }
        pos++;
      }
      int current = depth == 0 ? 0 : open[depth - 1];
      switch (token) {
        case STRING_TOKEN:
          if (result.length() > 0) {
            handler.text(result.toString());
          }
          break;
        case START_TOKEN: {
          int kind = kind(result);
          if (kind == RUBY_TEXT && current != RUBY || kind == 0) {
            break;
          }
          String annotation = kind == VOICE || kind == LANGUAGE ? collapse(buffer) : "";
          if (depth == open.length) {
            open = java.util.Arrays.copyOf(open, depth * 2);
          }
          open[depth++] = kind;
          handler.start(kind, classes, annotation);
          break;
        }
        case END_TOKEN: {
          int kind = kind(result);
          if (kind != 0 && kind == current) {
            depth--;
            handler.end(kind);
          } else if (kind == RUBY && current == RUBY_TEXT) {
            depth -= 2;
            handler.end(RUBY_TEXT);
            handler.end(RUBY);
          }
          break;
        }
        default:
          if (time.collectAll(result)) {
            handler.timestamp(time.seconds, time.millis);
          }
          break;
      }
    }
  }

  private static int kind(CharSequence name) {
    switch (name.length()) {
      case 1:
        switch (name.charAt(0)) {
          case 'c':
            return CLASS;
          case 'i':
            return ITALIC;
          case 'b':
            return BOLD;
          case 'u':
            return UNDERLINE;
          case 'v':
            return VOICE;
          default:
            return 0;
        }
      case 2:
        return name.charAt(0) == 'r' && name.charAt(1) == 't' ? RUBY_TEXT : 0;
      case 4:
        return "ruby".contentEquals(name) ? RUBY : "lang".contentEquals(name) ? LANGUAGE : 0;
      default:
        return 0;
    }
  }

  /** Strips ASCII whitespace from both ends and collapses runs of it to one space, as the tokeniser requires. */
  private static String collapse(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
