/**
 * {@code bin/send-backtest}: the calibrated EHC plan projection back-tested on England's published
 * per-LA figures, written as docs/backtest.md, a CSV of every LA and a PNG chart. Not a published API.
 */
package org.sendfunding.examples.backtest;
