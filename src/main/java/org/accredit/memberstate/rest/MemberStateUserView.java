package org.accredit.memberstate.rest;

import java.time.Instant;
import org.accredit.memberstate.MemberStateUser;
import org.accredit.organization.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberStateUser")
public record MemberStateUserView(String username, String subject, String stateCode, String focalPointEmail,
        Language language, Instant createdAt, String createdBy) {

    public static MemberStateUserView of(MemberStateUser u) {
        return new MemberStateUserView(u.username(), u.subject(), u.stateCode(), u.focalPointEmail(), u.language(),
                u.createdAt(), u.createdBy());
    }
}
