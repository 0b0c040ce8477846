package org.accredit.common;

/** Missing, unknown or foreign: all answer the same 404, so nothing leaks. */
public class NotFoundException extends DomainException {

    public NotFoundException(String what) {
        super(what + " not found.");
    }

    @Override
    public int httpStatus() {
        return 404;
    }

    @Override
    public String title() {
        return "Not found";
    }
}
