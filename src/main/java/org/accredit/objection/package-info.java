/**
 * The non-objection procedure (para 9): lists, objections and their disclosure, deadlines and holidays, the objection window and its sweep, the Committee's decision. {@code rest} holds the resources and API views only.
 *
 * <p>May use: the kernel, {@code application} (the applications it acts on, their side effects through {@code Journal}), {@code call}, {@code memberstate}, {@code notification}. Nothing outside this package depends on its {@code rest} package. The rule is
 * checked by {@code org.accredit.ArchitectureTest} (README, "Code layout").
 */
package org.accredit.objection;
