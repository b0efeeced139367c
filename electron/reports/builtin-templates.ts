// The three templates every workspace starts with, modelled on real council reports (see
// ../shared/seeds/): a scrutiny update report, a cabinet report and an annual social value
// report. The wording is our own, in their register; the council edits it in the workspace.

import type { TemplateFieldsInput, TemplateKey } from '../../shared/report';

const asPrevious = 'There are no further implications beyond those set out in previous reports.';

export const builtinTemplates: Record<TemplateKey, TemplateFieldsInput> = {
  'scrutiny-update': {
    name: 'Scrutiny update report',
    committee: 'Scrutiny Commission',
    title: 'Social Value Update Report',
    sections: [
      {
        heading: 'Purpose of report',
        body: 'The purpose of this report is to update the Commission on progress with the tasks being carried out to implement the council’s social value policy, and on the social value secured through the council’s contracts.',
      },
      {
        heading: 'Recommendations',
        body: 'The Commission is asked to:\n\n1. Note the progress set out in this report.\n2. Comment on the action plan and the social value delivered to date.',
      },
      {
        heading: 'Main report',
        body: '**Background**\n\nThis report updates the progress reported to the Commission at its last meeting, using the table of tasks set out in that report.\n\n**Project plan and progress update**\n\nThe following table sets out each task, its timescale and the progress made.',
        blocks: [{ kind: 'action-plan', after: 4 }],
      },
      {
        heading: 'Social value delivered',
        body: 'The figures below show the social value committed by suppliers and the social value delivered and verified in the period.',
        blocks: [
          { kind: 'headline-figures', after: 1 },
          { kind: 'committed-delivered', options: { display: 'both' }, after: 1 },
        ],
      },
      { heading: 'Financial implications', body: asPrevious },
      { heading: 'Legal implications', body: asPrevious },
      { heading: 'Equalities implications', body: asPrevious },
      { heading: 'Climate emergency implications', body: asPrevious },
      { heading: 'Risk management implications', body: asPrevious },
      { heading: 'Background papers', body: 'None.' },
    ],
  },
  cabinet: {
    name: 'Cabinet report',
    committee: 'Cabinet',
    title: 'Social Value: Report and Action Plan',
    sections: [
      {
        heading: 'Executive summary',
        numbered: false,
        body: 'This report sets out the social value secured through the council’s contracts and the action plan for taking the council’s social value policy forward.',
      },
      {
        heading: 'Recommendations',
        numbered: false,
        body: 'The Cabinet is recommended to:\n\n1. Note the social value committed and delivered, as set out in this report.\n2. Agree the action plan set out in this report.',
      },
      {
        heading: 'Reasons for the decisions',
        body: 'The council has a duty under the Public Services (Social Value) Act 2012 to consider how the services it procures might improve the economic, social and environmental well-being of the area. Reporting what has been secured allows Members to hold the council to account for that duty.',
      },
      {
        heading: 'Alternative options',
        body: 'The council could continue without a formal action plan. This is not recommended, as it would not secure the improvements the action plan sets out and would not be in line with the Best Value duty.',
      },
      {
        heading: 'Details of report',
        body: 'The social value committed by suppliers, and what they have delivered, is summarised below.',
        blocks: [
          { kind: 'headline-figures', after: 1 },
          { kind: 'committed-delivered', options: { display: 'both' }, after: 1 },
          { kind: 'action-plan', after: 1 },
        ],
      },
      {
        heading: 'Comments of the Chief Finance Officer',
        body: 'There are no direct financial implications arising from this report. Should additional resources be needed to deliver the action plan, officers will identify them and seek approval through the council’s financial approval process.',
      },
      {
        heading: 'Legal comments',
        body: 'The Public Services (Social Value) Act 2012 requires the council, when procuring services above the relevant threshold, to consider how what is procured might improve the economic, social and environmental well-being of the area. The recommendations are consistent with that duty.',
      },
      {
        heading: 'One council / equalities implications',
        body: 'Social value commitments such as local employment, apprenticeships and spend with small and voluntary organisations support the council’s equalities objectives.',
      },
      {
        heading: 'Best value implications',
        body: 'Considering social value in procurement supports the council’s duty to secure continuous improvement in the way its functions are exercised, having regard to economy, efficiency and effectiveness.',
      },
      {
        heading: 'Sustainable action for a greener environment',
        body: 'Environmental measures, such as carbon savings, form part of the social value the council seeks from its suppliers.',
      },
      {
        heading: 'Risk management implications',
        body: 'The risk that commitments are not delivered is managed through monitoring of suppliers’ returns, as set out in this report.',
      },
      {
        heading: 'Crime and disorder reduction implications',
        body: 'There are no direct crime and disorder implications arising from this report.',
      },
      {
        heading: 'Safeguarding implications',
        body: 'There are no direct safeguarding implications arising from this report.',
      },
      {
        heading: 'Linked reports, appendices and background documents',
        numbered: false,
        body: '**Linked reports**\n\n- None.\n\n**Appendices**\n\n- Appendix 1: the figures behind the tables in this report.\n\n**Background documents**\n\n- None.',
      },
      {
        heading: 'Officer contact details for documents',
        numbered: false,
        body: 'Contact the report author named above.',
      },
    ],
  },
  annual: {
    name: 'Annual social value report',
    committee: 'Cabinet',
    title: 'Annual Social Value Report',
    sections: [
      {
        heading: 'Purpose of report',
        body: 'This report sets out the social value the council secured through its contracts in the year, and what suppliers delivered against their commitments.',
      },
      {
        heading: 'Recommendations',
        body: 'That the Committee notes the social value committed and delivered in the year, as set out in this report.',
      },
      {
        heading: 'Headline figures',
        body: 'The headline figures for the year are as follows.',
        blocks: [{ kind: 'headline-figures', after: 1 }],
      },
      {
        heading: 'Procurement exercises and contracts',
        body: 'The procurement exercises started, and the contracts running, in the year are summarised below.',
        blocks: [{ kind: 'exercises-contracts', options: { limit: 10 }, after: 1 }],
      },
      {
        heading: 'Committed against delivered by theme',
        body: 'The table and chart below compare the social value committed with what has been delivered and verified, by theme.',
        blocks: [{ kind: 'committed-delivered', options: { display: 'both' }, after: 1 }],
      },
      {
        heading: 'Delivery ratings',
        body: 'Each commitment is rated against what was expected by this point in the contract: green at or above 90%, amber from 60% to 90%, red below 60%, and grey when a return is missing.',
        blocks: [{ kind: 'rag-summary', after: 1 }],
      },
      {
        heading: 'Local, SME and VCSE share',
        body: 'The share of contract value held by local suppliers, small and medium-sized enterprises, and voluntary, community and social enterprises is shown below.',
        blocks: [{ kind: 'supplier-shares', after: 1 }],
      },
      {
        heading: 'Top contracts',
        body: 'The contracts with the most social value committed are listed below.',
        blocks: [{ kind: 'top-contracts', options: { topN: 10 }, after: 1 }],
      },
      {
        heading: 'Action plan progress',
        body: 'Progress against the social value action plan is set out below.',
        blocks: [{ kind: 'action-plan', after: 1 }],
      },
      {
        heading: 'Case studies',
        body: 'The following case studies illustrate the difference social value has made. Only case studies the supplier has agreed may be published are included.',
        blocks: [{ kind: 'case-studies', options: { limit: 5 }, after: 1 }],
      },
      {
        heading: 'Missing returns',
        body: 'The following returns were due from suppliers and had not been received when the figures were taken.',
        blocks: [{ kind: 'missing-returns', options: { limit: 20 }, after: 1 }],
      },
      {
        heading: 'Financial implications',
        body: 'There are no direct financial implications arising from this report.',
      },
      {
        heading: 'Legal implications',
        body: 'The report supports the council’s duty under the Public Services (Social Value) Act 2012.',
      },
      {
        heading: 'Equalities implications',
        body: 'There are no direct equalities implications arising from this report.',
      },
      { heading: 'Background papers', body: 'None.' },
    ],
  },
};
