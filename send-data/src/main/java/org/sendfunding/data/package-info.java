/**
 * DfE's published statistics, read from the layouts DfE publishes them in, and the real per-LA
 * tables embedded from them.
 *
 * <p>This module depends on {@code send-model} only. {@code send-ehcp} and {@code send-funding} read
 * its embedded tables; nothing here knows a funding rule.
 */
@SendStyle
package org.sendfunding.data;

import org.sendfunding.model.SendStyle;
