package org.accredit.objection;

import java.util.List;

/**
 * A list as the secretariat sees it: one page of its applications (the first, unless asked otherwise)
 * with the number of standing objections to each, and how many Member States with a focal point have
 * answered (see {@link NonObjectionListService#closeEarly}).
 */
public record ListDetails(NonObjectionList list, ListEntries entries, int memberStatesAnswered,
        int memberStatesWithFocalPoint, List<ApprovedDespiteObjection> approvedDespiteObjection) {
}
