/**
 * Roles, the authenticated staff member of a request ({@code CurrentStaff}) and the {@code Actor} a history line records (shared kernel).
 *
 * <p>May use: {@code common} only. Nothing outside this package depends on its {@code rest} package. The rule is
 * checked by {@code org.accredit.ArchitectureTest} (README, "Code layout").
 */
package org.accredit.security;
