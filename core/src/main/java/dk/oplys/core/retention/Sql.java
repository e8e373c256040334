package dk.oplys.core.retention;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;

/** Small helpers for the targets' native statements, which all work on bounded lists of ids. */
public final class Sql {

    private Sql() {
    }

    /** Runs {@code sql} with {@code :ids} bound; an empty list affects nothing (and sends nothing). */
    public static int update(EntityManager em, String sql, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery(sql).setParameter("ids", ids).executeUpdate();
    }

    /** The ids a native query returns, whatever number type the driver gives. */
    public static List<Long> ids(jakarta.persistence.Query q) {
        return ((List<?>) q.getResultList()).stream().map(o -> ((Number) o).longValue()).toList();
    }

    /** The ids {@code sql} selects with {@code :ids} bound. */
    public static List<Long> ids(EntityManager em, String sql, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return ids(em.createNativeQuery(sql).setParameter("ids", ids));
    }
}
