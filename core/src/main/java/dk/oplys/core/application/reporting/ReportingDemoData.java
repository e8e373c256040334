package dk.oplys.core.application.reporting;

import dk.oplys.core.domain.course.ActivityKind;
import dk.oplys.core.domain.reporting.Delivery;
import dk.oplys.core.domain.reporting.Evidence;
import dk.oplys.core.domain.reporting.MunicipalRule;
import dk.oplys.core.domain.reporting.MunicipalityClient;
import dk.oplys.core.domain.reporting.ReducedFeeRate;
import dk.oplys.core.domain.reporting.ReportPeriod;
import dk.oplys.core.domain.reporting.SubsidyFraction;
import dk.oplys.core.domain.user.AppUser;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.core.infrastructure.DemoData;
import dk.oplys.core.infrastructure.DemoDataLoaded;
import dk.oplys.core.infrastructure.PasswordHasher;
import dk.oplys.integration.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Demo rules of the two demo municipalities, which differ on purpose: Ringkøbing-Skjern (760),
 * school A's tilskudskommune, takes reports through its system (SOAP) and wants CPR for
 * participants from other municipalities; Aarhus (751), school B's, takes files and no CPR. Two
 * machine accounts, kommune-760 and kommune-751, fetch their own reports through the pull API.
 * The 760 system is the demo receiver inside the application ({@code /dev/municipality-simulator})
 * unless {@code oplys.municipality.demo-soap-url} points elsewhere (the tests' fake municipality).
 */
@ApplicationScoped
public class ReportingDemoData {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    void add(@Observes DemoDataLoaded loaded) {
        String local = Settings.get("oplys.public-url").orElse("http://localhost:8080/oplys");
        String soap = Settings.get("oplys.municipality.demo-soap-url").orElse(local + "/dev/municipality-simulator/soap");

        MunicipalRule rs = new MunicipalRule(loaded.schoolA(), "760");
        rs.define(LocalDate.of(2020, 1, 1), null, true, Delivery.SOAP, soap, "04-01",
                fractions(5, 7, 8, 9),
                List.of(new ReducedFeeRate("PENSIONIST", 30000, Evidence.TRO_OG_LOVE),
                        new ReducedFeeRate("LEDIG", 30000, Evidence.TRO_OG_LOVE),
                        new ReducedFeeRate("STUDERENDE", 20000, Evidence.TRO_OG_LOVE)),
                List.of(new ReportPeriod(1, "01-01", "06-30", "08-31"), new ReportPeriod(2, "07-01", "12-31", "02-28")));
        em.persist(rs);

        MunicipalRule aarhus = new MunicipalRule(loaded.schoolB(), "751");
        aarhus.define(LocalDate.of(2020, 1, 1), null, false, Delivery.FILE, null, "03-01",
                fractions(1, 3, 2, 3),
                List.of(new ReducedFeeRate("PENSIONIST", 25000, Evidence.TRO_OG_LOVE),
                        new ReducedFeeRate("LEDIG", 25000, Evidence.DOCUMENT)),
                List.of(new ReportPeriod(1, "01-01", "12-31", "03-01")));
        em.persist(aarhus);

        client("kommune-760", "Ringkøbing-Skjern Kommune, tilskudssystem (demo)", "760");
        client("kommune-751", "Aarhus Kommune, tilskudssystem (demo)", "751");
    }

    /** 1/3 in general; instrumental and handicap teaching as given. */
    private static List<SubsidyFraction> fractions(int instrumentalN, int instrumentalD, int handicapN, int handicapD) {
        return List.of(new SubsidyFraction(ActivityKind.UNDERVISNING, 1, 3),
                new SubsidyFraction(ActivityKind.STUDIEKREDS, 1, 3),
                new SubsidyFraction(ActivityKind.FOREDRAG, 1, 3),
                new SubsidyFraction(ActivityKind.DEBAT, 1, 3),
                new SubsidyFraction(ActivityKind.FLEKSIBEL, 1, 3),
                new SubsidyFraction(ActivityKind.INSTRUMENTAL, instrumentalN, instrumentalD),
                new SubsidyFraction(ActivityKind.HANDICAPUNDERVISNING, handicapN, handicapD));
    }

    private void client(String username, String name, String municipality) {
        AppUser u = new AppUser(username, PasswordHasher.hash(DemoData.DEMO_PASSWORD.toCharArray(), 10), name, null,
                Set.of(Roles.MUNICIPALITY));
        em.persist(u);
        em.flush();
        em.persist(new MunicipalityClient(u.id(), municipality));
    }
}
