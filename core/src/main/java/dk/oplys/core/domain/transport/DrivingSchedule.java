package dk.oplys.core.domain.transport;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A course's kørselsplan: its runs (one per lesson: the date, when pickups start and when the
 * lesson starts and ends) and who is picked up for every run. Holds exactly what the haulier may
 * receive (recipient HAULIER) and nothing else; {@link #changesSince} says what a new version
 * changes, in Danish, for the haulier's notice.
 */
public record DrivingSchedule(List<Run> runs, List<Pickup> pickups) {

    /** One drive to a lesson. */
    public record Run(long lessonId, LocalDate date, LocalTime pickupFrom, LocalTime lessonStart, LocalTime lessonEnd) {
    }

    /** One person to pick up. {@code enrolmentId} identifies the row between versions and is not shown. */
    public record Pickup(long enrolmentId, String name, String street, String postcode, String city, String mobilityAid,
                         boolean companion, String phone, String notes) {
        public String address() {
            return street + ", " + postcode + " " + city;
        }

        @Override
        public String toString() {
            return "Pickup[" + enrolmentId + "]";
        }
    }

    public boolean sameAs(DrivingSchedule other) {
        return other != null && runs.equals(other.runs) && pickups.equals(other.pickups);
    }

    /** What changed from {@code before} (null: nothing existed before), one line per change. */
    public List<String> changesSince(DrivingSchedule before) {
        List<String> out = new ArrayList<>();
        if (before == null) {
            out.add("Første version af kørselsplanen.");
            return out;
        }
        Map<Long, Run> oldRuns = index(before.runs, Run::lessonId);
        Map<Long, Run> newRuns = index(runs, Run::lessonId);
        for (Run r : runs) {
            Run o = oldRuns.get(r.lessonId());
            if (o == null) {
                out.add("Ny kørsel: " + r.date() + ", afhentning fra kl. " + r.pickupFrom() + ".");
            } else if (!o.equals(r)) {
                out.add("Flyttet: kørslen " + o.date() + " kl. " + o.pickupFrom() + " er nu " + r.date() + " kl. "
                        + r.pickupFrom() + ".");
            }
        }
        for (Run o : before.runs) {
            if (!newRuns.containsKey(o.lessonId())) {
                out.add("Aflyst: kørslen " + o.date() + " kl. " + o.pickupFrom() + ".");
            }
        }
        Map<Long, Pickup> oldPickups = index(before.pickups, Pickup::enrolmentId);
        Map<Long, Pickup> newPickups = index(pickups, Pickup::enrolmentId);
        for (Pickup p : pickups) {
            Pickup o = oldPickups.get(p.enrolmentId());
            if (o == null) {
                out.add("Ny passager: " + p.name() + ".");
            } else if (!o.equals(p)) {
                out.add("Ændret: " + p.name() + " (" + String.join(", ", differences(o, p)) + ").");
            }
        }
        for (Pickup o : before.pickups) {
            if (!newPickups.containsKey(o.enrolmentId())) {
                out.add("Udgået: " + o.name() + " skal ikke længere hentes.");
            }
        }
        return out;
    }

    /** The enrolments whose passenger {@link #changesSince} names: added, changed or gone. */
    public java.util.Set<Long> namedSince(DrivingSchedule before) {
        java.util.Set<Long> named = new java.util.TreeSet<>();
        if (before == null) {
            return named;
        }
        Map<Long, Pickup> oldPickups = index(before.pickups, Pickup::enrolmentId);
        Map<Long, Pickup> newPickups = index(pickups, Pickup::enrolmentId);
        pickups.stream().filter(p -> !p.equals(oldPickups.get(p.enrolmentId()))).forEach(p -> named.add(p.enrolmentId()));
        before.pickups.stream().filter(o -> !newPickups.containsKey(o.enrolmentId())).forEach(o -> named.add(o.enrolmentId()));
        return named;
    }

    private static List<String> differences(Pickup a, Pickup b) {
        List<String> d = new ArrayList<>();
        if (!a.name().equals(b.name())) {
            d.add("navn");
        }
        if (!a.address().equals(b.address())) {
            d.add("afhentningsadresse");
        }
        if (!Objects.equals(a.mobilityAid(), b.mobilityAid())) {
            d.add("hjælpemiddel");
        }
        if (a.companion() != b.companion()) {
            d.add("ledsager");
        }
        if (!Objects.equals(a.phone(), b.phone())) {
            d.add("telefon");
        }
        if (!Objects.equals(a.notes(), b.notes())) {
            d.add("besked");
        }
        return d;
    }

    private static <T> Map<Long, T> index(List<T> items, Function<T, Long> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (x, y) -> x, LinkedHashMap::new));
    }
}
