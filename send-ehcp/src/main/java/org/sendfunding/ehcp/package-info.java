/**
 * EHC plans (education, health and care plans), the statutory timeline engine, caseload measures and demand projection.
 */
package org.sendfunding.ehcp;
