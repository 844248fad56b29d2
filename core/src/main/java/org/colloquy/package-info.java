/** The facade: {@link org.colloquy.Colloquy}. */
@NullMarked
package org.colloquy;

import org.jspecify.annotations.NullMarked;
