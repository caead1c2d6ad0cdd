/**
 * Runnable, tested examples: reports, scenarios and JShell scripts.
 */
package org.sendfunding.examples;
