/**
 * Speakers: an accredited organization asks to speak on an agenda item of a session, naming one of
 * its confirmed representatives; the secretariat sees the requests in a suggested order that
 * balances the UN regional groups and gender ({@link org.accredit.speaker.SpeakingOrder}), reorders
 * them and publishes the list of speaking organizations, which the public reads without any
 * personal data.
 */
package org.accredit.speaker;
