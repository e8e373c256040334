package dk.oplys.core.infrastructure;

/**
 * Fired (synchronously, in the loading transaction) once the base demo data is in place, so each
 * area adds its own demo rows in its own class: {@code void add(@Observes DemoDataLoaded loaded)}.
 * The ids are those of the two demo schools.
 */
public record DemoDataLoaded(long schoolA, long schoolB) {
}
