package org.accredit.application;

/** What a para 9 applicant may attach to its application, each at most once; the form part named {@link #part()}. */
public enum AttachmentKind {
    STATUTES("statutes"),
    REGISTRATION_CERTIFICATE("registrationCertificate");

    private final String part;

    AttachmentKind(String part) {
        this.part = part;
    }

    /** The multipart part that carries it. */
    public String part() {
        return part;
    }
}
