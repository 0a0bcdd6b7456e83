import { randomBytes } from 'node:crypto';
import type { Localized } from '../../../contract/catalogue.ts';

/** 128 random bits in the URL-safe alphabet the contract's token pattern takes. */
export function newInvitationToken(): string {
  return randomBytes(16).toString('base64url');
}

export interface InvitationMessageInput {
  token: string;
  date: string;
  service: Localized;
  hall: Localized;
}

/**
 * The text message asking for a rating once an appointment's time has passed (一事一评): both
 * languages, each with the link into that language's build of the portal.
 */
export function invitationMessages(origin: string, input: InvitationMessageInput) {
  const link = (prefix: 'zh' | 'en') => `${origin}/${prefix}/feedback/rate?token=${input.token}`;
  return [
    {
      locale: 'zh-CN' as const,
      body: `【江澄政务】感谢您${input.date}在${input.hall.zh}办理“${input.service.zh}”。请为本次服务评价（好差评）：${link('zh')}`,
    },
    {
      locale: 'en' as const,
      body: `[Jiangcheng Gov] Thank you for your visit to ${input.hall.en} on ${input.date} (${input.service.en}). Please rate the service: ${link('en')}`,
    },
  ];
}
