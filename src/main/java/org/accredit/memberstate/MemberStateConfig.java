package org.accredit.memberstate;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Member State users. */
@ConfigMapping(prefix = "accredit.member-states")
public interface MemberStateConfig {

    /**
     * Demo Member State users created at startup when missing, each "username:STATE:focal-point-email:language".
     * Set only in the dev, local and test profiles; production users are created by an admin.
     */
    Optional<List<String>> seed();
}
