package org.accredit.ecosoc;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the ECOSOC roster import. */
@ConfigMapping(prefix = "accredit.ecosoc")
public interface EcosocConfig {

    /** Most NGO rows one import file may hold (about 6,500 NGOs hold consultative status). */
    @WithDefault("20000")
    int maxRows();

    /**
     * Largest share (0 to 1) of the active entries a full import may retire without {@code force=true}:
     * a truncated or wrong file must not withdraw the roster.
     */
    @WithDefault("0.05")
    double maxRetireShare();
}
