package org.accredit.objection;

import java.util.List;

/**
 * A circulated list as one Member State sees it: organization facts (one page of them, the first
 * unless asked otherwise; no objection counts) and its own objections only.
 */
public record MemberStateListDetails(NonObjectionList list, String stateCode, ListEntries organizations,
        List<Objection> ownObjections, boolean noObjectionDeclared, boolean openForObjections) {
}
