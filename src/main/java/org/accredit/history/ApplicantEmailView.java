package org.accredit.history;

import org.accredit.application.Application;

/** What an email template may say about an application (no secrets, no staff names). */
public record ApplicantEmailView(String reference, String organization, String contactName, String path,
        String status, String informationRequest, String decisionReason, String decisionReference) {

    public static ApplicantEmailView of(Application a) {
        return new ApplicantEmailView(a.reference(), a.orgName(), a.contactName(), a.path().name(), a.status().name(),
                a.informationRequest(), a.decisionReason(), a.decisionReference());
    }
}
