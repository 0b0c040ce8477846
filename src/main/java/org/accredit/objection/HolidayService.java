package org.accredit.objection;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.accredit.common.NotFoundException;
import org.accredit.common.RuleViolationException;
import org.accredit.objection.rest.HolidayRequest;

/** UN holidays that do not count in an objection window: those configured plus those an admin added. */
@ApplicationScoped
@Transactional
public class HolidayService {

    private final ObjectionConfig config;
    private final Clock clock;

    public HolidayService(ObjectionConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<LocalDate> all() {
        Set<LocalDate> days = new HashSet<>(config.holidays().orElse(List.of()));
        for (UnHoliday h : UnHoliday.<UnHoliday>listAll()) {
            days.add(h.holiday());
        }
        return days;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnHoliday> fromYear(int year) {
        return UnHoliday.list("holiday >= ?1 and holiday < ?2", Sort.by("holiday"), LocalDate.of(year, 1, 1),
                LocalDate.of(year + 1, 1, 1));
    }

    public UnHoliday add(@NotNull @Valid HolidayRequest request, String admin) {
        if (UnHoliday.findByIdOptional(request.date()).isPresent()) {
            throw RuleViolationException.conflict("This date is already a holiday.");
        }
        UnHoliday h = new UnHoliday(request.date(), request.name().strip(), admin, clock.instant());
        h.persist();
        return h;
    }

    public void remove(LocalDate date) {
        if (!UnHoliday.deleteById(date)) {
            throw new NotFoundException("Holiday");
        }
    }
}
