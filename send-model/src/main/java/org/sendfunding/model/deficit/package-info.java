/**
 * DSG deficits: each LA's ledger of high-needs income and spend over years, the statutory override
 * that keeps a DSG deficit off the council's general fund, and safety-valve agreements with DfE.
 */
@SendStyle
package org.sendfunding.model.deficit;

import org.sendfunding.model.SendStyle;
