/**
 * A school leader's report: the school's SEN funding gap, pupil by pupil and in total, from a CSV of
 * its SEN pupils and their provision costs, written up as evidence a head teacher can send to the
 * local authority or an MP.
 */
package org.sendfunding.examples.school;
