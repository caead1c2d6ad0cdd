/**
 * England and Wales bank holidays as cited data, and working-day arithmetic over them.
 */
@SendStyle
package org.sendfunding.ehcp.calendar;

import org.sendfunding.model.SendStyle;
