package org.accredit.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Form posts of browsers and the UNODC website (urlencoded and multipart bodies). */
@ConfigMapping(prefix = "accredit.forms")
public interface FormConfig {

    /**
     * Where a browser goes after a successful form post (303 See Other), with {@code ?reference=...}
     * appended when the post created something with a reference.
     */
    @WithDefault("/forms/thanks")
    String thankYouUrl();

    /** Largest urlencoded form body in bytes (like a JSON body). */
    @WithDefault("65536")
    long maxUrlencodedBody();

    /** Largest multipart body in bytes, all parts together (below quarkus.http.limits.max-body-size). */
    @WithDefault("3145728")
    long maxMultipartBody();

    /** Largest file part (an attached PDF) in bytes. */
    @WithDefault("2097152")
    long maxFilePart();
}
