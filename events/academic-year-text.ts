import * as z from 'zod';

/** An academic year: `2026/27` (canonical) or `2023-24` (how the first records wrote it). */
export const AcademicYearTextSchema = z.string().regex(/^\d{4}[/-]\d{2}$/, 'academicYear looks like 2026/27');
