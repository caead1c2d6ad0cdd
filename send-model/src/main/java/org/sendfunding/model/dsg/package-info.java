/**
 * The Dedicated Schools Grant (DSG): the ring-fenced grant from DfE to each LA in four blocks
 * (schools, central school services, high needs, early years), and transfers between blocks.
 */
@SendStyle
package org.sendfunding.model.dsg;

import org.sendfunding.model.SendStyle;
