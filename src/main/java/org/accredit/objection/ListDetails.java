package org.accredit.objection;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.accredit.application.Application;

/**
 * A list as the secretariat sees it: its applications, the number of standing objections to each,
 * and how many Member States with a focal point have answered (see {@link NonObjectionListService#closeEarly}).
 */
public record ListDetails(NonObjectionList list, List<Application> applications, Map<UUID, Long> standingObjections,
        int memberStatesAnswered, int memberStatesWithFocalPoint, List<ApprovedDespiteObjection> approvedDespiteObjection) {
}
