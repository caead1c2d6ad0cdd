/**
 * EHC plans (education, health and care plans) as SEND Regulations 2014 reg 12 sets out their sections A to K, the cost of the provision they specify by responsible body, and the cost shifted to schools when health or social care provision is not secured.
 */
@SendStyle
package org.sendfunding.ehcp.plan;

import org.sendfunding.model.SendStyle;
