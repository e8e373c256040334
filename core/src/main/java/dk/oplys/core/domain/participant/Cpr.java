package dk.oplys.core.domain.participant;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A Danish CPR number (personnummer), validated by its date and century digit only.
 *
 * <p>Modulus 11 is deliberately not a validity test: numbers issued since 2007 may fail it.
 * {@link #passesModulus11()} exists so staff can be warned, never so input can be rejected.
 * {@link #toString()} is masked; the full number is only available through {@link #digits()}.
 */
public final class Cpr {

    private static final int[] MOD11_WEIGHTS = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};

    private final String digits;
    private final LocalDate birthDate;

    private Cpr(String digits, LocalDate birthDate) {
        this.digits = digits;
        this.birthDate = birthDate;
    }

    /**
     * Parses {@code DDMMYY-SSSS} or ten digits. Replacement numbers (day + 60) are accepted.
     *
     * @return the number, or empty when it is not a possible CPR number
     */
    public static Optional<Cpr> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.strip().replace("-", "").replace(" ", "");
        if (compact.length() != 10 || !compact.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int day = Integer.parseInt(compact.substring(0, 2));
        int month = Integer.parseInt(compact.substring(2, 4));
        int yy = Integer.parseInt(compact.substring(4, 6));
        int seventh = compact.charAt(6) - '0';
        if (day > 60) {
            day -= 60; // replacement number
        }
        int century = century(seventh, yy);
        try {
            return Optional.of(new Cpr(compact, LocalDate.of(century + yy, month, day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The century rule from cpr.dk: the 7th digit and the two-digit year decide. */
    static int century(int seventhDigit, int yy) {
        return switch (seventhDigit) {
            case 0, 1, 2, 3 -> 1900;
            case 4, 9 -> yy <= 36 ? 2000 : 1900;
            default -> yy <= 57 ? 2000 : 1800; // 5, 6, 7, 8
        };
    }

    /** Ten digits, no separator. Only for encryption, hashing and lawful disclosure. */
    public String digits() {
        return digits;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** Odd last digit: man; even: woman (as registered in CPR). */
    public boolean registeredMale() {
        return (digits.charAt(9) - '0') % 2 == 1;
    }

    /** For a warning to staff only; failing it does not make a number invalid. */
    public boolean passesModulus11() {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (digits.charAt(i) - '0') * MOD11_WEIGHTS[i];
        }
        return sum % 11 == 0;
    }

    /** {@code DDMMYY-XXXX}: the birth date part, which the person's birth date reveals anyway. */
    public String masked() {
        return digits.substring(0, 6) + "-XXXX";
    }

    /** {@code DDMMYY-SSSS}. */
    public String formatted() {
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cpr other && other.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    @Override
    public String toString() {
        return "Cpr[masked]";
    }
}
