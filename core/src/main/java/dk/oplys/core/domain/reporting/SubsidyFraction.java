package dk.oplys.core.domain.reporting;

import dk.oplys.core.domain.course.ActivityKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The share of teacher pay the municipality subsidises for one activity kind (e.g. 1/3, 5/7, 8/9). */
@Embeddable
public class SubsidyFraction {

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_kind", nullable = false)
    private ActivityKind activityKind;

    private int numerator;
    private int denominator;

    protected SubsidyFraction() {
    }

    public SubsidyFraction(ActivityKind activityKind, int numerator, int denominator) {
        this.activityKind = activityKind;
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public ActivityKind activityKind() { return activityKind; }
    public int numerator() { return numerator; }
    public int denominator() { return denominator; }
}
