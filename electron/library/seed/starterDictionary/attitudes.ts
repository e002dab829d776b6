import type { Row } from './rows';

/** 素质: attitudes and values, shown in how a person behaves at work. */
export const ATTITUDES: readonly Row[] = [
  [
    '客户服务意识',
    'Customer Service Orientation',
    [
      '以内外部客户需求为导向，主动、及时地提供服务',
      'Puts internal and external customers’ needs first and serves them proactively and promptly.',
    ],
    [
      [
        '能礼貌接待客户，在规定时限内答复问题',
        'Treats customers courteously and answers within the set time.',
      ],
      [
        '能主动了解客户需求，跟进直到问题解决',
        'Finds out what customers need and follows up until the issue is resolved.',
      ],
      [
        '能预见客户需求，改进服务流程以提升满意度',
        'Anticipates customer needs and improves service processes to raise satisfaction.',
      ],
      [
        '能建立以客户为中心的服务标准和满意度评价机制',
        'Builds customer-centred service standards and satisfaction measurement.',
      ],
    ],
  ],
  [
    '团队合作',
    'Teamwork',
    [
      '与同事相互支持、共享信息，共同完成团队目标',
      'Supports colleagues, shares information and works towards team goals.',
    ],
    [
      ['能完成团队分配的任务，按时交接工作', 'Completes team tasks and hands work over on time.'],
      [
        '能主动分享信息和经验，支援同事完成任务',
        'Shares information and experience and helps colleagues get work done.',
      ],
      [
        '能在跨部门团队中以整体目标为重，化解合作中的冲突',
        'Puts shared goals first in cross-department teams and resolves friction.',
      ],
      [
        '能营造协作文化，打破部门壁垒',
        'Builds a collaborative culture across department boundaries.',
      ],
    ],
  ],
  [
    '责任心',
    'Accountability',
    [
      '对工作结果负责，言出必行，出现问题不推诿',
      'Owns results, keeps commitments and does not pass the blame.',
    ],
    [
      [
        '能按要求完成本职工作，出现差错如实报告',
        'Does their job as required and reports mistakes honestly.',
      ],
      [
        '能对承诺的事项跟进到底，按时保质完成',
        'Follows commitments through, on time and to standard.',
      ],
      [
        '能主动承担职责边界模糊的工作，对团队结果负责',
        'Takes on work in the grey areas between roles and answers for the team’s results.',
      ],
      [
        '能在组织中倡导问责文化，勇于为重大决策承担后果',
        'Champions accountability across the organisation and owns the consequences of major decisions.',
      ],
    ],
  ],
  [
    '诚信正直',
    'Integrity',
    [
      '诚实守信，遵守法律和公司制度，坚持原则',
      'Honest and trustworthy; follows the law and company policy and holds to principles.',
    ],
    [
      [
        '能如实填报数据和记录，遵守公司行为准则',
        'Reports data and records truthfully and follows the code of conduct.',
      ],
      [
        '能拒绝不正当利益，主动申报利益冲突',
        'Refuses improper benefits and declares conflicts of interest.',
      ],
      [
        '能在压力下坚持原则，发现违规行为及时制止和上报',
        'Holds to principles under pressure and stops and reports misconduct.',
      ],
      [
        '能以身作则，建立廉洁合规的文化和制度',
        'Sets the example and builds the culture and controls for integrity and compliance.',
      ],
    ],
  ],
  [
    '安全意识',
    'Safety Awareness',
    [
      '遵守安全规程，主动识别和消除隐患，关注自己和他人的安全',
      'Follows safety rules, spots and removes hazards and looks after their own and others’ safety.',
    ],
    [
      [
        '能正确佩戴劳保用品，遵守本岗位安全操作规程',
        'Wears PPE correctly and follows the job’s safe operating rules.',
      ],
      [
        '能识别作业现场的隐患并及时上报或纠正，制止他人的不安全行为',
        'Spots workplace hazards, reports or fixes them and stops unsafe acts by others.',
      ],
      [
        '能在班组或部门推行安全检查和风险评估，做到隐患闭环',
        'Drives safety checks and risk assessment in the team or department and closes hazards out.',
      ],
      [
        '能把安全纳入经营决策和绩效考核，塑造零事故文化',
        'Makes safety part of business decisions and appraisals and builds a zero-harm culture.',
      ],
    ],
  ],
  [
    '质量意识',
    'Quality Mindset',
    [
      '坚持第一次就做对：不接受、不制造、不传递缺陷',
      'Gets it right first time: does not accept, make or pass on defects.',
    ],
    [
      [
        '能按作业指导书操作，做好自检记录',
        'Works to the instruction and keeps self-inspection records.',
      ],
      [
        '能在发现质量异常时及时停止并上报，不让不合格品流入下道工序',
        'Stops and reports quality problems so no defect reaches the next operation.',
      ],
      [
        '能分析质量问题的原因，推动防错和标准化改进',
        'Analyses the causes of quality problems and drives error-proofing and standardisation.',
      ],
      [
        '能在组织中建立全员质量文化和质量成本意识',
        'Builds a company-wide quality culture and awareness of the cost of poor quality.',
      ],
    ],
  ],
  [
    '保密意识',
    'Confidentiality',
    [
      '严格保护公司商业秘密、员工个人信息和客户资料',
      'Protects trade secrets, employees’ personal data and customer information.',
    ],
    [
      [
        '能遵守公司保密制度，不随意谈论或外传工作资料',
        'Follows the confidentiality policy and does not discuss or share work documents.',
      ],
      [
        '能规范处理含个人信息和财务数据的文件（加密、权限、销毁）',
        'Handles files with personal or financial data properly (encryption, access rights, disposal).',
      ],
      [
        '能识别本部门的信息泄露风险并提出防范措施',
        'Identifies information-leak risks in their department and proposes safeguards.',
      ],
      [
        '能建立公司信息安全和个人信息保护制度',
        'Builds the company’s information-security and personal-data protection rules.',
      ],
    ],
  ],
  [
    '成本意识',
    'Cost Consciousness',
    [
      '关注投入产出，杜绝浪费，控制成本',
      'Weighs input against output, avoids waste and controls cost.',
    ],
    [
      ['能节约使用物料、能源和办公用品', 'Uses materials, energy and supplies sparingly.'],
      ['能在本岗位发现浪费并提出降本建议', 'Spots waste in their job and suggests savings.'],
      [
        '能在部门预算和方案选择中进行成本效益分析',
        'Applies cost-benefit analysis to department budgets and choices.',
      ],
      [
        '能建立全员降本机制，把成本目标分解到各部门',
        'Builds a company-wide cost-reduction system and cascades cost targets to departments.',
      ],
    ],
  ],
  [
    '主动性',
    'Initiative',
    [
      '不等不靠，主动发现问题、提出并推动改进',
      'Acts without waiting to be told; finds problems and drives improvements.',
    ],
    [
      ['能在职责范围内主动完成工作，不需反复催促', 'Does their job without needing reminders.'],
      [
        '能提前发现工作中的问题，并主动提出解决办法',
        'Spots problems early and proposes solutions unprompted.',
      ],
      ['能主动承担改进项目并推动落地', 'Takes on improvement projects and sees them through.'],
      [
        '能识别组织层面的机会并发起变革',
        'Spots organisation-wide opportunities and starts change.',
      ],
    ],
  ],
  [
    '严谨细致',
    'Attention to Detail',
    [
      '工作认真细致，数据准确，流程规范',
      'Works carefully, with accurate data and correct procedure.',
    ],
    [
      [
        '能按清单核对自己的工作，避免低级错误',
        'Checks their work against a checklist to avoid careless errors.',
      ],
      [
        '能保证数据和单据准确完整，每月差错不超过 1 次',
        'Keeps data and documents accurate and complete, with no more than one error a month.',
      ],
      [
        '能设计复核和校验机制，预防团队差错',
        'Designs review and validation steps that prevent errors in the team.',
      ],
      [
        '能建立数据质量和流程规范标准，并在全公司推广',
        'Sets data-quality and procedure standards and rolls them out company-wide.',
      ],
    ],
  ],
];
