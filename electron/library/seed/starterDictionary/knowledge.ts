import type { Row } from './rows';

/** 知识: what a person must know. */
export const KNOWLEDGE: readonly Row[] = [
  [
    '劳动法规知识',
    'Labour Law Knowledge',
    [
      '掌握劳动合同、工时、社会保险和劳动争议方面的法律法规并正确运用',
      'Knows and applies PRC law on employment contracts, working hours, social insurance and labour disputes.',
    ],
    [
      [
        '能说出劳动合同的必备条款和试用期、工时的基本规定',
        'Can name the mandatory clauses of an employment contract and the basic rules on probation and working hours.',
      ],
      [
        '能按法规独立办理劳动合同签订、续签、解除和社保手续，不出现程序错误',
        'Handles signing, renewal and termination of contracts and social-insurance formalities correctly on their own.',
      ],
      [
        '能判断加班、调岗、解除等事项的法律风险，设计合规的制度条款和处理方案',
        'Judges the legal risk of overtime, transfers and dismissals and designs compliant policies and solutions.',
      ],
      [
        '能代表公司处理劳动仲裁和集体协商，并依据新法规及时修订公司用工制度',
        'Represents the company in labour arbitration and collective consultation and updates employment policy as the law changes.',
      ],
    ],
  ],
  [
    '财务会计知识',
    'Financial Accounting Knowledge',
    [
      '掌握企业会计准则、会计核算和财务报表编制方法',
      'Knows the Chinese Accounting Standards, bookkeeping and the preparation of financial statements.',
    ],
    [
      [
        '能读懂会计科目、记账凭证和三大报表的基本结构',
        'Reads the chart of accounts, vouchers and the structure of the three main statements.',
      ],
      [
        '能独立完成日常凭证编制、月末结账和往来对账',
        'Prepares vouchers, the month-end close and account reconciliations independently.',
      ],
      [
        '能处理收入确认、资产减值、合并抵销等复杂会计事项并编制完整报表',
        'Handles complex items such as revenue recognition, impairment and consolidation and prepares full statements.',
      ],
      [
        '能制定公司会计政策和核算制度，应对审计和监管机构的专业问询',
        'Sets the company’s accounting policies and answers auditors’ and regulators’ technical queries.',
      ],
    ],
  ],
  [
    '质量管理体系知识',
    'Quality Management System Knowledge',
    [
      '掌握 ISO 9001 和 IATF 16949 质量管理体系要求及五大核心工具',
      'Knows the ISO 9001 and IATF 16949 requirements and the five core tools (APQP, PPAP, FMEA, MSA, SPC).',
    ],
    [
      [
        '能说明本岗位相关的体系文件和记录要求，并按程序文件操作',
        'Explains the procedures and records that apply to the job and follows them.',
      ],
      [
        '能编制作业指导书和检验记录，参加内部审核并开具规范的不符合项',
        'Writes work instructions and inspection records; takes part in internal audits and writes clear nonconformities.',
      ],
      [
        '能运用 APQP、PPAP、FMEA 等核心工具策划新产品质量，主导过程审核',
        'Uses APQP, PPAP and FMEA to plan quality for new products and leads process audits.',
      ],
      [
        '能建立和改进公司质量管理体系，带领公司通过第三方认证和客户审核',
        'Builds and improves the company’s quality system and leads it through certification and customer audits.',
      ],
    ],
  ],
  [
    '安全生产法规知识',
    'Work Safety Regulations Knowledge',
    [
      '掌握《安全生产法》、职业病防治、环境保护相关法规及 ISO 45001 要求',
      'Knows the PRC Work Safety Law, occupational-disease and environmental regulations and ISO 45001.',
    ],
    [
      [
        '能说出本岗位的主要危险源、安全操作规程和事故报告途径',
        'Names the main hazards, safe operating rules and incident reporting route of the job.',
      ],
      [
        '能按法规组织三级安全教育、特种作业持证管理和隐患排查',
        'Organises three-level safety induction, special-operation licences and hazard checks as the law requires.',
      ],
      [
        '能识别公司层面的法规合规差距，编制应急预案并组织演练',
        'Identifies the company’s compliance gaps, writes emergency plans and runs drills.',
      ],
      [
        '能建立安全生产责任制和职业健康安全管理体系，应对政府检查和事故调查',
        'Builds the safety responsibility system and OH&S management system and handles government inspections and accident investigations.',
      ],
    ],
  ],
  [
    '薪酬福利知识',
    'Compensation & Benefits Knowledge',
    [
      '掌握薪酬结构设计、个人所得税、社会保险和住房公积金政策',
      'Knows pay-structure design, individual income tax, social insurance and housing-fund rules.',
    ],
    [
      [
        '能说明公司工资构成、发薪流程和社保公积金缴纳项目',
        'Explains the company’s pay components, payroll calendar and contribution items.',
      ],
      [
        '能准确核算计时、计件、加班工资和个税，按政策调整社保基数',
        'Calculates time-rate, piece-rate and overtime pay and income tax accurately and adjusts contribution bases as policy changes.',
      ],
      [
        '能开展薪酬调研，设计岗位薪酬带宽和奖金方案',
        'Runs pay surveys and designs salary bands and bonus schemes.',
      ],
      [
        '能制定与公司战略匹配的整体薪酬策略，并测算对人工成本的影响',
        'Sets a total-reward strategy that fits the business strategy and models its effect on labour cost.',
      ],
    ],
  ],
  [
    '生产工艺知识',
    'Manufacturing Process Knowledge',
    [
      '掌握冲压、焊接、涂装等生产工艺的原理、参数和常见缺陷',
      'Knows the stamping, welding and painting processes, their parameters and typical defects.',
    ],
    [
      [
        '能说出本工序的工艺流程和作业指导书要求',
        'Describes the process flow of the operation and what its work instruction requires.',
      ],
      [
        '能按工艺卡设定和调整参数，识别常见缺陷并判断原因',
        'Sets and adjusts parameters to the process sheet and recognises common defects and their causes.',
      ],
      [
        '能优化工艺参数和工装夹具，解决跨工序的工艺问题',
        'Optimises parameters and fixtures and solves process problems that span operations.',
      ],
      [
        '能为新产品选定工艺路线，评估新工艺和新设备的可行性',
        'Chooses process routes for new products and assesses new processes and equipment.',
      ],
    ],
  ],
  [
    '产品与行业知识',
    'Product & Industry Knowledge',
    [
      '了解汽车零部件行业格局、主要客户、竞争对手和公司产品',
      'Understands the auto-parts industry, the key customers, competitors and the company’s products.',
    ],
    [
      [
        '能说出公司主要产品、主要客户及产品用途',
        'Names the company’s main products and customers and what the products are used for.',
      ],
      [
        '能解释客户的交付和质量要求以及产品的主要技术参数',
        'Explains customers’ delivery and quality requirements and the products’ main specifications.',
      ],
      [
        '能分析电动化、轻量化等行业趋势对公司产品和客户的影响',
        'Analyses how industry trends such as electrification and lightweighting affect products and customers.',
      ],
      [
        '能据行业变化判断公司产品和市场方向，并在行业内具有影响力',
        'Sets product and market direction from industry change and is recognised in the industry.',
      ],
    ],
  ],
  [
    '税务法规知识',
    'Tax Regulations Knowledge',
    [
      '掌握增值税、企业所得税、个人所得税等税收法规和申报要求',
      'Knows VAT, corporate income tax and individual income tax law and the filing rules.',
    ],
    [
      [
        '能识别发票类型，说明增值税专用发票的取得和认证要求',
        'Recognises invoice types and the rules for obtaining and certifying special VAT invoices.',
      ],
      [
        '能独立完成月度增值税及附加税申报和个税代扣代缴',
        'Files monthly VAT and surcharges and withholds individual income tax independently.',
      ],
      [
        '能完成企业所得税汇算清缴，正确运用研发费用加计扣除等优惠政策',
        'Completes the annual corporate income tax reconciliation and applies incentives such as the R&D super-deduction.',
      ],
      [
        '能进行税务筹划和税务风险评估，应对税务稽查',
        'Plans the tax structure, assesses tax risk and handles tax audits.',
      ],
    ],
  ],
  [
    '精益生产知识',
    'Lean Manufacturing Knowledge',
    [
      '掌握精益生产的原则和工具（5S、价值流图、标准作业、快速换模）',
      'Knows lean principles and tools (5S, value-stream mapping, standard work, SMED).',
    ],
    [
      [
        '能说出七大浪费，并在本岗位坚持执行 5S',
        'Names the seven wastes and practises 5S in their own area.',
      ],
      [
        '能运用标准作业和快速换模改善一个工位或一条产线',
        'Applies standard work and SMED to improve a workstation or a line.',
      ],
      [
        '能绘制价值流图，主导跨工序的布局和物流改善',
        'Maps value streams and leads layout and material-flow improvement across operations.',
      ],
      [
        '能规划全厂精益转型路线，培养精益改善人才',
        'Plans the plant’s lean transformation and develops lean practitioners.',
      ],
    ],
  ],
];
