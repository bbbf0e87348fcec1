import { errors } from '@strapi/utils';

import { IndexerOnlyError } from '../../server/src/utils/indexer-only';

describe('IndexerOnlyError', () => {
  it('is an HttpError Strapi answers with 503 and a message naming the option', () => {
    const error = new IndexerOnlyError();
    expect(error).toBeInstanceOf(errors.HttpError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ status: 503, expose: true, name: 'ServiceUnavailableError' });
    expect(error.message).toMatch(/indexer: false/);
    expect(error.stack).toEqual(expect.any(String));
  });
});
