/**
 * Dedicated Schools Grant (DSG) deficits: multi-year projection of an LA's high-needs income against
 * spend, the statutory override, safety-valve instalments and government write-off policies.
 */
@SendStyle
package org.sendfunding.funding.deficit;

import org.sendfunding.model.SendStyle;
