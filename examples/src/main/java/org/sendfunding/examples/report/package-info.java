/**
 * Writing report output: aligned tables for the terminal, CSV files and PNG charts.
 */
package org.sendfunding.examples.report;
