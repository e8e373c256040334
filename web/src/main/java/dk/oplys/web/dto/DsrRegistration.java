package dk.oplys.web.dto;

import dk.oplys.core.dsr.RequestChannel;
import dk.oplys.core.dsr.RequestKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A request received by phone, letter, e-mail or in person, registered by staff (participant when known). */
public record DsrRegistration(Long participantId, @NotNull RequestKind kind, @NotNull RequestChannel channel,
                              LocalDate receivedOn, @Size(max = 2000) String details) {
}
