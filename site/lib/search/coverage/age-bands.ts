/**
 * The age bands commissioners plan by. They overlap at 19 on purpose: 16–19 is the last ordinary band (post-16
 * education and training), and 19–25 counts only services open to young people with SEND at those ages.
 */
export interface AgeBand {
  id: string;
  label: string;
  min: number;
  max: number;
  /** Count services by their SEND upper age (search's `send=1`), not their ordinary maximum. */
  send: boolean;
}

export const AGE_BANDS: readonly AgeBand[] = [
  { id: '0-4', label: '0 to 4', min: 0, max: 4, send: false },
  { id: '5-11', label: '5 to 11', min: 5, max: 11, send: false },
  { id: '12-15', label: '12 to 15', min: 12, max: 15, send: false },
  { id: '16-19', label: '16 to 19', min: 16, max: 19, send: false },
  { id: '19-25-send', label: '19 to 25 with SEND', min: 19, max: 25, send: true },
];

/** The ages a need plausibly concerns (content/vocabularies/needs.yaml `ages`). */
export interface AgeSpan {
  min: number;
  max: number;
}

/**
 * Whether a band is worth reporting as a gap for a need: it overlaps the need's span. A band outside it
 * (childcare for 16 to 19, youth clubs for 0 to 4) is not something a commissioner should be asked to fill.
 */
export function bandPlausible(band: Pick<AgeBand, 'min' | 'max'>, span: AgeSpan): boolean {
  return band.min <= span.max && band.max >= span.min;
}
