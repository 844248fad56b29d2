package org.colloquy.examples.cli;

/** The exit codes the tool promises; the {@code --help} footer and the README list them. */
final class ExitCodes {

  /** Everything went well. */
  static final int OK = 0;
  /** An input could not be read: missing, unreadable, of no known format, or rejected by {@code --strict}. */
  static final int INPUT = 1;
  /** The command line was wrong: an unknown option, a bad time, a missing argument. */
  static final int USAGE = 2;
  /** {@code grep} found nothing (and every input was read). */
  static final int NO_MATCH = 3;
  /** An output file could not be written. */
  static final int OUTPUT = 4;
  /** A bug in Colloquy: the stack trace goes to stderr. */
  static final int BUG = 70;

  /** The {@code --help} footer of every command. */
  static final String FOOTER = "%nExit codes:%n"
      + "  0   ok%n"
      + "  1   an input could not be read (missing, unknown format, refused by --strict)%n"
      + "  2   usage error (unknown option, bad time, missing argument)%n"
      + "  3   grep found nothing%n"
      + "  4   an output file could not be written%n"
      + "  70  a bug in colloquy (please report it with the stack trace)%n"
      + "Errors go to stderr as file:line:column: message.";

  private ExitCodes() {}
}
