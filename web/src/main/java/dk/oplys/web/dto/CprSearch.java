package dk.oplys.web.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A CPR number to search for; sent in a POST body so that it never appears in a URL or access log. */
public record CprSearch(@NotBlank @Size(max = 11) String cpr) {

    @Override
    public String toString() {
        return "CprSearch[masked]";
    }
}
