package dk.oplys.core.application;

import dk.oplys.core.domain.course.Course;
import dk.oplys.core.domain.enrolment.Enrolment;
import dk.oplys.core.domain.enrolment.EnrolmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The atomic seat operations. A seat is taken by one conditional UPDATE in the database
 * ("seats_taken &lt; capacity"), never by reading the count and writing it back, so no
 * interleaving of requests or nodes can overbook; the table's CHECK constraint is the backstop.
 */
@ApplicationScoped
public class EnrolmentStore {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    /** @return true if a seat was free and is now taken by the current transaction */
    public boolean takeSeat(long courseId) {
        return em.createQuery("UPDATE Course c SET c.seatsTaken = c.seatsTaken + 1 "
                        + "WHERE c.id = :id AND c.seatsTaken < c.capacity")
                .setParameter("id", courseId)
                .executeUpdate() == 1;
    }

    /**
     * Marks the point a sign-up goes back to if the seat it wrote its rows for is gone by the time it
     * asks for it ({@link #rollbackToSavepoint}). Plain SQL: the same on PostgreSQL and H2, inside the
     * container's transaction (which only forbids committing or rolling back the whole connection).
     */
    public void savepoint() {
        em.flush();
        em.createNativeQuery("SAVEPOINT signup_seat").executeUpdate();
    }

    /**
     * Undoes every row written since {@link #savepoint} and empties the persistence context, whose
     * entities written since then no longer exist (the caller finds again what it still needs).
     */
    public void rollbackToSavepoint() {
        em.flush();
        em.createNativeQuery("ROLLBACK TO SAVEPOINT signup_seat").executeUpdate();
        em.clear();
    }

    public void releaseSeat(long courseId) {
        em.createQuery("UPDATE Course c SET c.seatsTaken = c.seatsTaken - 1 WHERE c.id = :id AND c.seatsTaken > 0")
                .setParameter("id", courseId)
                .executeUpdate();
    }

    /** Locks the course row until the transaction ends: cancellations and promotions queue here. */
    public Course lockCourse(long courseId) {
        return em.find(Course.class, courseId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Enrolment> firstWaiting(long courseId) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.course.id = :c AND e.status = :s "
                        + "ORDER BY e.waitingSince, e.id", Enrolment.class)
                .setParameter("c", courseId)
                .setParameter("s", EnrolmentStatus.WAITING)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** 1-based place on the waiting list, or 0 if the enrolment is not waiting. */
    public int waitingPosition(Enrolment e) {
        if (e.status() != EnrolmentStatus.WAITING) {
            return 0;
        }
        long ahead = em.createQuery("SELECT COUNT(w) FROM Enrolment w WHERE w.course.id = :c AND w.status = :s "
                        + "AND (w.waitingSince < :t OR (w.waitingSince = :t AND w.id < :id))", Long.class)
                .setParameter("c", e.course().id())
                .setParameter("s", EnrolmentStatus.WAITING)
                .setParameter("t", e.waitingSince())
                .setParameter("id", e.id())
                .getSingleResult();
        return (int) ahead + 1;
    }

    public int seatsTaken(long courseId) {
        return em.createQuery("SELECT c.seatsTaken FROM Course c WHERE c.id = :id", Integer.class)
                .setParameter("id", courseId).getSingleResult();
    }
}
