package dk.oplys.core.disclosure;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One disclosure: when, to whom (kind and reference: a municipality code, a haulier id, the
 * provider), how, which persons, which fields, on which basis, and the receipt if the receiver
 * gave one. Holds ids and field names only, never the values sent.
 */
@Entity
@Table(name = "disclosure")
public class Disclosure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private Long schoolId;

    @Column(name = "disclosed_at", nullable = false, updatable = false)
    private Instant disclosedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false, updatable = false)
    private Recipient recipient;

    @Column(name = "recipient_ref", nullable = false, updatable = false)
    private String recipientRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DisclosureChannel channel;

    /** Field names, comma-separated, in {@link Field} order. */
    @Column(nullable = false, updatable = false)
    private String fields;

    @Column(name = "legal_basis", nullable = false, updatable = false)
    private String legalBasis;

    /** What was sent: a report id and version, a schedule version, an order id. */
    @Column(name = "document_ref", updatable = false)
    private String documentRef;

    @Column(nullable = false, updatable = false)
    private String actor;

    private String receipt;

    @ElementCollection
    @CollectionTable(name = "disclosure_person", joinColumns = @JoinColumn(name = "disclosure_id"))
    @Column(name = "participant_id")
    private Set<Long> participantIds = new HashSet<>();

    protected Disclosure() {
    }

    Disclosure(Long schoolId, Instant at, Recipient recipient, String recipientRef, DisclosureChannel channel,
               Set<Field> fields, String documentRef, String actor, Collection<Long> participantIds) {
        this.schoolId = schoolId;
        this.disclosedAt = at;
        this.recipient = recipient;
        this.recipientRef = recipientRef;
        this.channel = channel;
        this.fields = fields.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.legalBasis = recipient.legalBasis();
        this.documentRef = documentRef;
        this.actor = actor;
        this.participantIds.addAll(participantIds);
    }

    public void receipt(String receipt) {
        this.receipt = receipt;
    }

    public Set<Field> fieldSet() {
        Set<Field> s = EnumSet.noneOf(Field.class);
        for (String f : fields.split(",")) {
            if (!f.isEmpty()) {
                s.add(Field.valueOf(f));
            }
        }
        return s;
    }

    public Long id() { return id; }
    public Long schoolId() { return schoolId; }
    public Instant disclosedAt() { return disclosedAt; }
    public Recipient recipient() { return recipient; }
    public String recipientRef() { return recipientRef; }
    public DisclosureChannel channel() { return channel; }
    public String legalBasis() { return legalBasis; }
    public String documentRef() { return documentRef; }
    public String actor() { return actor; }
    public String receipt() { return receipt; }
    public Set<Long> participantIds() { return Set.copyOf(participantIds); }
}
