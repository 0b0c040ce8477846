package org.accredit.statement;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits of written submissions; the defaults are here, application.properties documents them. */
@ConfigMapping(prefix = "accredit.statements")
public interface StatementConfig {

    /** Most words a statement may have, counted by ICU4J word segmentation (document.WordCount). */
    @WithDefault("2000")
    int maxWords();

    /** Most characters of a statement's text (as sent, or extracted from its PDF). */
    @WithDefault("30000")
    int maxTextCharacters();

    /** Largest PDF, in bytes (below quarkus.http.limits.max-body-size). */
    @WithDefault("2097152")
    long maxDocumentBytes();

    /** Most pages of a PDF. */
    @WithDefault("30")
    int maxDocumentPages();

    /** Most statements an organization may have submitted or published for one session. */
    @WithDefault("3")
    int maxPerSession();

    /**
     * Statements are accepted until this long before the session closes (PT0S: until it closes).
     */
    @WithDefault("PT0S")
    Duration closesBeforeSessionEnd();
}
