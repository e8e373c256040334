package dk.oplys.web.dto;

import dk.oplys.core.application.teaching.AttendanceMark;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Attendance marks for one lesson; after the lesson is signed off a reason is required. */
public record AttendanceUpdate(@NotNull @Size(max = 200) List<@Valid @NotNull AttendanceMark> marks,
                               @Size(max = 500) String reason) {
}
