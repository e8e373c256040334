package dk.oplys.core.dsr;

import java.time.LocalDate;
import java.util.List;

/**
 * What an erasure did: what went at once, and what stays, why and until when. {@code text} is the
 * answer in Danish as the person receives it (and as the register records it).
 */
public record ErasureAnswer(String outcome, boolean personErased, List<String> deleted, List<Kept> kept, String text) {

    public record Kept(String what, String why, LocalDate until) {
    }
}
