/** The month names, January first: one list for reading dates, writing them, and checking them. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The month names in lower case, January first. */
export const MONTHS_LOWER: readonly string[] = MONTHS.map((m) => m.toLowerCase());
