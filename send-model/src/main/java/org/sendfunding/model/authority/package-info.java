/**
 * England's 153 local authorities (LAs) with education and children's services duties, identified by
 * their DfE three-digit code and their ONS code, grouped by region.
 *
 * <p>The embedded register is a copy of DfE's code lookup ({@code dfeR}, {@code old_la_codes.csv})
 * as it stands since 1 April 2023.
 */
@SendStyle
package org.sendfunding.model.authority;

import org.sendfunding.model.SendStyle;
