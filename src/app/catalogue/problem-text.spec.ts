import type { Problem, ProblemType } from '@contract/problem';
import { canRetry, problemText } from './problem-text';

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

describe('canRetry', () => {
  it('offers to ask again only where asking again can succeed', () => {
    const problem = (type: ProblemType, status: number): Problem => ({ type, title: 'x', status });
    expect(canRetry(problem('/problems/validation', 400))).toBeFalse();
    expect(canRetry(problem('/problems/not-found', 404))).toBeFalse();
    expect(canRetry(problem('/problems/rate-limited', 429))).toBeTrue();
    expect(canRetry(problem('/problems/request-timeout', 408))).toBeTrue();
    expect(canRetry(problem('/problems/unreachable', 0))).toBeTrue();
    expect(canRetry(problem('/problems/internal', 500))).toBeTrue();
  });
});
