package org.colloquy.parsers.common;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.colloquy.format.ReadOptions;
import org.jspecify.annotations.Nullable;

/**
 * Repairs words damaged when text was extracted from a PDF set in a font with ligatures: the extractor dropped
 * each ligature glyph for one wrong character, so {@code ti} became {@code E} ("arEficial"), {@code ft} became
 * {@code L} ("soLware"), {@code tt} became {@code h} ("prehy"), {@code tti} became {@code i} ("hiing") and
 * {@code tf} became {@code t} ("platorm").
 *
 * <p>The damage is a property of a whole document, so a reader first {@linkplain #examine examines} every word
 * and remembers the proposed repairs, then asks whether the document {@linkplain #damaged() is damaged} and only
 * then applies them. A word is proposed for repair only when it is not a known word itself and exactly one way of
 * undoing the substitutions (at any subset of its suspicious characters) gives a known word; the replacement
 * keeps the word's capitalisation ("UnEl" → "Until"). All-capital words, words with capitals inside that are not
 * suspicious ({@code SynerTek}, {@code DeepMind}) and words with digits are left alone.
 *
 * <p>Known words are the built-in {@link Lexicon#english() English list}, simple derivations of its words
 * ({@code -al}, {@code -ly}, {@code -ive}, {@code multi-}, {@code non-}, …; "convolutional" from "convolution"),
 * and the caller's {@link ReadOptions#extraWords()}. Not thread-safe: one instance serves one read.
 * <b>Internal</b>: shared by the format packages, not part of Colloquy's API.
 */
public final class LigatureRepair {

  /** Suspicious characters and the ligature each stands for. */
  private static final String DAMAGED = "ELhit";

  private static final String[] LIGATURES = {"ti", "ft", "tt", "tti", "tf"};

  /** More suspicious characters than this in one word are not tried: 2^n candidates. */
  private static final int MAX_SUSPECTS = 10;

  private static final String[] SUFFIXES = {"al", "ally", "s", "es", "ly", "able", "ive", "ative", "ists", "ities"};

  private static final String[] PREFIXES = {
    "multi", "non", "neuro", "pre", "un", "re", "sub", "inter", "self", "co", "over", "under", "auto", "counter"
  };

  /** Distinct repairable words needed before a document counts as damaged. */
  private static final int MIN_EVIDENCE = 3;

  private final Lexicon lexicon;
  private final Set<String> extra;
  private final Decided decided = new Decided();
  private final Map<String, String> words = new HashMap<>();
  private final Set<String> unknown = new HashSet<>();
  private final Set<String> repairable = new HashSet<>();
  private int capitalEvidence;

  private LigatureRepair(Lexicon lexicon, Set<String> extraWords) {
    this.lexicon = lexicon;
    this.extra = new HashSet<>();
    for (String w : extraWords) {
      extra.add(Lexicon.fold(w));
    }
  }

  /** A repairer using the built-in English list and the options' {@linkplain ReadOptions#extraWords() extra words}. */
  public static LigatureRepair create(ReadOptions options) {
    return new LigatureRepair(Lexicon.english(), options.extraWords());
  }

  /** A repairer using the given lexicon and extra words. */
  public static LigatureRepair create(Lexicon lexicon, Set<String> extraWords) {
    return new LigatureRepair(lexicon, extraWords);
  }

  /**
   * Examines one blank-free token {@code s[from, to)} (punctuation around it is allowed; hyphenated parts are
   * examined one by one) and returns the whole token repaired, when some part of it is a damaged word with exactly
   * one repair.
   */
  public Optional<String> examine(CharSequence s, int from, int to) {
    return find(s, from, to).map(Repair::replacement);
  }

  /**
   * Like {@link #examine}, with the repair as a whole: the token as written, its replacement and the note that
   * records it. Fast for the common case: a token with no suspicious character, or a known word, costs one scan
   * and at most one lookup, and allocates nothing; a token met before costs a lookup in a table of the tokens
   * decided so far, and allocates nothing either.
   */
  public Optional<Repair> find(CharSequence s, int from, int to) {
    char[] token = new char[to - from];
    for (int k = from; k < to; k++) {
      token[k - from] = s.charAt(k);
    }
    return find(token, 0, token.length);
  }

