import { formatOf } from '../../server/src/importer/format';

describe('formatOf (import files by content)', () => {
  it('tells ninjs from the plugin’s NDJSON and from WXR', () => {
    expect(formatOf('[{"uri":"urn:x"}]')).toBe('ninjs-array');
    expect(formatOf('  \n[\n')).toBe('ninjs-array');
    expect(formatOf('{"uri":"urn:x","headlines":[{"value":"A"}]}\n{"uri":"urn:y"}\n')).toBe(
      'ninjs'
    );
    expect(formatOf('{"externalId":"a","title":"A"}\n')).toBe('ndjson');
    // a first line longer than the head: judged by its first key
    expect(formatOf('{"uri":"urn:x","bodies":[{"value":"…')).toBe('ninjs');
    expect(formatOf('{"externalId":"a","body":"…')).toBe('ndjson');
    expect(formatOf('<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/">')).toBe(
      'wxr'
    );
  });
});
