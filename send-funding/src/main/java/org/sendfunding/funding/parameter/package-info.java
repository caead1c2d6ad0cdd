/**
 * Rules as data: dated, cited parameter values loaded from YAML, looked up by the date in force, and
 * overridden by scenario overlays that are validated in full before use.
 *
 * <p>Each rate, threshold, floor and date used by the funding engines is a {@link
 * org.sendfunding.funding.parameter.Parameter} with a path such as {@code highneeds.nff.floor}, a
 * {@link org.sendfunding.funding.parameter.ParameterUnit}, dated values, whether it is verified
 * against a primary source, and its references. {@link
 * org.sendfunding.funding.parameter.ParameterSet#defaults()} holds the values shipped with this
 * library.
 */
@SendStyle
package org.sendfunding.funding.parameter;

import org.sendfunding.model.SendStyle;
