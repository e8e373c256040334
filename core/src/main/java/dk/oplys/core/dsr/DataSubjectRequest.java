package dk.oplys.core.dsr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One registered request, its deadline (one month after it arrived) and the answer given. */
@Entity
@Table(name = "data_subject_request")
public class DataSubjectRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private Long schoolId;

    @Column(name = "participant_id")
    private Long participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RequestKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RequestChannel channel;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(nullable = false, updatable = false)
    private LocalDate deadline;

    private String details;

    @Column(name = "registered_by", nullable = false, updatable = false)
    private String registeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by")
    private String answeredBy;

    private String outcome;

    private String answer;

    @Version
    private long version;

    protected DataSubjectRequest() {
    }

    public DataSubjectRequest(Long schoolId, Long participantId, RequestKind kind, RequestChannel channel,
                              Instant receivedAt, LocalDate receivedOn, String details, String registeredBy) {
        this.schoolId = schoolId;
        this.participantId = participantId;
        this.kind = kind;
        this.channel = channel;
        this.receivedAt = receivedAt;
        this.deadline = receivedOn.plusMonths(1);
        this.details = details;
        this.registeredBy = registeredBy;
    }

    /** After the person is erased the register keeps the request, not who made it or what they wrote. */
    public void forget() {
        this.participantId = null;
        this.details = null;
    }

    public boolean answered() {
        return answeredAt != null;
    }

    public void answer(String outcome, String answer, String by, Instant at) {
        this.outcome = outcome;
        this.answer = answer;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public Long id() { return id; }
    public Long schoolId() { return schoolId; }
    public Long participantId() { return participantId; }
    public RequestKind kind() { return kind; }
    public RequestChannel channel() { return channel; }
    public Instant receivedAt() { return receivedAt; }
    public LocalDate deadline() { return deadline; }
    public String details() { return details; }
    public String registeredBy() { return registeredBy; }
    public Instant answeredAt() { return answeredAt; }
    public String answeredBy() { return answeredBy; }
    public String outcome() { return outcome; }
    public String answer() { return answer; }
}
