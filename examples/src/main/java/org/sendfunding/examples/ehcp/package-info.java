/**
 * {@code bin/send-ehcp-deadlines}: every statutory deadline of each case in a caseload CSV, the
 * deadlines missed and the share of new plans issued within 20 weeks, by send-ehcp's
 * {@link org.sendfunding.ehcp.timeline.TimelineEngine} and
 * {@link org.sendfunding.ehcp.caseload.CaseloadMeasures}.
 */
package org.sendfunding.examples.ehcp;
