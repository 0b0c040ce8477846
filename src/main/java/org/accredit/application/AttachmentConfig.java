package org.accredit.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the documents a para 9 applicant attaches (application.properties documents them). */
@ConfigMapping(prefix = "accredit.attachments")
public interface AttachmentConfig {

    /** Largest attachment in bytes (2 MB); a multipart part is also bounded by accredit.forms.max-file-part. */
    @WithDefault("2097152")
    long maxBytes();

    /** Most pages an attachment may have. */
    @WithDefault("50")
    int maxPages();
}
