/**
 * The public list of accredited organizations (JSON, CSV). {@code rest} holds the resource and its view.
 *
 * <p>May use: the kernel and {@code application}. Nothing outside this package depends on its {@code rest} package. The rule is
 * checked by {@code org.accredit.ArchitectureTest} (README, "Code layout").
 */
package org.accredit.publiclist;
