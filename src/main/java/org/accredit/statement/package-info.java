/**
 * Written submissions (issue 10, point 5): a written statement an accredited organization submits
 * for a session, as text or as a PDF whose text is extracted, in one of the six UN languages, of at
 * most {@code accredit.statements.max-words} words (2,000) counted by ICU4J word segmentation
 * (document.WordCount). The secretariat publishes or declines it with a reason; the public reads the
 * published statements of a session. Called "written submission" in the documentation; the code
 * says statement because Submission already names an application here.
 *
 * The organization's contact is emailed each decision (outbox, six languages).
 *
 * <p>May use: the kernel, application (its door Applications), session, document, notification. Checked by
 * {@code org.accredit.ArchitectureTest}.
 */
package org.accredit.statement;
