package org.colloquy.format;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;

/** A stream that hands out one byte per read and supports no mark, as a socket might. */
final class OneByteAtATime extends FilterInputStream {

  OneByteAtATime(byte[] bytes) {
    super(new ByteArrayInputStream(bytes));
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    return super.read(b, off, Math.min(len, 1));
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
