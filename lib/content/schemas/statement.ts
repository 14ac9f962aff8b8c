/** A statement: one dated claim a memo or a source makes about regions (see content/README.md, "Statements"). */
import { z } from 'zod';
import { partialDateFormat, periodBounds, precisionFormat, precisions } from '../../core/dates';
import { isPeriod, milestoneInfo, milestones, phaseMilestone, ssmMilestone } from '../milestones';
import { kebabId, localizedText, organizationName, partialDate } from './fields';

export const phases = ['prototype', 'phase-1', 'phase-2', 'phase-3'] as const;
export type Phase = (typeof phases)[number];

export const statementSchema = z
  .object({
    milestone: z.enum(milestones).describe('What the statement is about.'),
    regions: z.array(kebabId).min(1, 'must name at least one region').describe('Region ids: folder names in content/regions/.'),
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
    if (period && s.date) ctx.addIssue({ code: 'custom', path: ['date'], message: `a ${s.milestone} takes start and end, not date`, params: { fix: 'replace date with start and end (YYYY-MM or YYYY-MM-DD), or leave all three out if the source gives no dates.' } });
    if (!period && (s.start || s.end)) ctx.addIssue({ code: 'custom', path: ['start'], message: `a ${s.milestone} takes date, not start and end`, params: { fix: 'use date (and precision if needed); only planning and transition periods have start and end.' } });
    if (Boolean(s.start) !== Boolean(s.end)) ctx.addIssue({ code: 'custom', path: [s.start ? 'end' : 'start'], message: 'start and end go together', params: { fix: 'give both start and end, or neither.' } });
    if (s.start && s.end && periodBounds(s.end).last < periodBounds(s.start).first) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `end (${s.end}) is before start (${s.start})`, params: { fix: 'check the source: end must be the same day as start or later (both days count).' } });
    }
    if (s.precision && !s.date) ctx.addIssue({ code: 'custom', path: ['precision'], message: 'precision applies to date only', params: { fix: 'remove precision, or give the statement a date.' } });
    if (s.precision && s.date && precisionFormat[s.precision] !== partialDateFormat(s.date)) {
      ctx.addIssue({ code: 'custom', path: ['precision'], message: `"${s.precision}" needs a date written ${formatExample[precisionFormat[s.precision]]}`, params: { fix: `write the date as ${formatExample[precisionFormat[s.precision]]}, or choose the precision that matches it.` } });
    }
    const carries = milestoneInfo[s.milestone].carries;
    if ((carries === 'phase') !== Boolean(s.phase)) {
      ctx.addIssue({ code: 'custom', path: ['phase'], message: s.phase ? `phase belongs to ${phaseMilestone} statements only` : `a ${phaseMilestone} statement names its phase`, params: { fix: s.phase ? `remove phase, or change milestone to ${phaseMilestone}.` : `add phase: ${phases.join(', ')}.` } });
    }
    if (s.ssm && carries !== 'ssm') ctx.addIssue({ code: 'custom', path: ['ssm'], message: `ssm belongs to ${ssmMilestone} statements only`, params: { fix: `move the ssm block to an ${ssmMilestone} statement.` } });
  });

const formatExample = { day: 'YYYY-MM-DD', month: 'YYYY-MM', 'part-of-year': 'YYYY-<part of the year>', year: 'YYYY' } as const;

export type Statement = z.infer<typeof statementSchema>;
