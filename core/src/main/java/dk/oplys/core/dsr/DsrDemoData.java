package dk.oplys.core.dsr;

import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.core.infrastructure.DemoDataLoaded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/** Demo rows for the register: one overdue access request by phone and one erasure letter close to its deadline. */
@ApplicationScoped
public class DsrDemoData {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private AppClock clock;

    void add(@Observes DemoDataLoaded loaded) {
        LocalDate today = LocalDate.now(clock.clock());
        request(loaded.schoolA(), "Bent", RequestKind.ACCESS, RequestChannel.PHONE, today.minusDays(35),
                "Ringede og bad om en kopi af sine oplysninger");
        request(loaded.schoolA(), "Carla", RequestKind.ERASURE, RequestChannel.LETTER, today.minusDays(25),
                "Brev: ønsker at blive slettet");
    }

    private void request(long school, String firstName, RequestKind kind, RequestChannel channel, LocalDate received,
                         String details) {
        Long person = em.createQuery("SELECT p.id FROM Participant p WHERE p.schoolId = :s AND p.firstName = :n", Long.class)
                .setParameter("s", school).setParameter("n", firstName).getResultStream().findFirst().orElse(null);
        if (person != null) {
            em.persist(new DataSubjectRequest(school, person, kind, channel, clock.now(), received, details, "kontor"));
        }
    }
}
