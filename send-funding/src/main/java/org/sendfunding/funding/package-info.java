/**
 * The funding engines: high-needs national funding formula, place-plus elements, DSG blocks, deficits, multi-year settlements, national consistency and scenarios.
 */
package org.sendfunding.funding;
