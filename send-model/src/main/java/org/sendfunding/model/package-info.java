/**
 * Immutable value types for the SEND funding model: the nouns of high-needs funding in England.
 *
 * <p>This module knows no funding rules. It holds money, years, local authorities, settings, pupils,
 * need types, Dedicated Schools Grant (DSG) blocks and deficit ledgers, each validated at
 * construction. Rules that decide amounts live in {@code send-funding} as dated, cited parameters.
 */
package org.sendfunding.model;
