package dk.oplys.core.application.view;

import dk.oplys.core.domain.course.ActivityKind;
import dk.oplys.core.domain.course.Course;
import dk.oplys.core.domain.course.CourseField;
import dk.oplys.core.domain.course.CourseStatus;
import dk.oplys.core.domain.course.Lesson;
import dk.oplys.core.domain.course.Venue;
import dk.oplys.core.domain.user.AppUser;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A course as the catalogue and staff see it. Holds no personal data except the teachers' names,
 * which are public course information.
 */
public record CourseView(long id, String title, String description, ActivityKind activityKind, CourseStatus status,
                         VenueView venue, List<LessonView> lessons, BigDecimal lessonUnits, List<String> teachers,
                         int capacity, int seatsTaken, int seatsLeft, long feeOre, Long reducedFeeOre,
                         Instant signupOpensAt, Instant signupClosesAt, boolean transportOffered,
                         List<FieldView> fields) {

    /** A venue with its address and municipality. */
    public record VenueView(long id, String name, String street, String postcode, String city, String municipalityCode) {
        static VenueView of(Venue v) {
            return new VenueView(v.id(), v.name(), v.street(), v.postcode(), v.city(), v.municipalityCode());
        }
    }

    /** A lesson and its derived lesson units (45 minutes each). */
    public record LessonView(long id, LocalDate date, LocalTime start, LocalTime end, BigDecimal units) {
        static LessonView of(Lesson l) {
            return new LessonView(l.id(), l.date(), l.start(), l.end(), l.units());
        }
    }

    /** A course-specific field asked at sign-up. */
    public record FieldView(String key, String label, String type, boolean required, List<String> options) {
        static FieldView of(CourseField f) {
            return new FieldView(f.key(), f.label(), f.type().name(), f.required(), f.options());
        }
    }

    public static CourseView of(Course c) {
        return new CourseView(c.id(), c.title(), c.description(), c.activityKind(), c.status(),
                VenueView.of(c.venue()), c.lessons().stream().map(LessonView::of).toList(), c.totalLessonUnits(),
                c.teachers().stream().map(AppUser::fullName).sorted().toList(),
                c.capacity(), c.seatsTaken(), Math.max(0, c.capacity() - c.seatsTaken()), c.feeOre(),
                c.reducedFeeOre().orElse(null), c.signupOpensAt(), c.signupClosesAt(), c.transportOffered(),
                c.fields().stream().map(FieldView::of).toList());
    }
}
