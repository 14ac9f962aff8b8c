/** A statement: one dated claim a memo or a source makes about regions (see content/README.md, "Statements"). */
import { z } from 'zod';
import { partialDateFormat, periodBounds, precisionFormat, precisions } from '../../core/dates';
import { isPeriod, milestoneInfo, milestones, phaseMilestone, ssmMilestone } from '../milestones';
import { catalogued, kebabId, localizedText, organizationName, partialDate } from './fields';

export const phases = ['prototype', 'phase-1', 'phase-2', 'phase-3'] as const;
export type Phase = (typeof phases)[number];

export const statementSchema = z
  .object({
    milestone: z.enum(milestones).describe('What the statement is about.'),
    regions: z.array(kebabId).min(1, catalogued('schema.noRegion')).describe('Region ids: folder names in content/regions/.'),
    date: partialDate.optional(),
    precision: z.enum(precisions).optional().describe('How the source words the date: "end of April 2022" is end-of-month, "by April 2022" by-month, "by the end of April 2022" by-end-of-month (date YYYY-MM); "by 2025" is by-year, "by the end of 2023" by-end-of-year (date YYYY).'),
    start: partialDate.optional(),
    end: partialDate.optional(),
    status: z.enum(['planned', 'confirmed']).describe('planned: the source announces it for later, however firmly. confirmed: the source reports that it has happened (its date is on or before the source’s own date).'),
    phase: z.enum(phases).optional().describe('phase-assigned statements only.'),
    ssm: z.object({ lead: organizationName, partners: z.array(organizationName).default([]) }).strict().optional(),
    note: localizedText.optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const period = isPeriod(s.milestone);
    // Message and fix are keys of the check's catalogue; `values` fill both.
    const issue = (path: string, message: string, values: Record<string, string> = {}) =>
      ctx.addIssue({ code: 'custom', path: [path], message: catalogued(`schema.${message}`), params: { fix: catalogued(`schema.${message}Fix`), values } });
    if (period && s.date) issue('date', 'periodTakesStartEnd', { milestone: s.milestone });
    if (!period && (s.start || s.end)) issue('start', 'pointTakesDate', { milestone: s.milestone });
    if (Boolean(s.start) !== Boolean(s.end)) issue(s.start ? 'end' : 'start', 'startEndTogether');
    if (s.start && s.end && periodBounds(s.end).last < periodBounds(s.start).first) {
      issue('end', 'endBeforeStart', { start: s.start, end: s.end });
    }
    if (s.precision && !s.date) issue('precision', 'precisionWithoutDate');
    if (s.precision && s.date && precisionFormat[s.precision] !== partialDateFormat(s.date)) {
      issue('precision', 'precisionFormat', { precision: s.precision, format: formatExample[precisionFormat[s.precision]] });
    }
    const carries = milestoneInfo[s.milestone].carries;
    if ((carries === 'phase') !== Boolean(s.phase)) {
      issue('phase', s.phase ? 'phaseOnlyFor' : 'phaseMissing', { milestone: phaseMilestone, phases: phases.join(', ') });
    }
    if (s.ssm && carries !== 'ssm') issue('ssm', 'ssmOnlyFor', { milestone: ssmMilestone });
  });

const formatExample = { day: 'YYYY-MM-DD', month: 'YYYY-MM', 'part-of-year': 'YYYY-<part of the year>', year: 'YYYY' } as const;

export type Statement = z.infer<typeof statementSchema>;