  /** {@link #find(CharSequence, int, int)} of {@code s[from, to)}, for readers that scan an array. */
  public Optional<Repair> find(char[] s, int from, int to) {
    int start = from;
    while (start < to && !isLetter(s[start])) {
      start++;
    }
    int end = to;
    while (end > start && !isLetter(s[end - 1])) {
      end--;
    }
    if (end - start < 2) {
      return Optional.empty();
    }
    int flags = 0;
    int hash = 0;
    for (int k = start; k < end; k++) {
      char c = s[k];
      if (c < 0x80) {
        flags |= ASCII[c];
        hash = 31 * hash + Lexicon.FOLDED[c];
      } else {
        hash = 31 * hash + Lexicon.foldChar(c);
      }
    }
    if ((flags & CAPITAL) != 0 && !hasCapitalSuspect(s, start + 1, end)) {
      flags &= ~CAPITAL;
    }
    return decide(s, from, to, start, end, flags, Lexicon.mix(hash));
  }

  /**
   * Finds the end of the token that starts at {@code s[from]} in UTF-8 bytes — the first blank (space, tab,
   * no-break space, form feed, vertical tab) or {@code limit} — and {@linkplain #find(char[], int, int) examines}
   * it: the way for a reader that splits a line into words anyway. The token's repair is then
   * {@link #lastRepair()}.
   *
   * <p>Most tokens are short ASCII words that recur all the time, so the scan reads eight bytes at once, finds the
   * first blank among them with a little arithmetic, and remembers each decision by the token's bytes: for a word
   * met before, that one read is all the reading there is.
   */
  public int scan(byte[] s, int from, int limit) {
    int available = limit - from;
    if (from + 8 <= s.length && available > 0) {
      long head = (long) LITTLE_ENDIAN_LONG.get(s, from);
      int length = Math.min(firstBelowBang(head), available);
      if (length < 8) {
        if (length > 0 && (head & ASCII_MASKS[length]) == 0
            && (length == available || isAsciiBlank((byte) (head >>> 8 * length)))) {
          lastRepair = rememberedShort(s, from, head & BYTE_MASKS[length], length);
          return from + length;
        }
      } else if (available > 8 && from + 16 <= s.length && (head & ASCII_MASKS[8]) == 0) {
        long tail = (long) LITTLE_ENDIAN_LONG.get(s, from + 8);
        int rest = Math.min(firstBelowBang(tail), available - 8);
        if (rest < 8 && (tail & ASCII_MASKS[rest]) == 0
            && (rest == available - 8 || isAsciiBlank((byte) (tail >>> 8 * rest)))) {
          lastRepair = rememberedLong(s, from, head, tail & BYTE_MASKS[rest], 8 + rest);
          return from + 8 + rest;
        }
      }
    }
    return scanSlowly(s, from, limit);
  }

  /** The token at {@code s[from]} byte by byte: non-ASCII or control characters, long tokens, the array's end. */
  private int scanSlowly(byte[] s, int from, int limit) {
    boolean ascii = true;
    int k = from;
    for (; k < limit; k++) {
      byte b = s[k];
      if (b >= 0) {
        if (isAsciiBlank(b)) {
          break;
        }
      } else {
        if (b == (byte) 0xC2 && k + 1 < limit && s[k + 1] == (byte) 0xA0) {
          break;
        }
        ascii = false;
      }
    }
    if (ascii) {
      lastRepair = decideAscii(s, from, k);
    } else {
      char[] token = new String(s, from, k - from, StandardCharsets.UTF_8).toCharArray();
      lastRepair = find(token, 0, token.length);
    }
    return k;
  }

  private static boolean isAsciiBlank(byte b) {
    // Tab (9), vertical tab (11), form feed (12) and space (32), as bits of one mask.
    return b >= 0 && b <= ' ' && (BLANK_BITS >>> b & 1) != 0;
  }

  private static final long BLANK_BITS = 1L << '\t' | 1L << 0x0B | 1L << '\f' | 1L << ' ';

