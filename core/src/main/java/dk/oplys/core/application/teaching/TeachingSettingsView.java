package dk.oplys.core.application.teaching;

import dk.oplys.core.domain.teaching.TeachingSettings;

/** The school's teaching settings as the API shows them. */
public record TeachingSettingsView(int accessDaysBefore, int accessDaysAfter, boolean teacherSeesPhone) {

    static TeachingSettingsView of(TeachingSettings s) {
        return new TeachingSettingsView(s.accessDaysBefore(), s.accessDaysAfter(), s.teacherSeesPhone());
    }
}
