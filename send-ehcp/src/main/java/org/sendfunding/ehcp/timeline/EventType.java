package org.sendfunding.ehcp.timeline;

/**
 * The kinds of event in the history of an EHC needs assessment and plan.
 *
 * <p>The request itself is not an event: it is {@link EhcpCase#requestReceived()}, the day from which
 * the 6-, 16- and 20-week periods run. Events marked appealable start the 2-month appeal period
 * (decisions not to assess, not to issue a plan, to cease, and the issue of a final or amended plan).
 */
public enum EventType {
  /** The LA decided to carry out an EHC needs assessment. */
  DECISION_TO_ASSESS(false),
  /** The LA decided not to assess (appealable). */
  DECISION_NOT_TO_ASSESS(true),
  /** The LA asked a professional for advice for the assessment (matched in order with {@link #ADVICE_RECEIVED}). */
  ADVICE_REQUESTED(false),
  /** Requested advice was received. */
  ADVICE_RECEIVED(false),
  /** The LA served the draft plan. */
  DRAFT_SERVED(false),
  /** The LA notified a decision not to secure a plan after assessment (appealable). */
  DECISION_NOT_TO_ISSUE(true),
  /** The final plan was issued (appealable: sections B, F and I). */
  FINAL_ISSUED(true),
  /** The invitation to a review meeting was sent and advice circulated. */
  REVIEW_NOTICE_SENT(false),
  /** An annual review meeting was held. */
  REVIEW_MEETING(false),
  /** The report of a review meeting was sent. */
  REVIEW_REPORT_SENT(false),
  /** The LA notified its decision after a review: maintain, amend or cease. */
  REVIEW_DECISION(false),
  /** The LA sent proposals to amend the plan. */
  AMENDMENT_PROPOSED(false),
  /** The amended plan was issued (appealable). */
  AMENDED_PLAN_ISSUED(true),
  /** A re-assessment was requested. */
  REASSESSMENT_REQUESTED(false),
  /** The plan was amended naming the setting for a phase transfer. */
  TRANSFER_PLAN_AMENDED(false),
  /** The parent or young person told the mediation adviser mediation is not wanted. */
  MEDIATION_DECLINED(false),
  /** The parent or young person asked for mediation. */
  MEDIATION_REQUESTED(false),
  /** A mediation meeting took place. */
  MEDIATION_HELD(false),
  /** The mediation certificate was issued. */
  MEDIATION_CERTIFICATE(false),
  /** An appeal was registered with the SEND Tribunal. */
  APPEAL_REGISTERED(false),
  /** The SEND Tribunal ordered the LA to carry out an EHC needs assessment. */
  TRIBUNAL_ORDER_TO_ASSESS(false),
  /** The SEND Tribunal ordered the LA to make and maintain a plan. */
  TRIBUNAL_ORDER_TO_MAKE_PLAN(false),
  /** The LA decided to cease the plan (appealable). */
  PLAN_CEASED(true);

  private final boolean appealable;

  EventType(boolean appealable) {
    this.appealable = appealable;
  }

  /** Whether the event is a decision that can be appealed to the SEND Tribunal. */
  public boolean isAppealable() {
    return appealable;
  }
}
