/**
 * {@code bin/send-data}: the command that imports DfE's published files into the tidy tables the
 * library embeds ({@link org.sendfunding.examples.data.SendData}).
 */
package org.sendfunding.examples.data;
