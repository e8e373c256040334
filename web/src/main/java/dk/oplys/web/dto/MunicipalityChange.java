package dk.oplys.web.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The participant's municipal relations: hjemstedskommune, and optionally handle- and betalingskommune. */
public record MunicipalityChange(@NotNull @Pattern(regexp = "\\d{3}") String hjemstedskommune,
                                 @Pattern(regexp = "\\d{3}") String handlekommune,
                                 @Pattern(regexp = "\\d{3}") String betalingskommune) {
}
