// The demo action plans, both timed from today: the Social Value Charter's project plan (tasks
// with timescales such as "June/July", several complete, as in a scrutiny update report's
// table) and a scrutiny challenge session's recommendations R1 to R5 with owners and due dates,
// two of them overdue. Each item has dated progress updates.

import { addDays, addMonths, daysInMonth, monthName } from '../../shared/calendar-date';
import type {
  ActionItemFields,
  ActionPlanFields,
  ActionUpdateFields,
} from '../../shared/action-plan';

export interface DemoActionItem {
  fields: ActionItemFields;
  /** Oldest first, as they were written. */
  updates: ActionUpdateFields[];
}

export interface DemoActionPlan {
  fields: ActionPlanFields;
  items: DemoActionItem[];
}

/** Dates counted in months from today's month: day `day` of the month `offset` months away. */
class Months {
  readonly #first: string;
  readonly #today: string;

  constructor(today: string) {
    this.#today = today;
    this.#first = `${today.slice(0, 8)}01`;
  }

  /** A day of a month, never after today (an update cannot be written in the future). */
  day(offset: number, day: number): string {
    const date = addDays(addMonths(this.#first, offset), day - 1);
    return date < this.#today ? date : this.#today;
  }

  /** The last day of the month `offset` months away. */
  end(offset: number): string {
    const start = addMonths(this.#first, offset);
    const [year, month] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
    return `${start.slice(0, 8)}${daysInMonth(year, month)}`;
  }

  name(offset: number): string {
    return monthName(Number(addMonths(this.#first, offset).slice(5, 7)));
  }

  /** "June/July", or "October" for one month. */
  span(from: number, to: number): string {
    return from === to ? this.name(from) : `${this.name(from)}/${this.name(to)}`;
  }

  /** "By March 2026". */
  by(offset: number): string {
    return `By ${this.name(offset)} ${addMonths(this.#first, offset).slice(0, 4)}`;
  }
}

const item = (
  fields: Omit<ActionItemFields, 'reference'> & { reference?: string },
  updates: ActionUpdateFields[] = [],
): DemoActionItem => ({ fields: { reference: null, ...fields }, updates });

function charterPlan(m: Months): DemoActionPlan {
  const head = 'Head of Procurement';
  return {
    fields: {
      name: 'Social Value Charter: project plan',
      source: 'Social Value Charter update report to the Economic Development Scrutiny Commission',
      description:
        'The tasks to finalise, adopt and launch the council’s Social Value Charter, with the progress reported to each meeting of the commission.',
    },
    items: [
      item(
        {
          task: 'Engage with senior staff and lead members',
          owner: head,
          timescale: m.span(-9, -8),
          dueDate: m.end(-8),
          status: 'complete',
        },
        [
          {
            updateDate: m.day(-9, 18),
            text: 'Briefings booked with every lead member; four held so far.',
          },
          {
            updateDate: m.day(-7, 6),
            text: 'Complete. All 10 lead member briefings held, with positive discussion of the social value each directorate wants from its contracts. The discussions shaped the guide and the choice of delivery partners.',
          },
        ],
      ),
      item(
        {
          task: 'Engage with public sector partners',
          owner: 'Procurement Manager',
          timescale: `${m.span(-8, -7)} and ongoing`,
          dueDate: null,
          status: 'in-progress',
        },
        [
          {
            updateDate: m.day(-6, 12),
            text: 'In touch with the procurement leads of eight public bodies in the county, who also buy for six more.',
          },
          {
            updateDate: m.day(-2, 3),
            text: 'Met the county council and both universities: joint supplier events agreed. To be discussed at the Health and Wellbeing Board next month.',
          },
        ],
      ),
      item(
        {
          task: 'Draft the procurement and social value toolkit for staff',
          owner: 'Category Manager, Corporate',
          timescale: m.span(-9, -8),
          dueDate: m.end(-8),
          status: 'complete',
        },
        [
          {
            updateDate: m.day(-8, 20),
            text: 'Toolkit drafted, embedding social value in the procurement process and documents. Parts already in use.',
          },
          { updateDate: m.day(-5, 9), text: 'Complete. Published on the intranet.' },
        ],
      ),
      item(
        {
          task: 'Engage with potential intermediaries and delivery partners',
          owner: 'Economic Development Manager',
          timescale: m.span(-8, -7),
          dueDate: null,
          status: 'in-progress',
        },
        [
          {
            updateDate: m.day(-6, 22),
            text: 'Productive talks with the employment hub, the volunteer centre and the community foundation, now named in the guide. Working arrangements to be agreed after the launch; the colleges may join later versions.',
          },
        ],
      ),
      item(
        {
          task: 'Develop the social value guide for tenderers',
          owner: head,
          timescale: m.span(-8, -7),
          dueDate: m.end(-7),
          status: 'complete',
        },
        [
          {
            updateDate: m.day(-6, 2),
            text: 'Complete. Content finalised after consulting cabinet members, directors, delivery partners and the commission’s chair; being designed for publication at the launch.',
          },
        ],
      ),
      item(
        {
          task: 'Senior officer briefing',
          owner: head,
          timescale: `Late ${m.name(-5)}`,
          dueDate: m.end(-5),
          status: 'complete',
        },
        [
          {
            updateDate: m.day(-5, 24),
            text: 'Complete. Presented with the cabinet member at the directors and heads of service briefing; well received.',
          },
        ],
      ),
      item(
        {
          task: 'Train procuring and commissioning officers',
          owner: 'Procurement Manager',
          timescale: m.span(-1, 0),
          dueDate: m.end(0),
          status: 'in-progress',
        },
        [
          {
            updateDate: m.day(-1, 15),
            text: 'Three sessions booked and attendees confirmed. Materials based on the toolkit and the guide.',
          },
        ],
      ),
      item(
        {
          task: 'Launch and communications',
          owner: 'Communications Manager',
          timescale: m.span(0, 1),
          dueDate: m.end(1),
          status: 'in-progress',
        },
        [
          {
            updateDate: m.day(0, 2),
            text: 'Executive decision report drafted; press release next. A soft launch at partners’ events rather than a launch event of our own.',
          },
        ],
      ),
      item({
        task: 'Update the procurement plan',
        owner: head,
        timescale: m.name(2),
        dueDate: m.end(2),
        status: 'not-started',
      }),
    ],
  };
}

function scrutinyPlan(m: Months): DemoActionPlan {
  return {
    fields: {
      name: 'Social Value Act scrutiny challenge session: action plan',
      source: 'Overview and Scrutiny Committee challenge session recommendations',
      description:
        'The five recommendations of the committee’s challenge session on the Social Value Act, agreed by Cabinet, and what is being done about each.',
    },
    items: [
      item(
        {
          reference: 'R1',
          task: 'Develop a social value policy setting out the council’s social value priorities, and review how it links with the council’s other policies and strategies.',
          owner: 'Corporate Director of Resources',
          timescale: m.by(-4),
          dueDate: m.end(-4),
          status: 'complete',
        },
        [
          {
            updateDate: m.day(-10, 14),
            text: 'Delivery group set up: economic development, procurement, legal, policy and the CVS. Research to inform the policy commissioned (under £25,000).',
          },
          {
            updateDate: m.day(-6, 8),
            text: 'Draft policy consulted on with partners and providers.',
          },
          { updateDate: m.day(-4, 21), text: 'Complete. Policy adopted by Cabinet.' },
        ],
      ),
      item(
        {
          reference: 'R2',
          task: 'Develop an approach to monitoring and measuring social value outputs: a standard framework, flexible to the needs and nature of each contract.',
          owner: 'Head of Procurement',
          timescale: m.by(-1),
          dueDate: m.end(-1),
          status: 'in-progress',
        },
        [
          {
            updateDate: m.day(-5, 11),
            text: 'Starter measures framework agreed and the council’s proxy values set.',
          },
          {
            updateDate: m.day(-1, 19),
            text: 'Quarterly returns running on the larger contracts. Smaller contracts to follow once their suppliers have been briefed.',
          },
        ],
      ),
      item(
        {
          reference: 'R3',
          task: 'Examine options for a social value impact and outcomes assessment tool, to gauge the contribution to the council’s priorities.',
          owner: 'Strategy, Policy and Performance Manager',
          timescale: m.by(2),
          dueDate: m.end(2),
          status: 'in-progress',
        },
        [
          {
            updateDate: m.day(-1, 7),
            text: 'Options paper drafted, comparing our own reporting with licensed tools.',
          },
        ],
      ),
      item(
        {
          reference: 'R4',
          task: 'Agree how services work together so that social value is owned across the whole commissioning and procurement cycle.',
          owner: 'Strategic Procurement Board',
          timescale: m.span(-3, -1),
          dueDate: addDays(m.end(-1), -14),
          status: 'on-hold',
        },
        [
          {
            updateDate: m.day(-2, 16),
            text: 'On hold until the directorate restructure is settled; the board will take it up at its next meeting.',
          },
        ],
      ),
      item({
        reference: 'R5',
        task: 'Develop a social value communication and engagement plan, so that providers and communities know the opportunities and the difference social value makes.',
        owner: 'Communications Manager',
        timescale: 'Once the policy is adopted',
        dueDate: m.end(4),
        status: 'not-started',
      }),
    ],
  };
}

export function generateActionPlans(today: string): DemoActionPlan[] {
  const months = new Months(today);
  return [charterPlan(months), scrutinyPlan(months)];
}
