import type { Row } from './rows';

/** 能力: how a person thinks and works with others, shown across tasks. */
export const ABILITIES: readonly Row[] = [
  [
    '沟通协调能力',
    'Communication & Coordination',
    [
      '清晰表达、积极倾听，协调各方达成一致并推动执行',
      'Expresses ideas clearly, listens actively and brings parties to agreement and action.',
    ],
    [
      [
        '能清楚表达自己的意见，准确传达上级要求',
        'States their own view clearly and passes on instructions accurately.',
      ],
      [
        '能在部门内沟通和协调工作，书面和口头表达条理清晰',
        'Coordinates work within the department; writes and speaks in a well-structured way.',
      ],
      [
        '能协调跨部门分歧，找到各方可接受的方案并跟进落实',
        'Resolves cross-department disagreements with solutions all sides accept and follows them up.',
      ],
      [
        '能与高层和外部利益相关方沟通复杂或敏感事项，达成共识',
        'Handles complex or sensitive matters with senior and external stakeholders and reaches consensus.',
      ],
    ],
  ],
  [
    '领导力',
    'Leadership',
    [
      '明确方向、激励团队，带领团队达成目标',
      'Sets direction, motivates people and leads the team to its goals.',
    ],
    [
      [
        '能在小组任务中带头示范，主动承担工作',
        'Leads by example on group tasks and takes on work willingly.',
      ],
      [
        '能给团队成员分配任务、给予反馈，带领班组完成日常目标',
        'Assigns tasks, gives feedback and leads a team to its daily targets.',
      ],
      [
        '能把部门目标分解到人，建设团队文化，处理绩效问题',
        'Cascades department goals to individuals, builds team culture and handles performance issues.',
      ],
      [
        '能提出组织愿景并推动变革，培养管理梯队',
        'Sets an organisational vision, leads change and develops the management pipeline.',
      ],
    ],
  ],
  [
    '谈判能力',
    'Negotiation',
    [
      '在守住底线的前提下寻找双赢方案，达成协议',
      'Reaches agreements that protect the company’s limits while finding mutual gains.',
    ],
    [
      [
        '能说明本方的要求和底线，记录谈判要点',
        'States their side’s requirements and limits and records the key points.',
      ],
      [
        '能就薪资 offer、采购价格等常规事项准备方案并独立谈判',
        'Prepares and conducts routine negotiations, such as salary offers or purchase prices, alone.',
      ],
      [
        '能分析对方的利益和替代方案，在复杂谈判中争取有利条件',
        'Analyses the other side’s interests and alternatives and wins favourable terms in complex negotiations.',
      ],
      [
        '能主导重大合同、集体协商等战略性谈判，并维护长期关系',
        'Leads strategic negotiations such as major contracts or collective consultation while keeping long-term relationships.',
      ],
    ],
  ],
  [
    '学习能力',
    'Learning Agility',
    [
      '主动获取新知识和技能，并迅速运用到工作中',
      'Actively acquires new knowledge and skills and applies them quickly.',
    ],
    [
      ['能按要求完成培训并通过考核', 'Completes the required training and passes the tests.'],
      [
        '能主动学习岗位新知识，3 个月内熟练掌握新系统或新流程',
        'Learns new job knowledge unprompted and masters a new system or process within 3 months.',
      ],
      [
        '能从经验和失败中总结规律，并把新方法引入团队',
        'Draws lessons from experience and failure and brings new methods into the team.',
      ],
      [
        '能引领组织学习，建立知识分享机制',
        'Leads organisational learning and sets up knowledge sharing.',
      ],
    ],
  ],
  [
    '分析判断能力',
    'Analytical Judgement',
    [
      '从复杂信息中识别关键问题，作出合理判断',
      'Picks out the key issues from complex information and makes sound judgements.',
    ],
    [
      ['能按检查清单识别明显的异常', 'Spots obvious anomalies with a checklist.'],
      [
        '能对比数据和事实，找出问题的主要原因',
        'Compares data and facts to find the main cause of a problem.',
      ],
      [
        '能在信息不完整时权衡利弊，作出有依据的判断',
        'Weighs pros and cons on incomplete information and makes well-founded calls.',
      ],
      [
        '能预见潜在风险和机会，为公司重大事项提供判断依据',
        'Foresees risks and opportunities and informs major company decisions.',
      ],
    ],
  ],
  [
    '计划组织能力',
    'Planning & Organising',
    [
      '制定切实可行的计划，合理安排资源并按时完成',
      'Makes workable plans, allocates resources well and delivers on time.',
    ],
    [
      ['能按轻重缓急安排个人每日工作', 'Prioritises their own daily work.'],
      [
        '能制定个人周、月工作计划并按时完成',
        'Plans their own weekly and monthly work and delivers it on time.',
      ],
      [
        '能制定部门年度计划，合理配置人员和预算并跟踪执行',
        'Prepares the department’s annual plan, allocates people and budget and tracks delivery.',
      ],
      [
        '能统筹公司级重大计划，协调多部门资源',
        'Orchestrates company-level plans with resources from several departments.',
      ],
    ],
  ],
  [
    '决策能力',
    'Decision Making',
    [
      '在权限范围内及时作出决定并承担结果',
      'Makes timely decisions within their authority and owns the outcome.',
    ],
    [
      ['能在明确规定的范围内作出日常决定', 'Makes routine decisions within clear rules.'],
      [
        '能在权限内独立处理常见异常，必要时及时上报',
        'Handles common exceptions within their authority and escalates in time.',
      ],
      [
        '能在多个方案中权衡成本、风险和收益，作出部门级决策',
        'Weighs cost, risk and benefit between options and decides at department level.',
      ],
      [
        '能在不确定条件下作出公司级战略决策，并根据结果及时调整',
        'Makes company-level strategic decisions under uncertainty and adjusts to the results.',
      ],
    ],
  ],
  [
    '辅导培养下属能力',
    'Coaching & Developing Others',
    [
      '通过辅导、授权和反馈提升下属的能力',
      'Builds other people’s capability through coaching, delegation and feedback.',
    ],
    [
      ['能向新同事讲解本岗位的操作要点', 'Explains the key points of the job to new colleagues.'],
      [
        '能按“讲解—示范—试做—跟踪”带教新员工至独立上岗',
        'Brings new hires to independent work by explaining, showing, letting them try and following up.',
      ],
      [
        '能为下属制定发展计划，定期辅导并给予具体反馈',
        'Sets development plans for team members and coaches them regularly with specific feedback.',
      ],
      [
        '能建立人才培养和继任机制，为公司输送管理和技术骨干',
        'Builds talent development and succession that supply the company’s managers and specialists.',
      ],
    ],
  ],
  [
    '战略思维',
    'Strategic Thinking',
    [
      '从全局和长远角度分析环境，确定方向和优先事项',
      'Looks at the whole and the long term to set direction and priorities.',
    ],
    [
      [
        '能理解公司战略目标与本岗位工作的关系',
        'Understands how their work links to the company’s strategy.',
      ],
      [
        '能把部门工作与公司年度目标对齐',
        'Aligns the department’s work with the company’s annual goals.',
      ],
      [
        '能分析市场和竞争变化，提出本领域的中长期规划',
        'Analyses market and competitive change and proposes mid- to long-term plans for their area.',
      ],
      [
        '能制定公司战略，选择业务组合和资源投向',
        'Sets company strategy and chooses the business portfolio and where resources go.',
      ],
    ],
  ],
];
