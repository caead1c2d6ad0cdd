/**
 * Schools ranked under several measures side by side, with rank correlations and the schools that
 * move most.
 */
@SendStyle
package org.sendfunding.accountability.comparison;

import org.sendfunding.model.SendStyle;
