package org.accredit.memberstate;

import org.accredit.organization.Language;

/** Where a Member State is written to. */
public record FocalPoint(String stateCode, String email, Language language) {
}
