/**
 * The format SPI: a {@link org.colloquy.format.Format} reads (and perhaps writes) one kind of file; a
 * {@link org.colloquy.format.FormatRegistry} finds formats through {@link java.util.ServiceLoader} and picks one
 * by content. A third party adds a format by listing its class in
 * {@code META-INF/services/org.colloquy.format.Format} and putting its jar on the class-path.
 */
@NullMarked
package org.colloquy.format;

import org.jspecify.annotations.NullMarked;
