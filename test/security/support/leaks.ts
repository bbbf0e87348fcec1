import { DRAFT_WORD, EDIT_WORD, SECRET_EMAIL } from './fixtures';

/** Private fields of the plugin's models (`private: true` in content-types/*). */
export const PRIVATE_FIELDS = ['email', 'importHash', 'nameKey', 'targetDocumentId', 'label'];

/** Asserts that nothing unpublished or private is anywhere in an answer. */
export const expectNothingHidden = (body: unknown) => {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(new RegExp(DRAFT_WORD, 'i'));
  expect(text).not.toMatch(new RegExp(EDIT_WORD, 'i'));
  expect(text).not.toContain(SECRET_EMAIL);
  for (const field of PRIVATE_FIELDS) expect(text).not.toContain(`"${field}":`);
};

/** The words probes ask about: two that only hidden content holds, one nothing holds. */
export const HIDDEN_WORDS = [DRAFT_WORD, EDIT_WORD];
export const NO_SUCH_WORD = 'Zzyzxnothingholdsthis';
