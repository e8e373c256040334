package dk.oplys.core.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The rules in force for a school: its own rows, and the association's defaults for every other kind. */
@ApplicationScoped
public class RetentionRules {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    public List<RetentionRule> effective(long schoolId) {
        Map<String, RetentionRule> byKind = new TreeMap<>();
        for (RetentionRule r : em.createQuery("SELECT r FROM RetentionRule r WHERE r.schoolId IS NULL OR r.schoolId = :s",
                RetentionRule.class).setParameter("s", schoolId).getResultList()) {
            RetentionRule present = byKind.get(r.dataKind());
            if (present == null || present.isDefault()) {
                byKind.put(r.dataKind(), r);
            }
        }
        return List.copyOf(byKind.values());
    }

    public Optional<RetentionRule> effective(long schoolId, String kind) {
        return effective(schoolId).stream().filter(r -> r.dataKind().equals(kind)).findFirst();
    }

    /** The school's own row for the kind, if it has one. */
    public Optional<RetentionRule> own(long schoolId, String kind) {
        return em.createQuery("SELECT r FROM RetentionRule r WHERE r.schoolId = :s AND r.dataKind = :k", RetentionRule.class)
                .setParameter("s", schoolId).setParameter("k", kind).getResultStream().findFirst();
    }
}