  /**
   * The index of the first byte of {@code word} (little-endian) below {@code '!'} — a blank, a control character or
   * nothing — or 8 when there is none. Bytes with the high bit set (UTF-8 beyond ASCII) are never below.
   */
  private static int firstBelowBang(long word) {
    long below = (word - 0x2121212121212121L) & ~word & 0x8080808080808080L;
    // Only the lowest flag is exact (a borrow can flag bytes above it), and only the lowest is used.
    return Long.numberOfTrailingZeros(below) >>> 3;
  }

  /** The low {@code n} bytes of a long, {@code n} from 0 to 8. */
  private static final long[] BYTE_MASKS = new long[9];

  /** The high bit of each of the low {@code n} bytes: set in a non-ASCII byte. */
  private static final long[] ASCII_MASKS = new long[9];

  static {
    for (int n = 0; n <= 8; n++) {
      BYTE_MASKS[n] = n == 8 ? -1L : (1L << 8 * n) - 1;
      ASCII_MASKS[n] = BYTE_MASKS[n] & 0x8080808080808080L;
    }
  }

  private static final VarHandle LITTLE_ENDIAN_LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** {@link #find(char[], int, int)} of ASCII bytes, widened into a scratch array. */
  private Optional<Repair> decideAscii(byte[] s, int from, int to) {
    int n = to - from;
    if (widened.length < n) {
      widened = new char[Math.max(n, widened.length * 2)];
    }
    for (int k = 0; k < n; k++) {
      widened[k] = (char) s[from + k];
    }
    return find(widened, 0, n);
  }

  private char[] widened = new char[64];

  /**
   * The decision for an ASCII token of one to seven bytes, remembered by its bytes. The table is four-way
   * associative, keys beside their decisions in one cache line, so that the few words a text repeats all the time
   * do not evict each other when their hashes meet.
   */
  private Optional<Repair> rememberedShort(byte[] s, int from, long key, int length) {
    int bucket = (int) (key * 0x9E3779B97F4A7C15L >>> (64 - MEMO_BITS)) * (2 * WAYS);
    long[] m = memo;
    if (m[bucket] == key) {
      return decisions[(int) m[bucket + 1]];
    }
    for (int way = bucket + 2; way < bucket + 2 * WAYS; way += 2) {
      if (m[way] == key) {
        return decisions[(int) m[way + 1]];
      }
    }
    Optional<Repair> result = decideAscii(s, from, from + length);
    int way = bucket + 2 * victim(m, bucket, 2);
    m[way] = key;
    m[way + 1] = decisionId(result);
    return result;
  }

  /**
   * The decision for an ASCII token of eight to fifteen bytes, remembered by its bytes in two longs ({@code tail}
   * already cut to the token); rarer than short ones, but each costs several times as much to decide.
   */
  private Optional<Repair> rememberedLong(byte[] s, int from, long head, long tail, int length) {
    int bucket = (int) ((head * 31 + tail) * 0x9E3779B97F4A7C15L >>> (64 - MEMO_BITS)) * (3 * WAYS);
    long[] m = longMemo;
    for (int way = bucket; way < bucket + 3 * WAYS; way += 3) {
      if (m[way] == head && m[way + 1] == tail) {
        return decisions[(int) m[way + 2]];
      }
    }
    Optional<Repair> result = decideAscii(s, from, from + length);
    int way = bucket + 3 * victim(m, bucket, 3);
    m[way] = head;
    m[way + 1] = tail;
    m[way + 2] = decisionId(result);
    return result;
  }

  /** The way of a bucket to fill: the first empty one, else each in turn. */
  private int victim(long[] m, int bucket, int stride) {
    for (int way = 0; way < WAYS; way++) {
      if (m[bucket + way * stride] == 0) {
        return way;
      }
    }
    return evictions++ & (WAYS - 1);
  }

  private int evictions;

  /** The index of {@code decision} in {@link #decisions}, adding it if new; the empty decision is 0. */
  private int decisionId(Optional<Repair> decision) {
    if (decision.isEmpty()) {
      return 0;
    }
    Repair repair = decision.get();
    if (repair.memoId == 0) {
      if (decisionCount == decisions.length) {
        decisions = Arrays.copyOf(decisions, decisionCount * 2);
      }
      decisions[decisionCount] = decision;
      repair.memoId = decisionCount++;
    }
    return repair.memoId;
  }

  /** Buckets of {@link #WAYS} remembered tokens: 8,192 tokens of each kind. */
  private static final int MEMO_BITS = 11;

  private static final int WAYS = 4;

  /** Remembered decisions of short tokens: the token's bytes as a long, then its decision's index. */
  private final long[] memo = new long[(2 * WAYS) << MEMO_BITS];

  /** Remembered decisions of tokens of eight to fifteen bytes: two longs of bytes, then the decision's index. */
  private final long[] longMemo = new long[(3 * WAYS) << MEMO_BITS];

  @SuppressWarnings("unchecked")
  private Optional<Repair>[] decisions = new Optional[] {Optional.empty(), null, null, null, null, null, null, null};

  private int decisionCount = 1;

  /** The repair of the token {@link #scan} read last. */
  public Optional<Repair> lastRepair() {
    return lastRepair;
  }

  private Optional<Repair> lastRepair = Optional.empty();

  /**
   * The repair of the token {@code s[from, to)}, whose letters run over {@code [start, end)} with the given
   * {@code flags} ({@link #CAPITAL} only for a capital inside) and lexicon {@code hash}.
   */
  private Optional<Repair> decide(char[] s, int from, int to, int start, int end, int flags, int hash) {
    if ((flags & SUSPECT) == 0 || (flags & DIGIT_OR_ADDRESS) != 0
        || (flags & DOT) != 0 && dotBeforeLetter(s, start, end)) {
      return Optional.empty();
    }
    if ((flags & CAPITAL) != 0) {
      // "sEll" folds to the word "sell", but no word has a capital inside: look closer.
      return slowPath(s, from, to);
    }
    if ((flags & SEPARATOR) == 0) {
      return lexicon.contains(s, start, end, hash) ? Optional.empty() : slowPath(s, from, to);
    }
    boolean allKnown = true;
    for (int p = start; p < end && allKnown; ) {
      int q = p;
      while (q < end && s[q] != '-' && s[q] != '/') {
        q++;
      }
      allKnown = q - p < 2 || !hasSuspect(s, p, q) || lexicon.contains(s, p, q);
      p = q + 1;
    }
    return allKnown ? Optional.empty() : slowPath(s, from, to);
  }

  private static final byte SUSPECT = 1;
  private static final byte CAPITAL = 2;
  private static final byte SEPARATOR = 4;
  private static final byte DOT = 8;
  private static final byte DIGIT_OR_ADDRESS = 16;

  /** What each ASCII character tells {@link #find(char[], int, int)}. */
  private static final byte[] ASCII = new byte[0x80];

  static {
    for (char c = '0'; c <= '9'; c++) {
      ASCII[c] = DIGIT_OR_ADDRESS;
    }
    ASCII['@'] = DIGIT_OR_ADDRESS;
    ASCII[':'] = DIGIT_OR_ADDRESS;
    ASCII['.'] = DOT;
    ASCII['-'] = SEPARATOR;
    ASCII['/'] = SEPARATOR;
    ASCII['h'] = SUSPECT;
    ASCII['i'] = SUSPECT;
    ASCII['t'] = SUSPECT;
    ASCII['E'] = SUSPECT | CAPITAL;
    ASCII['L'] = SUSPECT | CAPITAL;
  }

  /** A dot followed by a letter: an address or an abbreviation such as "e.g", never repaired. */
  private static boolean dotBeforeLetter(char[] s, int start, int end) {
    for (int k = start; k + 1 < end; k++) {
      if (s[k] == '.' && isLetter(s[k + 1])) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasCapitalSuspect(char[] s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s[k] == 'E' || s[k] == 'L') {
        return true;
      }
    }
    return false;
  }

  /** {@link Character#isLetter}, without its table lookup for ASCII. */
  private static boolean isLetter(char c) {
    return c < 0x80 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c);
  }

