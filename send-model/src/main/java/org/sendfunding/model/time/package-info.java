/**
 * The years that funding and statistics are counted in: the financial year (1 April to 31 March,
 * printed "2025-26") for money, and the academic year (1 September to 31 August, printed "2024/25")
 * for pupils, EHC plans and the January school census.
 */
@SendStyle
package org.sendfunding.model.time;

import org.sendfunding.model.SendStyle;
