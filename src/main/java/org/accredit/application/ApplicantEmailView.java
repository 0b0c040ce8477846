package org.accredit.application;


/**
 * What an email template may say about an application (no secrets, no staff names). The status is
 * the applicant's vocabulary ({@link ApplicantStatus}), never the result of the objection window;
 * the decision's reason only for a rejection or a withdrawal (a reason for approving despite an
 * objection is the secretariat's alone).
 */
public record ApplicantEmailView(String reference, String organization, String contactName, String path,
        String status, String informationRequest, String decisionReason, String decisionReference) {

    public static ApplicantEmailView of(Application a) {
        boolean reasonIsTheApplicants = a.status() == ApplicationStatus.REJECTED || a.status() == ApplicationStatus.WITHDRAWN;
        return new ApplicantEmailView(a.reference(), a.orgName(), a.contactName(), a.path().name(),
                a.applicantStatus().name(), null, reasonIsTheApplicants ? a.decisionReason() : null, a.decisionReference());
    }

    /** The same view carrying the question of an information request. */
    public ApplicantEmailView withInformationRequest(String question) {
        return new ApplicantEmailView(reference, organization, contactName, path, status, question, decisionReason,
                decisionReference);
    }
}
