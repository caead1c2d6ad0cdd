/**
 * The statutory timeline of an EHC needs assessment and plan: statutory periods as data, the events of a case, and the engine that computes every deadline, whether it was met and by how many days it was missed.
 */
@SendStyle
package org.sendfunding.ehcp.timeline;

import org.sendfunding.model.SendStyle;
