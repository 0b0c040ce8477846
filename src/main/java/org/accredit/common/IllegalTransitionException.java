package org.accredit.common;

/** A workflow step that the current status does not allow. Answered with 409 and the current status. */
public class IllegalTransitionException extends DomainException {

    private final String currentStatus;

    public IllegalTransitionException(Enum<?> current, String attempted) {
        super("Cannot " + attempted + " while the status is " + current.name() + ".");
        this.currentStatus = current.name();
    }

    public String currentStatus() {
        return currentStatus;
    }

    @Override
    public int httpStatus() {
        return 409;
    }

    @Override
    public String title() {
        return "Illegal transition";
    }
}
