package dk.oplys.core.domain.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A group that qualifies for reduced fee under a municipality's rules, with its declaration text. */
@Entity
@Table(name = "reduced_fee_group")
public class ReducedFeeGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "municipality_code", nullable = false)
    private String municipalityCode;

    private String code;
    private String name;

    @Column(name = "text_version")
    private String textVersion;

    @Column(name = "declaration_text")
    private String declarationText;

    protected ReducedFeeGroup() {
    }

    public Long id() { return id; }
    public String municipalityCode() { return municipalityCode; }
    public String code() { return code; }
    public String name() { return name; }
    public String textVersion() { return textVersion; }
    public String declarationText() { return declarationText; }
}
