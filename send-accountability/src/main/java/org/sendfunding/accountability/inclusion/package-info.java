/**
 * Inclusion indicators: how a school's intake and leavers compare with its local authority's.
 */
@SendStyle
package org.sendfunding.accountability.inclusion;

import org.sendfunding.model.SendStyle;
