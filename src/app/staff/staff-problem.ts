import type { Problem } from '@contract/problem';
import { problemFrom } from '../core/http-problem';

/**
 * The fields of a form that a problem's `errors[]` points at (`/body/newPassword` ->
 * newPassword), among those the form has.
 */
export function problemFields<Field extends string>(
  problem: Problem,
  fields: readonly Field[],
): Field[] {
  const named = new Set<string>();
  for (const error of problem.errors ?? []) {
    for (const part of error.path.split('/')) named.add(part);
  }
  return fields.filter((field) => named.has(field));
}

/** What went wrong with a staff request as a whole, in the page's language. */
export function requestMessage(error: unknown): string {
  const problem = problemFrom(error);
  if (problem.type === '/problems/unreachable' || [0, 502, 503, 504].includes(problem.status)) {
    return $localize`:@@staff.shell.error.unreachable:暂时无法连接到服务，您填写的内容都已保留。请检查网络后重试。`;
  }
  switch (problem.status) {
    case 401:
      return $localize`:@@staff.shell.error.signedOut:您已被退出登录，请重新登录。`;
    case 403:
      return $localize`:@@staff.shell.error.forbidden:您没有权限进行这项操作。`;
    case 404:
      return $localize`:@@staff.shell.error.notFound:找不到这项内容，可能已被删除或地址有误。`;
    case 429:
      return $localize`:@@staff.shell.error.rateLimited:操作太频繁，请稍等一会儿再试。`;
  }
  return $localize`:@@staff.shell.error.other:系统出现问题，您填写的内容都已保留。请稍后重试。`;
}
