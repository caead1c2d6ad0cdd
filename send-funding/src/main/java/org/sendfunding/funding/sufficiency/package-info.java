/**
 * Sufficiency: whether each local authority (LA) has enough specialist support services and
 * specialist places, what the shortfall costs, and what investment would close it.
 *
 * <p>Two models share the package. The <b>services</b> model turns the EHC needs-assessment demand
 * into a seeded queue for professional advice (every assessment needs psychological advice, SEND
 * Regulations 2014 reg 6(1)(d); advice is due within 6 weeks, reg 8), reports the waiting-time
 * distribution and feeds it through the send-ehcp {@code TimelineEngine} to the share of plans
 * issued within 20 weeks (reg 13(2)). The <b>places</b> model sets projected demand for specialist
 * places against supply and capital programmes, applies the overflow rule, prices the placement mix
 * and passes it through the deficit projection. {@link org.sendfunding.funding.sufficiency.DemandProjections}
 * connects a send-ehcp demand projection to the funding scenarios.
 */
@SendStyle
package org.sendfunding.funding.sufficiency;

import org.sendfunding.model.SendStyle;
