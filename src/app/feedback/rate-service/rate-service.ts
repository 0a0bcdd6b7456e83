import {
  ChangeDetectionStrategy,
  Component,
  LOCALE_ID,
  computed,
  inject,
  signal,
} from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import type { RatingChannel, RatingInput, RatingLevel, RatingReason } from '@contract/feedback';
import { type PortalLocale, portalLocale } from '../../core/locale';
import { CharacterCount, characterLength } from '../../shared/character-count/character-count';
import { ErrorSummary } from '../../shared/error-summary/error-summary';
import { LocalizedPipe } from '../../shared/localized/localized-pipe';
import { FieldError } from '../field-error/field-error';
import { type FeedbackField, formErrors, problemMessage } from '../feedback-problem';
import {
  COMMENT_MAX_LENGTH,
  LEVELS_WITH_REASONS,
  NEGATIVE_LEVELS,
  RATING_LEVELS,
} from '../feedback-rules';
import { channelText, levelText, reasonText } from '../feedback-text';
import { valueOf } from '../../shared/form-value';
import { RateServicePageActions } from '../state/feedback.actions';
import { isMobileNumber, normalizedMobile } from '../../shared/mobile-number/mobile-number';
import {
  selectHallOptions,
  selectInvitation,
  selectOptions,
  selectRating,
  selectServiceOptions,
} from '../state/feedback.feature';

const REASONS: readonly RatingReason[] = [
  'materials-unclear',
  'come-back-again',
  'long-wait',
  'attitude',
  'system-fault',
  'other',
];
const CHANNELS: readonly RatingChannel[] = ['online', 'hall'];

export interface RatingAnswers {
  service: string;
  hall: string;
  /** Empty until the citizen chooses: GOV.UK forms do not choose for them. */
  channel: RatingChannel | '';
  level: RatingLevel | '';
  reasons: RatingReason[];
  comment: string;
  mobile: string;
  website: string;
}

/** What the form itself can tell is wrong; the server checks everything again. */
export function ratingErrors(answers: RatingAnswers): FeedbackField[] {
  const errors: FeedbackField[] = [];
  if (!answers.service) errors.push('service');
  if (!answers.channel) errors.push('channel');
  if (answers.channel === 'hall' && !answers.hall) errors.push('hall');
  if (!answers.level) errors.push('level');
  else if (LEVELS_WITH_REASONS.includes(answers.level) && answers.reasons.length === 0) {
    errors.push('reasons');
  }
  if (characterLength(answers.comment) > COMMENT_MAX_LENGTH) errors.push('comment');
  const mobile = normalizedMobile(answers.mobile);
  if (mobile && !isMobileNumber(mobile)) errors.push('mobile');
  return errors;
}

/**
 * The request body: reasons only for the lower three levels, a mobile only with a negative one,
 * and with a link's token the appointment's own service, hall and channel.
 */
export function ratingInput(
  answers: RatingAnswers,
  locale: PortalLocale,
  token: string | null,
): RatingInput {
  const level = answers.level as RatingLevel;
  const comment = answers.comment.trim();
  const mobile = normalizedMobile(answers.mobile);
  const channel = token ? 'appointment' : (answers.channel as RatingChannel);
  return {
    service: answers.service,
    ...(channel !== 'online' && answers.hall ? { hall: answers.hall } : {}),
    channel,
    level,
    ...(LEVELS_WITH_REASONS.includes(level) ? { reasons: answers.reasons } : {}),
    ...(comment ? { comment } : {}),
    ...(NEGATIVE_LEVELS.includes(level) && mobile ? { mobile } : {}),
    ...(token ? { token } : {}),
    locale,
    ...(answers.website ? { website: answers.website } : {}),
  };
}

/**
 * `/feedback/rate`: 好差评 for one service. From a guide the service comes in `?service=`; from
 * the link sent after an appointment, `?token=` names the visit, which can be rated once.
 */
