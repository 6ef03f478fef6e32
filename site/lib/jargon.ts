/**
 * Words professionals use that families meet in letters and meetings, each explained in plain English.
 * Kept as data so the jargon buster page and any future tooltips use the same words.
 */
export interface JargonTerm {
  id: string;
  term: string;
  meaning: string;
}

export const JARGON: JargonTerm[] = [
  {
    id: 'early-help',
    term: 'Early Help',
    meaning: 'Support for a family as soon as a problem starts, before it gets worse. It is voluntary: you choose whether to take part.',
  },
  {
    id: 'early-help-assessment',
    term: 'Early Help Assessment',
    meaning:
      'A conversation with a worker about what is going well and what is hard for your family, written down so everyone helping you knows what you need.',
  },
  {
    id: 'taf',
    term: 'TAF (Team Around the Family)',
    meaning:
      'A meeting of you and the people who work with your family, such as school, a health visitor or a family support worker, to agree a plan together.',
  },
  {
    id: 'lead-practitioner',
    term: 'Lead practitioner',
    meaning: 'The one worker who coordinates the help for your family, so you have a single person to talk to.',
  },
  {
    id: 'levels-of-need',
    term: 'Thresholds or levels of need',
    meaning:
      'How councils describe how much help a family needs. Level 1 (universal): help open to everyone. Level 2 (targeted or early help): extra support for emerging problems. Level 3 (specialist): complex needs, usually with a referral. Level 4: statutory social care, when a child is at risk.',
  },
  {
    id: 'referral',
    term: 'Referral',
    meaning: 'When a professional asks a service to help you. Some services need a referral; others you can contact yourself (self-referral).',
  },
  { id: 'self-referral', term: 'Self-referral', meaning: 'Contacting a service yourself, without needing a professional to refer you.' },
  {
    id: 'send',
    term: 'SEND',
    meaning: 'Special educational needs and disabilities: when a child or young person needs extra help to learn, or has a disability.',
  },
  {
    id: 'sen-support',
    term: 'SEN support',
    meaning: 'Extra help a school or nursery gives a child with special educational needs, without an EHCP.',
  },
  {
    id: 'ehcp',
    term: 'EHCP (Education, Health and Care Plan)',
    meaning: 'A legal document for a child or young person up to 25 with SEND, setting out their needs and the support they must get.',
  },
  {
    id: 'local-offer',
    term: 'Local Offer',
    meaning: 'The information every council publishes about services for children and young people with SEND and their families.',
  },
  {
    id: 'sendco',
    term: 'SENCO',
    meaning: 'Special Educational Needs Coordinator: the teacher in a school or nursery who organises help for children with SEND.',
  },
  {
    id: 'camhs',
    term: 'CAMHS',
    meaning:
      "Child and Adolescent Mental Health Services: the NHS services for children and young people's mental health. Usually needs a referral from a GP, school or other professional.",
  },
  {
    id: 'idva',
    term: 'IDVA',
    meaning: 'Independent Domestic Violence Adviser: a trained specialist who helps people at high risk from domestic abuse to stay safe.',
  },
  {
    id: 'marac',
    term: 'MARAC',
    meaning:
      'Multi-Agency Risk Assessment Conference: a meeting where police, health, housing and others share information to protect people at high risk of domestic abuse.',
  },
  {
    id: 'haf',
    term: 'HAF (Holiday Activities and Food)',
    meaning: 'Free holiday clubs with activities and a healthy meal, for children who get benefits-related free school meals.',
  },
  {
    id: 'fsm',
    term: 'Free school meals',
    meaning: 'Free lunches at school for children in families on some benefits. Infants (reception to year 2) get them whatever your income.',
  },
  {
    id: 'family-hub',
    term: 'Family Hub',
    meaning: 'A local place where families with children aged 0 to 19 (up to 25 with SEND) can get help, activities and advice in one place.',
  },
  {
    id: 'health-visitor',
    term: 'Health visitor',
    meaning: 'A nurse or midwife who supports families with children under 5: feeding, sleep, development checks and more.',
  },
  {
    id: 'safeguarding',
    term: 'Safeguarding',
    meaning: 'Protecting children from harm. Every professional has a duty to act if they think a child is at risk.',
  },
  {
    id: 'section-17',
    term: 'Child in need (Section 17)',
    meaning: 'A child who needs extra services from the council to be healthy and develop well, such as some disabled children.',
  },
  {
    id: 'young-carer',
    term: 'Young carer',
    meaning:
      'A young person under 18 who helps look after someone in their family who is ill, disabled, or has a mental health or drug or alcohol problem.',
  },
  {
    id: 'short-breaks',
    term: 'Short breaks (respite)',
    meaning: 'Time away for a disabled child to do activities, which also gives parents and carers a break.',
  },
  { id: 'neet', term: 'NEET', meaning: 'Not in education, employment or training: young people aged 16 to 24 who are not studying or working.' },
  {
    id: 'universal-credit',
    term: 'Universal Credit',
    meaning: 'A monthly benefit for people on a low income or out of work. It can include help with childcare and housing costs.',
  },
];
