/**
 * A choice the search page offers from a vocabulary (a need, a locality, an access route, a language): its id, as
 * URLs and search documents carry it, and its label, as people read it. The filters and the island's labels both
 * take lists of these, so the shape is declared once.
 */
export interface Option {
  id: string;
  label: string;
}
