/**
 * Explanations: every figure the engines compute carries a tree saying which rule produced it, from
 * which inputs, with which parameter values (and the date each came into force, and its source).
 *
 * <p>These types live in send-model so that every engine module (funding, EHC plans, accountability)
 * explains itself the same way. They print as indented text and serialise to JSON.
 */
@SendStyle
package org.sendfunding.model.explain;

import org.sendfunding.model.SendStyle;
