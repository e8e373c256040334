package dk.oplys.core.domain.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A qualifying reduced-fee group (by its reduced_fee_group code), the amount claimed back per participant and the evidence required. */
@Embeddable
public class ReducedFeeRate {

    @Column(name = "group_code", nullable = false)
    private String groupCode;

    @Column(name = "amount_ore", nullable = false)
    private long amountOre;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Evidence evidence;

    protected ReducedFeeRate() {
    }

    public ReducedFeeRate(String groupCode, long amountOre, Evidence evidence) {
        this.groupCode = groupCode;
        this.amountOre = amountOre;
        this.evidence = evidence;
    }

    public String groupCode() { return groupCode; }
    public long amountOre() { return amountOre; }
    public Evidence evidence() { return evidence; }
}
