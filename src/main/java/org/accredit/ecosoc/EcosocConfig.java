package org.accredit.ecosoc;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the ECOSOC roster import. */
@ConfigMapping(prefix = "accredit.ecosoc")
public interface EcosocConfig {

    /** Most NGO rows one import file may hold (about 6,500 NGOs hold consultative status). */
    @WithDefault("20000")
    int maxRows();
}
