package dk.oplys.core.application.reporting;

import dk.oplys.core.application.DomainException;
import dk.oplys.core.application.ErrorCode;
import dk.oplys.core.domain.course.ActivityKind;
import dk.oplys.core.domain.invoice.LedgerEntry;
import dk.oplys.core.domain.reporting.MunicipalRule;
import dk.oplys.core.domain.reporting.SubsidyFraction;
import dk.oplys.core.domain.school.School;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.core.infrastructure.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The yearly subsidy accounts figures of the caller's school for one municipality and calendar
 * year: lessons per activity kind from the courses it subsidises, its fractions, and the
 * participants' own payments from the ledger. A course's payments count in the year of its first
 * lesson, so a course over New Year is not counted twice.
 */
@Stateless
@RolesAllowed({Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
public class SubsidyAccountService {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ReportBuilder builder;

    public AccountsView accounts(String municipality, int year) {
        if (municipality == null || !municipality.matches("\\d{3}") || year < 2000 || year > 2200) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "municipality (3 digits) and year are required",
                    "municipality");
        }
        long schoolId = currentUser.schoolId();
        School school = em.find(School.class, schoolId);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        MunicipalRule rule = em.createQuery("SELECT r FROM MunicipalRule r WHERE r.schoolId = :s AND r.municipalityCode = :m",
                        MunicipalRule.class).setParameter("s", schoolId).setParameter("m", municipality).getResultList()
                .stream().filter(r -> r.overlaps(from, to)).max(Comparator.comparing(MunicipalRule::validFrom))
                .orElseThrow(() -> new DomainException(ErrorCode.MUNICIPAL_RULE_MISSING,
                        "the school has no rules for this municipality in this year", "municipality"));
        ReportBuilder.Subsidised sub = builder.subsidised(school, municipality, from, to, builder.ruled(schoolId, from, to));

        Map<ActivityKind, long[]> money = new EnumMap<>(ActivityKind.class);
        Map<ActivityKind, BigDecimal> lessons = new EnumMap<>(ActivityKind.class);
        Map<ActivityKind, Long> courses = new EnumMap<>(ActivityKind.class);
        Set<Long> ids = sub.units().keySet();
        for (Map.Entry<Long, TreeMap<Integer, BigDecimal>> e : sub.units().entrySet()) {
            ActivityKind kind = sub.kinds().get(e.getKey());
            lessons.merge(kind, e.getValue().getOrDefault(year, BigDecimal.ZERO), BigDecimal::add);
            courses.merge(kind, 1L, Long::sum);
            money.putIfAbsent(kind, new long[2]);
        }
        if (!ids.isEmpty()) {
            List<Object[]> firsts = em.createQuery("SELECT l.course.id, MIN(l.date) FROM Lesson l WHERE l.course.id IN :ids "
                    + "GROUP BY l.course.id", Object[].class).setParameter("ids", ids).getResultList();
            List<Long> countedHere = new ArrayList<>();
            for (Object[] f : firsts) {
                if (((LocalDate) f[1]).getYear() == year) {
                    countedHere.add((Long) f[0]);
                }
            }
            if (!countedHere.isEmpty()) {
                for (Object[] o : em.createQuery("SELECT l.courseId, l.kind, SUM(l.amountOre) FROM LedgerEntry l "
                                + "WHERE l.schoolId = :s AND l.courseId IN :ids GROUP BY l.courseId, l.kind", Object[].class)
                        .setParameter("s", schoolId).setParameter("ids", countedHere).getResultList()) {
                    long[] m = money.get(sub.kinds().get((Long) o[0]));
                    long amount = ((Number) o[2]).longValue();
                    LedgerEntry.Kind k = (LedgerEntry.Kind) o[1];
                    if (k == LedgerEntry.Kind.INVOICE || k == LedgerEntry.Kind.CREDIT_NOTE) {
                        m[0] += amount;
                    } else {
                        m[1] += amount;
                    }
                }
            }
        }
        List<AccountsView.Line> lines = new ArrayList<>();
        for (ActivityKind kind : money.keySet()) {
            String fraction = rule.fraction(kind).map(SubsidyFraction::numerator).map(n -> n + "/"
                    + rule.fraction(kind).get().denominator()).orElse(null);
            lines.add(new AccountsView.Line(kind.name(), courses.get(kind), lessons.get(kind), fraction, null,
                    money.get(kind)[0], money.get(kind)[1]));
        }
        String[] due = rule.accountsDue().split("-");
        java.time.YearMonth month = java.time.YearMonth.of(year + 1, Integer.parseInt(due[0]));
        LocalDate dueDate = month.atDay(Math.min(Integer.parseInt(due[1]), month.lengthOfMonth()));
        return new AccountsView(municipality, year, dueDate,
                lines, lessons.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                lines.stream().mapToLong(AccountsView.Line::participantsInvoicedOre).sum(),
                lines.stream().mapToLong(AccountsView.Line::participantsPaidOre).sum(),
                "Lærerløn registreres ikke i Oplys; tilskuddet er brøken gange lærerlønnen fra lønsystemet.");
    }
}
