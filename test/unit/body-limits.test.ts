import { checkBodyShape } from '../../server/src/middlewares/body-limits';

describe('request body limits', () => {
  const nested = (depth: number) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);

  it('passes an ordinary write body, rich text included', () => {
    const body = {
      data: {
        title: 'x',
        body: [
          {
            type: 'list',
            children: [{ type: 'list-item', children: [{ type: 'text', text: 'a' }] }],
          },
        ],
      },
    };
    expect(checkBodyShape(body)).toBeNull();
  });

  it('refuses a body nested deeper than the limit with 400, without overflowing the stack', () => {
    expect(checkBodyShape(nested(10_000))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/nested deeper than 64/),
    });
    expect(checkBodyShape(nested(64))).toBeNull();
  });

  it('refuses a body with too many values with 413', () => {
    expect(checkBodyShape({ data: new Array(200).fill(0) }, 64, 100)).toMatchObject({
      status: 413,
    });
  });
});
