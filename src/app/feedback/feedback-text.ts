import type {
  CaseKind,
  CaseStatus,
  RatingChannel,
  RatingLevel,
  RatingReason,
} from '@contract/feedback';

/** Names of the contract's codes in the page's language. */

export function kindText(kind: CaseKind): string {
  switch (kind) {
    case 'complaint':
      return $localize`:@@feedback.kind.complaint:投诉`;
    case 'suggestion':
      return $localize`:@@feedback.kind.suggestion:建议`;
    case 'praise':
      return $localize`:@@feedback.kind.praise:表扬`;
    case 'question':
      return $localize`:@@feedback.kind.question:咨询`;
    case 'negative-rating':
      return $localize`:@@feedback.kind.negativeRating:差评`;
  }
}

export function levelText(level: RatingLevel): string {
  switch (level) {
    case 'very-satisfied':
      return $localize`:@@feedback.level.verySatisfied:非常满意`;
    case 'satisfied':
      return $localize`:@@feedback.level.satisfied:满意`;
    case 'basically-satisfied':
      return $localize`:@@feedback.level.basicallySatisfied:基本满意`;
    case 'dissatisfied':
      return $localize`:@@feedback.level.dissatisfied:不满意`;
    case 'very-dissatisfied':
      return $localize`:@@feedback.level.veryDissatisfied:非常不满意`;
  }
}

export function reasonText(reason: RatingReason): string {
  switch (reason) {
    case 'materials-unclear':
      return $localize`:@@feedback.reason.materialsUnclear:材料要求说得不清楚`;
    case 'come-back-again':
      return $localize`:@@feedback.reason.comeBackAgain:被要求再跑一次`;
    case 'long-wait':
      return $localize`:@@feedback.reason.longWait:等候时间太长`;
    case 'attitude':
      return $localize`:@@feedback.reason.attitude:工作人员态度不好`;
    case 'system-fault':
      return $localize`:@@feedback.reason.systemFault:系统故障`;
    case 'other':
      return $localize`:@@feedback.reason.other:其他原因`;
  }
}

export function channelText(channel: RatingChannel): string {
  switch (channel) {
    case 'online':
      return $localize`:@@feedback.channel.online:网上办理`;
    case 'hall':
      return $localize`:@@feedback.channel.hall:在办事大厅办理`;
    case 'appointment':
      return $localize`:@@feedback.channel.appointment:预约后到大厅办理`;
  }
}

export function statusText(status: CaseStatus): string {
  switch (status) {
    case 'received':
      return $localize`:@@feedback.status.received:已收到`;
    case 'in-review':
      return $localize`:@@feedback.status.inReview:正在处理`;
    case 'replied':
      return $localize`:@@feedback.status.replied:已答复`;
    case 'reopened':
      return $localize`:@@feedback.status.reopened:重新处理`;
    case 'closed':
      return $localize`:@@feedback.status.closed:已办结`;
  }
}
