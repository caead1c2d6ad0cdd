/**
 * Reading the cited reference files that send-ehcp ships (bank holidays, statutory periods, the
 * national EHCP series) and that users may replace with their own.
 */
@SendStyle
package org.sendfunding.ehcp.source;

import org.sendfunding.model.SendStyle;
