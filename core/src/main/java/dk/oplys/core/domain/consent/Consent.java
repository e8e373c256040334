package dk.oplys.core.domain.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One purpose-specific consent: the text version shown, when and how it was given and withdrawn. */
@Entity
@Table(name = "consent")
public class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "participant_id", nullable = false)
    private Long participantId;

    @Enumerated(EnumType.STRING)
    private ConsentPurpose purpose;

    @Column(name = "text_version")
    private String textVersion;

    @Enumerated(EnumType.STRING)
    private ConsentForm form;

    @Column(name = "given_at")
    private Instant givenAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawn_form")
    private ConsentForm withdrawnForm;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    protected Consent() {
    }

    public Consent(Long schoolId, Long participantId, ConsentPurpose purpose, String textVersion, ConsentForm form,
                   String recordedBy, Instant now) {
        this.schoolId = schoolId;
        this.participantId = participantId;
        this.purpose = purpose;
        this.textVersion = textVersion;
        this.form = form;
        this.recordedBy = recordedBy;
        this.givenAt = now;
    }

    public void withdraw(ConsentForm how, String by, Instant now) {
        if (withdrawnAt == null) {
            withdrawnAt = now;
            withdrawnForm = how;
            withdrawnBy = by;
        }
    }

    public boolean active() {
        return withdrawnAt == null;
    }

    public Long id() { return id; }
    public Long schoolId() { return schoolId; }
    public Long participantId() { return participantId; }
    public ConsentPurpose purpose() { return purpose; }
    public String textVersion() { return textVersion; }
    public ConsentForm form() { return form; }
    public Instant givenAt() { return givenAt; }
    public String recordedBy() { return recordedBy; }
    public Instant withdrawnAt() { return withdrawnAt; }
    public ConsentForm withdrawnForm() { return withdrawnForm; }
}
