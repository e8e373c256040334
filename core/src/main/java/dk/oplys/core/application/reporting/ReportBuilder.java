package dk.oplys.core.application.reporting;

import dk.oplys.core.application.DomainException;
import dk.oplys.core.application.ErrorCode;
import dk.oplys.core.domain.course.ActivityKind;
import dk.oplys.core.domain.course.CourseStatus;
import dk.oplys.core.domain.course.Lesson;
import dk.oplys.core.domain.enrolment.EnrolmentStatus;
import dk.oplys.core.domain.reporting.MunicipalReport;
import dk.oplys.core.domain.reporting.MunicipalRule;
import dk.oplys.core.domain.reporting.ReportLine;
import dk.oplys.core.domain.reporting.ReportSection;
import dk.oplys.core.domain.school.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Makes the lines of a § 43 report: every confirmed participant of the school's courses subsidised
 * by the municipality, with the lesson units of the period split per calendar year; and, for those
 * whose betalingskommune (else hjemstedskommune) is another municipality, a refusion line, marked
 * for CPR when the rule in force that year requires it, the course is no lecture and the
 * participant has a CPR number. Reads ids and figures only, never names or CPR numbers.
 */
@ApplicationScoped
public class ReportBuilder {

    private static final int BATCH = 500;

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    /** A line before it is stored. */
    record Draft(ReportSection section, long participantId, long courseId, ActivityKind kind, int year,
                 BigDecimal lessons, String refusionFrom, boolean cpr, String participantStamp) {
    }

