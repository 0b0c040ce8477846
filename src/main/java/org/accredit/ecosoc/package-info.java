/**
 * The ECOSOC roster: CSV import, entries, matching an applicant's claim of consultative status.
 *
 * <p>May use: the kernel. Nothing outside this package depends on its {@code rest} package. The rule is
 * checked by {@code org.accredit.ArchitectureTest} (README, "Code layout").
 */
package org.accredit.ecosoc;
