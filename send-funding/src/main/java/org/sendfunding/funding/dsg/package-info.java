/**
 * The Dedicated Schools Grant (DSG): an LA's four blocks for a year, and the rule for moving money
 * from the schools block to another block (0.5% with schools forum approval; otherwise a
 * disapplication request to the Secretary of State).
 */
@SendStyle
package org.sendfunding.funding.dsg;

import org.sendfunding.model.SendStyle;
