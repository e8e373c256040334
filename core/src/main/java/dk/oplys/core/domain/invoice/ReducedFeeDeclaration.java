package dk.oplys.core.domain.invoice;

import dk.oplys.core.domain.consent.ConsentForm;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A tro og love-erklæring: the participant declares they belong to a qualifying group. The exact
 * text shown is copied in, so later edits to the group's text do not change what was declared.
 * Kept as bookkeeping material with the invoice.
 */
@Entity
@Table(name = "reduced_fee_declaration")
public class ReducedFeeDeclaration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private Long schoolId;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    private Long enrolmentId;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private Long participantId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "group_id", updatable = false)
    private ReducedFeeGroup group;

    @Column(name = "text_version", nullable = false, updatable = false)
    private String textVersion;

    @Column(name = "text_shown", nullable = false, updatable = false)
    private String textShown;

    @Column(name = "declared_at", nullable = false, updatable = false)
    private Instant declaredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentForm form;

    @Column(name = "entered_by", nullable = false, updatable = false)
    private String enteredBy;

    protected ReducedFeeDeclaration() {
    }

    public ReducedFeeDeclaration(Long schoolId, Long enrolmentId, Long participantId, ReducedFeeGroup group,
                                 Instant declaredAt, ConsentForm form, String enteredBy) {
        this.schoolId = schoolId;
        this.enrolmentId = enrolmentId;
        this.participantId = participantId;
        this.group = group;
        this.textVersion = group.textVersion();
        this.textShown = group.declarationText();
        this.declaredAt = declaredAt;
        this.form = form;
        this.enteredBy = enteredBy;
    }

    public Long id() { return id; }
    public Long enrolmentId() { return enrolmentId; }
    public ReducedFeeGroup group() { return group; }
    public String textVersion() { return textVersion; }
    public String textShown() { return textShown; }
    public Instant declaredAt() { return declaredAt; }
    public ConsentForm form() { return form; }
}