  private static boolean hasSuspect(char[] s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (DAMAGED.indexOf(s[k]) >= 0) {
        return true;
      }
    }
    return false;
  }

  private Optional<Repair> slowPath(char[] s, int from, int to) {
    Optional<Repair> known = decided.get(s, from, to);
    if (known != null) {
      return known;
    }
    String token = new String(s, from, to - from);
    Optional<Repair> result = repairToken(token).map(r -> new Repair(token, r));
    decided.put(token, result);
    return result;
  }

  private Optional<String> repairToken(String token) {
    StringBuilder out = new StringBuilder(token.length() + 4);
    boolean changed = false;
    int k = 0;
    while (k < token.length()) {
      if (!Character.isLetter(token.charAt(k))) {
        out.append(token.charAt(k++));
        continue;
      }
      int e = k;
      while (e < token.length() && (Character.isLetter(token.charAt(e)) || isInnerApostrophe(token, e))) {
        e++;
      }
      String word = token.substring(k, e);
      String fixed = repairWord(word);
      changed |= !fixed.equals(word);
      out.append(fixed);
      k = e;
    }
    return changed ? Optional.of(out.toString()) : Optional.empty();
  }

  private static boolean isInnerApostrophe(String s, int i) {
    char c = s.charAt(i);
    return (c == '\'' || c == '\u2019') && i > 0 && i + 1 < s.length() && Character.isLetter(s.charAt(i - 1))
        && Character.isLetter(s.charAt(i + 1));
  }

  private String repairWord(String word) {
    String done = words.get(word);
    if (done == null) {
      done = tryRepair(word);
      words.put(word, done);
    }
    return done;
  }

  private String tryRepair(String word) {
    if (word.length() < 2 || !eligible(word) || !hasInnerCapital(word) && isWord(word)) {
      return word;
    }
    unknown.add(Lexicon.fold(word));
    int[] suspects = new int[MAX_SUSPECTS];
    int n = 0;
    for (int i = 0; i < word.length(); i++) {
      if (DAMAGED.indexOf(word.charAt(i)) >= 0) {
        if (n == MAX_SUSPECTS) {
          return word;
        }
        suspects[n++] = i;
      }
    }
    String found = null;
    for (int mask = 1; mask < 1 << n; mask++) {
      StringBuilder candidate = new StringBuilder(word.length() + 4);
      int next = 0;
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (next < n && suspects[next] == i) {
          if ((mask & 1 << next) != 0) {
            candidate.append(LIGATURES[DAMAGED.indexOf(c)]);
          } else {
            candidate.append(c);
          }
          next++;
        } else {
          candidate.append(c);
        }
      }
      String c = candidate.toString();
      if (isWord(c)) {
        if (found != null && !Lexicon.fold(found).equals(Lexicon.fold(c))) {
          return word;
        }
        found = c;
      }
    }
    if (found == null) {
      return word;
    }
    if (repairable.add(Lexicon.fold(word)) && (word.indexOf('E') >= 0 || word.indexOf('L') >= 0)) {
      capitalEvidence++;
    }
    return found;
  }

  /** A lower-case word with a capital inside ("sEll", "oLen") is not the dictionary word its folding spells. */
  private static boolean hasInnerCapital(String word) {
    for (int i = 1; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * All-capital words (acronyms, labels), and words with capitals inside other than the suspicious {@code E} and
   * {@code L} (camel-case names), were not damaged by a lost lower-case ligature.
   */
  private static boolean eligible(String word) {
    boolean lower = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        lower = true;
      } else if (i > 0 && Character.isUpperCase(c) && c != 'E' && c != 'L') {
        return false;
      }
    }
    return lower;
  }

  /** Whether {@code word} is known: listed, added by the caller, a possessive, or a simple derivation. */
  public boolean isWord(String word) {
    String w = Lexicon.fold(word);
    if (lexicon.contains(w) || extra.contains(w)) {
      return true;
    }
    if (w.endsWith("'s") && w.length() > 3 && known(w.substring(0, w.length() - 2))) {
      return true;
    }
    for (String suffix : SUFFIXES) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
        String stem = w.substring(0, w.length() - suffix.length());
        if (known(stem) || known(stem + "e") || suffix.equals("ly") && known(stem + "y")) {
          return true;
        }
      }
    }
    for (String prefix : PREFIXES) {
      if (w.startsWith(prefix) && w.length() - prefix.length() >= 4 && known(w.substring(prefix.length()))) {
        return true;
      }
    }
    return false;
  }

  private boolean known(String folded) {
    return lexicon.contains(folded) || extra.contains(folded);
  }

  /**
   * Whether the words examined so far show document-wide ligature damage: at least three distinct words have a
   * repair, at least one of them shows the tell-tale capital {@code E} or {@code L} inside a lower-case word, and
   * repairable words are not a small minority of the unknown ones (a text full of names is not damaged text).
   */
  public boolean damaged() {
    return repairable.size() >= MIN_EVIDENCE && capitalEvidence > 0 && repairable.size() * 5 >= unknown.size();
  }

  /** How many distinct words have a repair. */
  public int repairableWords() {
    return repairable.size();
  }

  /** How many distinct unknown words were examined. */
  public int unknownWords() {
    return unknown.size();
  }

  /** A damaged token, its repair, and the note that records it; made by one repairer, for one read. */
  public static final class Repair {
    private final String original;
    private final String replacement;
    private final byte[] originalUtf8;
    private final byte[] replacementUtf8;
    private @Nullable String note;
    /** Where the repairer that made this repair remembers it; 0 until it does. Not part of the value. */
    int memoId;

    Repair(String original, String replacement) {
      this.original = original;
      this.replacement = replacement;
      this.originalUtf8 = original.getBytes(StandardCharsets.UTF_8);
      this.replacementUtf8 = replacement.getBytes(StandardCharsets.UTF_8);
    }

    /** The token as written. */
    public String original() {
      return original;
    }

    /** The token repaired. */
    public String replacement() {
      return replacement;
    }

    /** The token as written, in UTF-8, for readers that splice bytes; shared, not to be changed. */
    public byte[] originalUtf8() {
      return originalUtf8;
    }

    /** The token repaired, in UTF-8, for readers that splice bytes; shared, not to be changed. */
    public byte[] replacementUtf8() {
      return replacementUtf8;
    }

    /** {@code repaired "arEficial" to "artificial"}: one message, shared by every place the token occurs. */
    public String note() {
      String n = note;
      if (n == null) {
        n = "repaired \"" + original + "\" to \"" + replacement + "\"";
        note = n;
      }
      return n;
    }

    @Override
    public String toString() {
      return original + " → " + replacement;
    }
  }

  /**
   * The decision for each token taken the slow way, looked up by a range of characters so that a token met again
   * (a damaged word recurs throughout a document) costs no string.
   */
  private static final class Decided {
    private String[] keys = new String[256];
    @SuppressWarnings("unchecked")
    private Optional<Repair>[] values = new Optional[256];
    private int size;

    @Nullable Optional<Repair> get(char[] s, int from, int to) {
      int n = to - from;
      int mask = keys.length - 1;
      for (int i = hash(s, from, to) & mask; ; i = (i + 1) & mask) {
        String k = keys[i];
        if (k == null) {
          return null;
        }
        if (k.length() == n && same(k, s, from)) {
          return values[i];
        }
      }
    }

    void put(String key, Optional<Repair> value) {
      if (2 * (size + 1) > keys.length) {
        String[] oldKeys = keys;
        Optional<Repair>[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        @SuppressWarnings("unchecked")
        Optional<Repair>[] grown = new Optional[oldKeys.length * 2];
        values = grown;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
          if (oldKeys[i] != null) {
            put(oldKeys[i], oldValues[i]);
          }
        }
      }
      int mask = keys.length - 1;
      int i = hash(key) & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = key;
      values[i] = value;
      size++;
    }

    private static boolean same(String k, char[] s, int from) {
      for (int j = 0; j < k.length(); j++) {
        if (k.charAt(j) != s[from + j]) {
          return false;
        }
      }
      return true;
    }

    private static int hash(char[] s, int from, int to) {
      int h = 0;
      for (int k = from; k < to; k++) {
        h = 31 * h + s[k];
      }
      return h ^ (h >>> 16);
    }

    private static int hash(String s) {
      int h = 0;
      for (int k = 0; k < s.length(); k++) {
        h = 31 * h + s.charAt(k);
      }
      return h ^ (h >>> 16);
    }
  }
}
