/**
 * Where pupils with SEND are educated: the kinds of setting that high-needs funding distinguishes
 * (mainstream, resourced provision, special schools of each kind, alternative provision, further
 * education, early years) and individual settings with their places.
 */
@SendStyle
package org.sendfunding.model.setting;

import org.sendfunding.model.SendStyle;
