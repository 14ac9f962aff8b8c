/**
 * Type-level tests, checked by `npm run typecheck` (tsc): each `@ts-expect-error` line must stay
 * an error. If one compiles, tsc fails with "Unused '@ts-expect-error' directive".
 */
import { createTranslator } from 'next-intl';
import type { Milestone, MilestoneInfo } from '@/lib/content/milestones';
import { milestoneInfo } from '@/lib/content/milestones';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

/** Every milestone has its registry entry and its label in both message files. */
export const registryIsComplete: Record<Milestone, MilestoneInfo> = milestoneInfo;
export const labelsInEnglish: Record<Milestone, string> = en.Milestones;
export const labelsInFrench: Record<Milestone, string> = fr.Milestones;

/** A milestone added to the list without its registry entry does not compile… */
type WithANewMilestone = Milestone | 'a-new-milestone';
// @ts-expect-error — the registry has no entry for 'a-new-milestone'
export const registryMissingOne: Record<WithANewMilestone, MilestoneInfo> = milestoneInfo;
// …nor without its label.
// @ts-expect-error — messages/en.json has no label for 'a-new-milestone'
export const labelMissing: Record<WithANewMilestone, string> = en.Milestones;

/** A registry entry without its stage (or chart, or carries) does not compile. */
// @ts-expect-error — stage is required
export const entryWithoutStage: MilestoneInfo = { shape: 'point', chart: null, carries: null };

/** Message keys are typed: a mistyped key is a compile error, not a key shown on the page. */
const t = createTranslator({ locale: 'en', messages: en, namespace: 'Timeline' });
export const knownKey = t('sources');
// @ts-expect-error — there is no Timeline.sauces
export const mistypedKey = t('sauces');

/** So are the server components' translators (next-intl's AppConfig in global.d.ts). */
export async function serverKeysAreTyped() {
  const { getTranslations } = await import('next-intl/server');
  const page = await getTranslations({ locale: 'fr', namespace: 'RegionPage' });
  // @ts-expect-error — there is no RegionPage.tymeline
  return [page('timelineHeading'), page('tymeline')];
}
