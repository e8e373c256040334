package dk.oplys.core.domain.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A report period within a year, 'MM-DD' to 'MM-DD', with its deadline 'MM-DD' (next year when before the end). */
@Embeddable
public class ReportPeriod {

    @Column(name = "period_no", nullable = false)
    private int number;

    @Column(nullable = false)
    private String starts;

    @Column(nullable = false)
    private String ends;

    @Column(nullable = false)
    private String deadline;

    protected ReportPeriod() {
    }

    public ReportPeriod(int number, String starts, String ends, String deadline) {
        this.number = number;
        this.starts = starts;
        this.ends = ends;
        this.deadline = deadline;
    }

    public int number() { return number; }
    public String starts() { return starts; }
    public String ends() { return ends; }
    public String deadline() { return deadline; }
}
