package org.accredit.objection;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.accredit.organization.Language;

/** The non-objection procedure (para 9): window, holidays, secretariat address, confidentiality policy. */
@ConfigMapping(prefix = "accredit.objection")
public interface ObjectionConfig {

    /** Working days the objection window lasts after circulation (weekends and UN holidays do not count). */
    @WithDefault("10")
    int windowWorkingDays();

    /** Time of day (in accredit.zone, New York) at which the window closes on its last working day. */
    @WithDefault("18:00")
    LocalTime closingTime();

    /** UN holidays (ISO dates, comma separated) that do not count as working days; admins may add more in the database. */
    Optional<List<LocalDate>> holidays();

    /** Where the summary of a closed objection window goes. */
    @WithDefault("secretariat@accredit.invalid")
    String secretariatEmail();

    @WithDefault("en")
    Language secretariatLanguage();

    /** Whether a Member State may ask for, and the secretariat disclose, the general basis of objections. */
    @WithDefault("false")
    boolean basisDisclosure();

    /** Staff roles that see which Member State lodged an objection (others only see that one exists). */
    @WithDefault("approver,admin")
    List<String> stateIdentityVisibleTo();

    /** How often the deadline sweep runs (a Quarkus scheduler interval; "off" disables it). */
    @WithDefault("60s")
    String sweepEvery();
}
