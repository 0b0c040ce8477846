package org.accredit.common;

/** A body or a part of it beyond its limit: 413. */
public class PayloadTooLargeException extends DomainException {

    public PayloadTooLargeException(String detail) {
        super(detail);
    }

    @Override
    public int httpStatus() {
        return 413;
    }

    @Override
    public String title() {
        return "Payload too large";
    }
}
