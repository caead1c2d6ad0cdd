/**
 * JSON for the library's public value types: one Jackson {@code ObjectMapper} factory,
 * {@link org.sendfunding.json.SendJson}, that writes and reads every value type of send-model,
 * send-ehcp, send-funding and send-accountability (money, years, authorities, pupils, EHC plans and
 * timelines, accountability results, funding datasets, scenarios, engine results with their
 * explanations), so that every value survives write then read unchanged.
 */
package org.sendfunding.json;
