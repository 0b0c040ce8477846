/**
 * The Committee's calendar: sessions (place, dates, time zone), their registration windows and
 * seat quotas, and their agendas. The public reads the calendar; an admin manages it.
 */
package org.accredit.session;
