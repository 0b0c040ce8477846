/**
 * Participation figures of a session (issue 10, point 7): organizations registered by participation
 * path and by UN regional group of their country, representatives by mode and by gender, counted
 * with GROUP BY in the database; and the staff exports of a session's registrations (CSV with
 * Commons CSV, XLSX with Apache POI, both safe against formula injection). {@code rest} holds the
 * resources and views.
 *
 * <p>May use: the kernel, {@code application}, {@code session} and {@code registration} (their doors,
 * read only). Nothing outside this package depends on its {@code rest} package. The rule is checked
 * by {@code org.accredit.ArchitectureTest} (README, "Code layout").
 */
package org.accredit.participation;
