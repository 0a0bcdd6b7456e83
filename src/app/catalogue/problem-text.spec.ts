import { problemText } from './problem-text';

describe('problemText', () => {
  it('names the field the server rejected, not its English message', () => {
    const text = problemText({
      type: '/problems/validation',
      title: 'The request is not valid',
      status: 400,
      errors: [{ path: '/query/theme', message: 'is not a known theme' }],
    });
    expect(text).toContain('主题');
    expect(text).not.toContain('known');
  });

  it('tells an unreachable backend from a server fault', () => {
    expect(problemText({ type: '/problems/unreachable', title: 'x', status: 0 })).toContain(
      '无法连接',
    );
    expect(problemText({ type: '/problems/internal', title: 'x', status: 500 })).toContain('12345');
  });

  it('says a missing service was not found', () => {
    expect(problemText({ type: '/problems/not-found', title: 'Not found', status: 404 })).toBe(
      '没有找到这项服务。',
    );
  });
});
