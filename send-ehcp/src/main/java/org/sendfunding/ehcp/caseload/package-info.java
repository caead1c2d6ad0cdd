/**
 * Measures over many EHC cases in the style of the DfE statistics (timeliness of new plans including and excluding exceptions, requests, assessments, plans issued and ceased, review timeliness) compared with the national series.
 */
@SendStyle
package org.sendfunding.ehcp.caseload;

import org.sendfunding.model.SendStyle;
