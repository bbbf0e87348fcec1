/** Distinct colours for the sections of the map, given in order of first appearance. */
const PALETTE = [
  '#4945ff',
  '#ee5e52',
  '#328048',
  '#d9822f',
  '#7b79ff',
  '#0c75af',
  '#a5436f',
  '#8c6d1f',
  '#3f8f8f',
  '#6c3fb5',
];
export const NO_SECTION_COLOR = '#8e8ea9';

export const sectionColors = (sections: (string | null)[]): Map<string, string> => {
  const colors = new Map<string, string>();
  for (const section of sections) {
    if (section && !colors.has(section)) {
      colors.set(section, PALETTE[colors.size % PALETTE.length]);
    }
  }
  return colors;
};