    /**
     * The report for the school, municipality and period: the latest version when nothing changed
     * since it was made, otherwise a new version (the earlier one superseded).
     */
    public MunicipalReport build(long schoolId, String municipality, LocalDate from, LocalDate to, Instant now,
                                 String actor) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 731) {
            throw new DomainException(ErrorCode.REPORT_PERIOD_INVALID,
                    "the period must end after it starts and span at most two years", "to");
        }
        School school = em.find(School.class, schoolId, LockModeType.PESSIMISTIC_WRITE);
        List<MunicipalRule> rules = em.createQuery("SELECT r FROM MunicipalRule r WHERE r.schoolId = :s",
                MunicipalRule.class).setParameter("s", schoolId).getResultList();
        List<MunicipalRule> own = rules.stream().filter(r -> r.municipalityCode().equals(municipality)
                && r.overlaps(from, to)).sorted(Comparator.comparing(MunicipalRule::validFrom)).toList();
        if (own.isEmpty()) {
            throw new DomainException(ErrorCode.MUNICIPAL_RULE_MISSING,
                    "the school has no rules for this municipality in this period", "municipalityCode");
        }
        MunicipalRule headline = own.stream().filter(r -> r.validOn(to)).findFirst().orElse(own.get(own.size() - 1));
        Set<String> ruled = rules.stream().filter(r -> r.overlaps(from, to)).map(MunicipalRule::municipalityCode)
                .collect(Collectors.toSet());

        List<Draft> drafts = drafts(school, municipality, from, to, own, ruled);
        String hash = hash(drafts);
        String key = "S" + schoolId + "-" + municipality + "-" + from + "-" + to;
        MunicipalReport latest = em.createQuery("SELECT r FROM MunicipalReport r WHERE r.reportKey = :k "
                        + "ORDER BY r.reportVersion DESC", MunicipalReport.class)
                .setParameter("k", key).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (latest != null && latest.contentHash().equals(hash) && latest.ruleId().equals(headline.id())) {
            return latest;
        }
        if (latest != null) {
            latest.supersede();
        }
        MunicipalReport report = new MunicipalReport(schoolId, municipality, key,
                latest == null ? 1 : latest.reportVersion() + 1, from, to, headline.id(), hash, now, actor);
        em.persist(report);
        em.flush();
        long reportId = report.id();
        int n = 0;
        for (Draft d : drafts) {
            em.persist(new ReportLine(reportId, d.section(), d.participantId(), d.courseId(), d.kind(), d.year(),
                    d.lessons(), d.refusionFrom(), d.cpr()));
            if (++n % BATCH == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        em.clear();
        return em.find(MunicipalReport.class, reportId);
    }

    /** Lesson units per calendar year of each course the municipality subsidises, with the courses' activity kinds. */
    record Subsidised(Map<Long, TreeMap<Integer, BigDecimal>> units, Map<Long, ActivityKind> kinds) {
    }

    /**
     * The school's open, confirmed and completed courses with lessons in the period that the
     * municipality subsidises: a course is subsidised where it is held if the school has rules
     * there ({@code ruled}), else by the school's own municipality.
     */
    Subsidised subsidised(School school, String municipality, LocalDate from, LocalDate to, Set<String> ruled) {
        Map<Long, TreeMap<Integer, BigDecimal>> units = new HashMap<>();
        Map<Long, ActivityKind> kinds = new HashMap<>();
        List<Object[]> lessons = em.createQuery("SELECT c.id, c.activityKind, v.municipalityCode, l FROM Lesson l "
                        + "JOIN l.course c JOIN c.venue v WHERE c.schoolId = :s AND c.status IN :st "
                        + "AND l.date >= :f AND l.date <= :t", Object[].class)
                .setParameter("s", school.id())
                .setParameter("st", List.of(CourseStatus.OPEN, CourseStatus.CONFIRMED, CourseStatus.COMPLETED))
                .setParameter("f", from).setParameter("t", to).getResultList();
        for (Object[] row : lessons) {
            String venueMunicipality = (String) row[2];
            String tilskudskommune = ruled.contains(venueMunicipality) ? venueMunicipality : school.municipalityCode();
            if (!tilskudskommune.equals(municipality)) {
                continue;
            }
            Long course = (Long) row[0];
            Lesson l = (Lesson) row[3];
            kinds.put(course, (ActivityKind) row[1]);
            units.computeIfAbsent(course, k -> new TreeMap<>()).merge(l.date().getYear(), l.units(), BigDecimal::add);
        }
        return new Subsidised(units, kinds);
    }

    /** Municipalities the school has rules with in the period. */
    Set<String> ruled(long schoolId, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT r FROM MunicipalRule r WHERE r.schoolId = :s", MunicipalRule.class)
                .setParameter("s", schoolId).getResultList().stream().filter(r -> r.overlaps(from, to))
                .map(MunicipalRule::municipalityCode).collect(Collectors.toSet());
    }

    private List<Draft> drafts(School school, String municipality, LocalDate from, LocalDate to,
                               List<MunicipalRule> own, Set<String> ruled) {
        Subsidised sub = subsidised(school, municipality, from, to, ruled);
        Map<Long, TreeMap<Integer, BigDecimal>> units = sub.units();
        Map<Long, ActivityKind> kinds = sub.kinds();
        em.clear();
        List<Draft> subsidy = new ArrayList<>();
        List<Draft> refusion = new ArrayList<>();
        if (units.isEmpty()) {
            return subsidy;
        }
        try (var stream = em.createQuery("SELECT e.course.id, p.id, p.hjemstedskommune, p.betalingskommune, p.cprHash, "
                        + "p.updatedAt FROM Enrolment e JOIN e.participant p WHERE e.schoolId = :s AND e.status = :st "
                        + "ORDER BY e.course.id, p.id", Object[].class)
                .setParameter("s", school.id()).setParameter("st", EnrolmentStatus.CONFIRMED).getResultStream()) {
            stream.forEach(row -> {
                Long course = (Long) row[0];
                TreeMap<Integer, BigDecimal> perYear = units.get(course);
                if (perYear == null) {
                    return;
                }
                long participant = (Long) row[1];
                String home = row[3] != null ? (String) row[3] : (String) row[2];
                boolean hasCpr = row[4] != null;
                String stamp = row[5] + "|" + Objects.toString(row[4], "") + "|" + row[2] + "|" + Objects.toString(row[3], "");
                ActivityKind kind = kinds.get(course);
                perYear.forEach((year, lessonUnits) -> {
                    subsidy.add(new Draft(ReportSection.SUBSIDY, participant, course, kind, year, lessonUnits, null,
                            false, stamp));
                    // Refusion is claimed for participants from other municipalities, never for lectures.
                    if (!home.equals(municipality) && kind != ActivityKind.FOREDRAG) {
                        boolean cpr = hasCpr && cprRequired(own, year, to);
                        refusion.add(new Draft(ReportSection.REFUSION, participant, course, kind, year, lessonUnits,
                                home, cpr, stamp));
                    }
                });
            });
        }
        refusion.sort(Comparator.comparing(Draft::refusionFrom).thenComparing(Draft::participantId)
                .thenComparing(Draft::courseId).thenComparing(Draft::year));
        subsidy.addAll(refusion);
        return subsidy;
    }

    /** The rule in force at the end of the calendar year (or of the period, if earlier) decides. */
    private static boolean cprRequired(List<MunicipalRule> own, int year, LocalDate periodEnd) {
        LocalDate day = LocalDate.of(year, 12, 31);
        if (day.isAfter(periodEnd)) {
            day = periodEnd;
        }
        LocalDate at = day;
        return own.stream().filter(r -> r.validOn(at)).findFirst()
                .or(() -> own.stream().filter(r -> r.validFrom().getYear() <= year).reduce((a, b) -> b))
                .map(MunicipalRule::cprRequired).orElse(false);
    }

    private static String hash(List<Draft> drafts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Draft d : drafts) {
                md.update((d.section() + "|" + d.participantId() + "|" + d.participantStamp() + "|" + d.courseId() + "|"
                        + d.year() + "|" + d.lessons().toPlainString() + "|" + d.refusionFrom() + "|" + d.cpr() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
