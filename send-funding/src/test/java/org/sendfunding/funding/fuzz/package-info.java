/**
 * Jazzer fuzz tests of every loader in send-funding: parameter YAML, overlay (scenario) files,
 * dataset CSVs and local banding files. Seed corpora live under
 * {@code src/test/resources/org/sendfunding/funding/fuzz/<TestClass>Inputs/<method>/}.
 */
package org.sendfunding.funding.fuzz;
