package org.accredit.application;

/** The applicant's contact person: confidential, never on a public or Member State view. */
public record ContactPerson(String name, String title, String email, String phone) {
}
