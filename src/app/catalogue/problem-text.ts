import { MAX_QUERY_LENGTH } from '@contract/constants/catalogue-limits';
import { UNREACHABLE_STATUSES } from '@contract/constants/http-statuses';
import type { Problem } from '@contract/problem';

/**
 * What went wrong, in the page's language. The server's `title` and `detail` are English for
 * developers; citizens read a message chosen by the problem's `type` and field paths instead.
 */
export function problemText(problem: Problem): string {
  if (problem.type === '/problems/validation') {
    const paths = (problem.errors ?? []).map((e) => e.path);
    if (paths.includes('/query/theme')) {
      return $localize`:@@catalogue.problem.theme:没有找到这个主题，请从主题列表中选择。`;
    }
    if (paths.includes('/query/department')) {
      return $localize`:@@catalogue.problem.department:没有找到这个部门，请从部门列表中选择。`;
    }
    if (paths.includes('/query/q')) {
      return $localize`:@@catalogue.problem.query:搜索词太长，请不要超过 ${MAX_QUERY_LENGTH}:max: 个字。`;
    }
    return $localize`:@@catalogue.problem.validation:搜索条件有误，请修改后再试。`;
  }
  if (problem.type === '/problems/not-found' || problem.status === 404) {
    return $localize`:@@catalogue.problem.notFound:没有找到这项服务。`;
  }
  if (problem.type === '/problems/rate-limited' || problem.status === 429) {
    return $localize`:@@catalogue.problem.rateLimited:请求太频繁，请稍等一会儿再试。`;
  }
  if (problem.type === '/problems/unreachable' || UNREACHABLE_STATUSES.includes(problem.status)) {
    return $localize`:@@catalogue.problem.unreachable:暂时无法连接到服务，请检查网络后重试。`;
  }
  return $localize`:@@catalogue.problem.other:系统出现问题，请稍后重试。如果问题持续，请拨打 12345 政务服务便民热线。`;
}

/**
 * Whether asking again can succeed: not for a request the server refused as wrong (a theme or
 * department that does not exist, words too long) or for something that is not there. Rate
 * limits and timeouts pass, as do failures of the network or the server.
 */
export function canRetry(problem: Problem): boolean {
  if (problem.type === '/problems/validation') return false;
  const { status } = problem;
  return !(status >= 400 && status < 500 && status !== 408 && status !== 429);
}
