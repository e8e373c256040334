/**
 * Teaching: the school's rules for teachers ({@link dk.oplys.core.domain.teaching.TeachingSettings},
 * {@link dk.oplys.core.domain.teaching.TeacherAccessPolicy}) and the mødeprotokol (attendance register):
 * attendance per lesson, the teacher's sign-off, and changes after it with their reason.
 */
package dk.oplys.core.domain.teaching;
