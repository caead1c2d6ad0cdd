/**
 * JSON for the library's public value types: one Jackson {@code ObjectMapper} factory,
 * {@link org.sendfunding.json.SendJson}, that writes and reads send-model's types (money,
 * years, authorities, settings, pupils, DSG blocks, deficit ledgers, safety-valve agreements,
 * explanations) and scenario overlays, so that every value survives write then read unchanged.
 */
@SendStyle
package org.sendfunding.json;

import org.sendfunding.model.SendStyle;
