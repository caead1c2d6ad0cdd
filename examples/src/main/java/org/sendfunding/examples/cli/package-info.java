/**
 * What every command of the examples shares: one way to fail (a {@link org.sendfunding.examples.cli.UserError}
 * or a located {@link org.sendfunding.model.input.InputException}, ending in one line and exit code 2),
 * input files checked before they are read, output written to a temporary folder and moved into
 * place, local authority names checked against the register, and the runnable jar's dispatcher.
 */
package org.sendfunding.examples.cli;
