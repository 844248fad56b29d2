/**
 * The {@code colloquy} command-line tool: {@link org.colloquy.examples.cli.Main} and its commands, built on
 * picocli and packaged as one executable jar. Everything but {@code Main} is internal.
 */
@NullMarked
package org.colloquy.examples.cli;

import org.jspecify.annotations.NullMarked;
