/**
 * The one input layer: every CSV file the library reads goes through {@link
 * org.sendfunding.model.input.CsvFile} under one set of rules (strict UTF-8 with or without a
 * byte-order mark, LF or CRLF, RFC 4180 quotes, header in any order, header-only the same as empty,
 * {@link org.sendfunding.model.input.CsvLimits}); every number, amount of money, year and date is read
 * by {@link org.sendfunding.model.input.NumberSyntax}; and every problem with any input (CSV, YAML,
 * JSON, properties, a command-line value) is a located {@link org.sendfunding.model.input.Problem},
 * collected by {@link org.sendfunding.model.input.Problems} and thrown as one {@link
 * org.sendfunding.model.input.InputException}.
 *
 * <p>{@link org.sendfunding.model.input.CsvOutput} writes CSV that reads back cell for cell, and
 * {@link org.sendfunding.model.input.LimitedReader} bounds a character stream (for YAML and JSON read
 * by other libraries). The package depends on Guava alone.
 */
@SendStyle
package org.sendfunding.model.input;

import org.sendfunding.model.SendStyle;
