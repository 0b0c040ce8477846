package org.accredit.objection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accredit.common.NotFoundException;
import org.accredit.common.RuleViolationException;
import org.accredit.common.paging.Keyset;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.common.paging.Paging;

/** UN holidays that do not count in an objection window: those configured plus those an admin added. */
@ApplicationScoped
@Transactional
public class HolidayService {

    private final EntityManager em;
    private final ObjectionConfig config;
    private final Clock clock;
    private final Paging paging;

    /** By date, the primary key. */
    static final Keyset<UnHoliday> BY_DATE = Keyset.<UnHoliday>of("holidays")
            .by("holiday", LocalDate.class, UnHoliday::holiday).ascending();

    public HolidayService(EntityManager em, ObjectionConfig config, Clock clock, Paging paging) {
        this.em = em;
        this.config = config;
        this.clock = clock;
        this.paging = paging;
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
    public Page<UnHoliday> list(Integer year, PageRequest page) {
        return year == null ? paging.page(UnHoliday.class, BY_DATE, null, null, page)
                : paging.page(UnHoliday.class, BY_DATE, "holiday >= :from and holiday < :to",
                        Map.of("from", LocalDate.of(year, 1, 1), "to", LocalDate.of(year + 1, 1, 1)), page);
    }

    public UnHoliday add(@NotNull @Valid HolidayRequest request, String admin) {
        // the date is the key: the same date added twice, even at the same moment, is refused with 409
        int inserted = em.createNativeQuery("insert into un_holiday (holiday, name, created_at, created_by) "
                        + "values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, request.date()).setParameter(2, request.name().strip())
                .setParameter(3, clock.instant()).setParameter(4, admin)
                .executeUpdate();
        if (inserted == 0) {
            throw RuleViolationException.conflict("This date is already a holiday.");
        }
        return em.find(UnHoliday.class, request.date());
    }

    public void remove(LocalDate date) {
        if (!UnHoliday.deleteById(date)) {
            throw new NotFoundException("Holiday");
        }
    }
}
