/** Pages other than an article have no JSON-LD (this closes the slot on client navigation). */
export default function NoJsonLd() {
  return null;
}
