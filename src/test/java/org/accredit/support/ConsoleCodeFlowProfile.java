package org.accredit.support;

/**
 * The console as in production: signed in through the identity provider's authorization-code flow (the OIDC
 * tenant {@code console} of application.properties, provider {@link OidcTokens}), no sign-in form, no HTTP Basic,
 * no demo accounts; the API takes bearer tokens. The settings are {@link ProductionAuthProfile}'s (production
 * authentication is both); this name says what the console's tests rely on.
 */
public class ConsoleCodeFlowProfile extends ProductionAuthProfile {
}
