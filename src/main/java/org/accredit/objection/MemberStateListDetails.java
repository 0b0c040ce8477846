package org.accredit.objection;

import java.util.List;
import org.accredit.application.Application;

/** A circulated list as one Member State sees it: organization facts and its own objections only. */
public record MemberStateListDetails(NonObjectionList list, String stateCode, List<Application> applications,
        List<Objection> ownObjections, boolean noObjectionDeclared, boolean openForObjections) {
}
