package dk.oplys.core.domain.enrolment;

import dk.oplys.core.domain.course.Course;
import dk.oplys.core.domain.participant.Participant;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A participant's place on a course, or on its waiting list. */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    /** An unguessable reference the participant may hold (confirmation page, e-mail). */
    @Column(name = "public_ref", nullable = false)
    private String publicRef;

    @Enumerated(EnumType.STRING)
    private EnrolmentStatus status;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    /** The staff user who entered it, or "self" for an online sign-up. */
    @Column(name = "entered_by")
    private String enteredBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "waiting_since")
    private Instant waitingSince;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Column(name = "active_participant_id")
    private Long activeParticipantId;

    /** Who pays, when the course has a fee (set when the enrolment is made). */
    @Column(name = "payer_id")
    private Long payerId;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "enrolment_field_value", joinColumns = @JoinColumn(name = "enrolment_id"))
    @MapKeyColumn(name = "field_key")
    @Column(name = "field_value")
    private Map<String, String> fieldValues = new HashMap<>();

    protected Enrolment() {
    }

    public Enrolment(Course course, Participant participant, boolean seatTaken, Channel channel, String enteredBy,
                     Map<String, String> fieldValues, Instant now) {
        this(course, participant, seatTaken, channel, enteredBy, fieldValues, null, now);
    }

    /** With the payer known beforehand, so the row is written once (no UPDATE while the seat is locked). */
    public Enrolment(Course course, Participant participant, boolean seatTaken, Channel channel, String enteredBy,
                     Map<String, String> fieldValues, Long payerId, Instant now) {
        this.payerId = payerId;
        this.schoolId = course.schoolId();
        this.course = course;
        this.participant = participant;
        this.publicRef = UUID.randomUUID().toString();
        this.channel = channel;
        this.enteredBy = enteredBy;
        this.createdAt = now;
        this.fieldValues = new HashMap<>(fieldValues);
        this.activeParticipantId = participant.id();
        if (seatTaken) {
            status = EnrolmentStatus.CONFIRMED;
            confirmedAt = now;
        } else {
            status = EnrolmentStatus.WAITING;
            waitingSince = now;
        }
    }

    /** The waiting-list entry got the seat that was freed. */
    public void promote(Instant now) {
        if (status != EnrolmentStatus.WAITING) {
            throw new IllegalStateException("only a waiting enrolment can be promoted");
        }
        status = EnrolmentStatus.CONFIRMED;
        confirmedAt = now;
    }

    /** @return whether a seat was held and is now free */
    public boolean cancel(String by, Instant now) {
        boolean heldSeat = status == EnrolmentStatus.CONFIRMED;
        status = EnrolmentStatus.CANCELLED;
        cancelledAt = now;
        cancelledBy = by;
        activeParticipantId = null;
        return heldSeat;
    }

    public boolean active() {
        return status != EnrolmentStatus.CANCELLED;
    }

    public void payBy(Long payerId) {
        this.payerId = payerId;
    }

    public Long payerId() { return payerId; }
    public Long id() { return id; }
    public Long schoolId() { return schoolId; }
    public Course course() { return course; }
    public Participant participant() { return participant; }
    public String publicRef() { return publicRef; }
    public EnrolmentStatus status() { return status; }
    public Channel channel() { return channel; }
    public String enteredBy() { return enteredBy; }
    public Instant createdAt() { return createdAt; }
    public Instant waitingSince() { return waitingSince; }
    public Instant confirmedAt() { return confirmedAt; }
    public Instant cancelledAt() { return cancelledAt; }
    public String cancelledBy() { return cancelledBy; }
    public Map<String, String> fieldValues() { return Map.copyOf(fieldValues); }
}