@Component({
  selector: 'app-rate-service',
  imports: [RouterLink, CharacterCount, ErrorSummary, FieldError, LocalizedPipe],
  templateUrl: './rate-service.html',
  styleUrl: '../../shared/form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RateService {
  private readonly store = inject(Store);
  private readonly locale = portalLocale(inject(LOCALE_ID));
  private readonly query = inject(ActivatedRoute).snapshot.queryParamMap;

  protected readonly token = this.query.get('token');
  protected readonly levels = RATING_LEVELS;
  protected readonly reasons = REASONS;
  protected readonly channels = CHANNELS;
  protected readonly levelText = levelText;
  protected readonly reasonText = reasonText;
  protected readonly channelText = channelText;
  protected readonly commentMax = COMMENT_MAX_LENGTH;

  protected readonly invitation = this.store.selectSignal(selectInvitation);
  protected readonly options = this.store.selectSignal(selectOptions);
  protected readonly services = this.store.selectSignal(selectServiceOptions);
  protected readonly halls = this.store.selectSignal(selectHallOptions);
  protected readonly rating = this.store.selectSignal(selectRating);

  // Bound by hand rather than with ReactiveFormsModule (see the submission form).
  protected readonly answers = signal<RatingAnswers>({
    service: this.query.get('service') ?? '',
    hall: '',
    channel: '',
    level: '',
    reasons: [],
    comment: '',
    mobile: '',
    website: '',
  });
  protected readonly valueOf = valueOf;
  protected readonly askReasons = computed(() => {
    const level = this.answers().level;
    return !!level && LEVELS_WITH_REASONS.includes(level);
  });
  protected readonly negative = computed(() => {
    const level = this.answers().level;
    return !!level && NEGATIVE_LEVELS.includes(level);
  });
  protected readonly atHall = computed(() => this.answers().channel === 'hall');
  protected readonly commentLength = computed(() => characterLength(this.answers().comment));
  /** The service named in the URL, when the catalogue knows it. */
  protected readonly namedService = computed(() => {
    const code = this.query.get('service');
    return code ? (this.services().find((s) => s.code === code) ?? null) : null;
  });

  private readonly found = signal<FeedbackField[]>([]);
  private readonly check = formErrors(this.found, this.rating);
  protected readonly errors = this.check.errors;
  protected readonly summary = this.check.summary;
  protected readonly failure = this.check.failure;
  protected readonly describedBy = this.check.describedBy;
  protected readonly linkProblem = computed(() => {
    const invitation = this.invitation();
    return invitation.status === 'error' && invitation.error
      ? invitation.error.status === 404
        ? $localize`:@@feedback.rate.linkUnknown:这个评价链接无效。请检查短信中的链接是否完整，或者直接评价这项服务。`
        : problemMessage(invitation.error)
      : null;
  });
  protected readonly sending = computed(() => this.rating().status === 'loading');

  constructor() {
    this.store.dispatch(RateServicePageActions.opened({ token: this.token }));
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.sending()) return;
    const answers = this.sent();
    const errors = ratingErrors(answers);
    this.found.set(errors);
    if (errors.length > 0) return;
    this.store.dispatch(
      RateServicePageActions.ratingSubmitted({
        input: ratingInput(answers, this.locale, this.token),
      }),
    );
  }

  protected update<K extends keyof RatingAnswers>(key: K, value: RatingAnswers[K]): void {
    this.answers.update((answers) => ({ ...answers, [key]: value }));
  }

  protected toggleReason(reason: RatingReason, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    const reasons = new Set(this.answers().reasons);
    if (on) reasons.add(reason);
    else reasons.delete(reason);
    this.update(
      'reasons',
      REASONS.filter((r) => reasons.has(r)),
    );
  }

  /** The answers as sent: a link's visit fixes the service, hall and channel. */
  private sent(): RatingAnswers {
    const answers = this.answers();
    const invitation = this.invitation().invitation;
    return {
      ...answers,
      ...(invitation ? { service: invitation.service, hall: invitation.hall } : {}),
      channel: this.token ? 'appointment' : answers.channel,
    };
  }
}
