/**
 * Resolution 75/282: accredited organizations "may register with the secretariat in order to
 * participate in the sessions". Representatives for a session, the official letter, seat quotas,
 * windows and late requests, and the secretariat's confirmation.
 */
package org.accredit.registration;
