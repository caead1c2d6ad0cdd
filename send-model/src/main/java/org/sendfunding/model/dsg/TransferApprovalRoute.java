package org.sendfunding.model.dsg;

/**
 * Who must agree a transfer out of the schools block.
 *
 * <p>Up to the limit (0.5% of the schools block in the operational guide) the schools forum can agree
 * it; above the limit, or if the forum refuses, the LA must ask the Secretary of State to disapply
 * the limit.
 */
public enum TransferApprovalRoute {
  /** Within the limit and agreed by the schools forum. */
  SCHOOLS_FORUM,
  /** Above the limit, or refused by the forum: a disapplication request to the Secretary of State. */
  DISAPPLICATION_REQUEST
}
