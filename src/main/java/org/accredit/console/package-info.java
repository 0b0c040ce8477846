/**
 * The console: server-rendered pages (Qute, {@code templates/console/}) for secretariat staff and
 * Member State delegates. Every page calls the same service as the API endpoint it stands for, with
 * the same roles ({@code @RolesAllowed}) and the same checks, so no rule exists twice. Sign-in is a
 * cookie session (OIDC authorization-code flow in production, form sign-in with the demo accounts in
 * dev, local and test); every form carries a CSRF token ({@link org.accredit.console.ConsoleCsrf}).
 * Wording in six languages ({@link org.accredit.console.ConsoleMessages} and one bundle per area),
 * Arabic right to left.
 */
package org.accredit.console;
