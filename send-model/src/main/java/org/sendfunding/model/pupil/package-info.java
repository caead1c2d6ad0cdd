/**
 * Pupils with special educational needs, described as the school census describes them: SEN provision
 * (E, K, N), primary and secondary need type (13 codes in four broad areas), national curriculum year,
 * free school meals, home LA and setting.
 */
@SendStyle
package org.sendfunding.model.pupil;

import org.sendfunding.model.SendStyle;
