/**
 * Reference data about organizations (shared kernel): organization types, names and their normalized form, ISO countries and the UN Member States, languages.
 *
 * <p>May use: {@code common} only. Nothing outside this package depends on its {@code rest} package. The rule is
 * checked by {@code org.accredit.ArchitectureTest} (README, "Code layout").
 */
package org.accredit.organization;
