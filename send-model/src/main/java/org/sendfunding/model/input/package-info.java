/**
 * Reading input files within limits, so that a hostile or mistaken file (a 2 GB "CSV", one endless
 * line) fails early with the loader's own error instead of exhausting memory.
 *
 * <p>Each loader (funding datasets, pupil cohorts, EHCP reference files) names its own limits and
 * turns {@link org.sendfunding.model.input.LimitedReader.LimitExceeded} into its own exception naming
 * the file and the limit.
 */
package org.sendfunding.model.input;
