package org.sendfunding.examples.school;

import org.sendfunding.funding.placeplus.PupilPlacement;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.pupil.SenProvision;

/**
 * One row of a school's SEN pupils CSV: the pupil's SEN provision and primary need, and the
 * placement (cost of additional support, how the top-up is set) that the funding rules price.
 *
 * @param line the CSV line the row came from, for messages
 * @param provision EHC plan or SEN support
 * @param primaryNeed the census primary need
 * @param placement the placement priced by {@link org.sendfunding.funding.placeplus.PlacePlus}
 */
public record SchoolPupil(int line, SenProvision provision, NeedType primaryNeed, PupilPlacement placement) {}
