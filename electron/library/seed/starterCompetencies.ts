import type { Competency, CompetencyKind } from '../../../shared/domain';
import type { Repositories } from '../librarySession';

/**
 * The starter competency dictionary (能力素质词典) every new library begins with. It is broad
 * on purpose — role-specific knowledge and skills sit next to the general abilities — so that
 * a role can be given the few competencies particular to it instead of one generic list copied
 * onto every role (千岗一面). Every text is "中文 / English" so both UIs can show it as is.
 */

export type StarterCompetency = Omit<Competency, 'id' | 'editVersion'>;

/** Names of the four proficiency levels every starter entry defines, lowest first. */
export const PROFICIENCY_LEVELS = [
  { level: 1, zh: '了解', en: 'Basic' },
  { level: 2, zh: '熟练', en: 'Proficient' },
  { level: 3, zh: '精通', en: 'Advanced' },
  { level: 4, zh: '专家', en: 'Expert' },
] as const;

/** Indicators for levels 1–4, in order; the tuple type keeps every entry at exactly four. */
type Indicators = readonly [string, string, string, string];
type Row = readonly [nameZh: string, nameEn: string, description: string, levels: Indicators];

function entries(kind: CompetencyKind, rows: readonly Row[]): StarterCompetency[] {
  return rows.map(([nameZh, nameEn, description, indicators]) => ({
    kind,
    nameZh,
    nameEn,
    description,
    levels: indicators.map((indicator, index) => ({ level: index + 1, indicator })),
  }));
}

/** 知识: what a person must know. */
const KNOWLEDGE: readonly Row[] = [
  [
    '劳动法规知识',
    'Labour Law Knowledge',
    '掌握劳动合同、工时、社会保险和劳动争议方面的法律法规并正确运用 / Knows and applies PRC law on employment contracts, working hours, social insurance and labour disputes.',
    [
      '能说出劳动合同的必备条款和试用期、工时的基本规定 / Can name the mandatory clauses of an employment contract and the basic rules on probation and working hours.',
      '能按法规独立办理劳动合同签订、续签、解除和社保手续，不出现程序错误 / Handles signing, renewal and termination of contracts and social-insurance formalities correctly on their own.',
      '能判断加班、调岗、解除等事项的法律风险，设计合规的制度条款和处理方案 / Judges the legal risk of overtime, transfers and dismissals and designs compliant policies and solutions.',
      '能代表公司处理劳动仲裁和集体协商，并依据新法规及时修订公司用工制度 / Represents the company in labour arbitration and collective consultation and updates employment policy as the law changes.',
    ],
  ],
  [
    '财务会计知识',
    'Financial Accounting Knowledge',
    '掌握企业会计准则、会计核算和财务报表编制方法 / Knows the Chinese Accounting Standards, bookkeeping and the preparation of financial statements.',
    [
      '能读懂会计科目、记账凭证和三大报表的基本结构 / Reads the chart of accounts, vouchers and the structure of the three main statements.',
      '能独立完成日常凭证编制、月末结账和往来对账 / Prepares vouchers, the month-end close and account reconciliations independently.',
      '能处理收入确认、资产减值、合并抵销等复杂会计事项并编制完整报表 / Handles complex items such as revenue recognition, impairment and consolidation and prepares full statements.',
      '能制定公司会计政策和核算制度，应对审计和监管机构的专业问询 / Sets the company’s accounting policies and answers auditors’ and regulators’ technical queries.',
    ],
  ],
  [
    '质量管理体系知识',
    'Quality Management System Knowledge',
    '掌握 ISO 9001 和 IATF 16949 质量管理体系要求及五大核心工具 / Knows the ISO 9001 and IATF 16949 requirements and the five core tools (APQP, PPAP, FMEA, MSA, SPC).',
    [
      '能说明本岗位相关的体系文件和记录要求，并按程序文件操作 / Explains the procedures and records that apply to the job and follows them.',
      '能编制作业指导书和检验记录，参加内部审核并开具规范的不符合项 / Writes work instructions and inspection records; takes part in internal audits and writes clear nonconformities.',
      '能运用 APQP、PPAP、FMEA 等核心工具策划新产品质量，主导过程审核 / Uses APQP, PPAP and FMEA to plan quality for new products and leads process audits.',
      '能建立和改进公司质量管理体系，带领公司通过第三方认证和客户审核 / Builds and improves the company’s quality system and leads it through certification and customer audits.',
    ],
  ],
  [
    '安全生产法规知识',
    'Work Safety Regulations Knowledge',
    '掌握《安全生产法》、职业病防治、环境保护相关法规及 ISO 45001 要求 / Knows the PRC Work Safety Law, occupational-disease and environmental regulations and ISO 45001.',
    [
      '能说出本岗位的主要危险源、安全操作规程和事故报告途径 / Names the main hazards, safe operating rules and incident reporting route of the job.',
      '能按法规组织三级安全教育、特种作业持证管理和隐患排查 / Organises three-level safety induction, special-operation licences and hazard checks as the law requires.',
      '能识别公司层面的法规合规差距，编制应急预案并组织演练 / Identifies the company’s compliance gaps, writes emergency plans and runs drills.',
      '能建立安全生产责任制和职业健康安全管理体系，应对政府检查和事故调查 / Builds the safety responsibility system and OH&S management system and handles government inspections and accident investigations.',
    ],
  ],
  [
    '薪酬福利知识',
    'Compensation & Benefits Knowledge',
    '掌握薪酬结构设计、个人所得税、社会保险和住房公积金政策 / Knows pay-structure design, individual income tax, social insurance and housing-fund rules.',
    [
      '能说明公司工资构成、发薪流程和社保公积金缴纳项目 / Explains the company’s pay components, payroll calendar and contribution items.',
      '能准确核算计时、计件、加班工资和个税，按政策调整社保基数 / Calculates time-rate, piece-rate and overtime pay and income tax accurately and adjusts contribution bases as policy changes.',
      '能开展薪酬调研，设计岗位薪酬带宽和奖金方案 / Runs pay surveys and designs salary bands and bonus schemes.',
      '能制定与公司战略匹配的整体薪酬策略，并测算对人工成本的影响 / Sets a total-reward strategy that fits the business strategy and models its effect on labour cost.',
    ],
  ],
  [
    '生产工艺知识',
    'Manufacturing Process Knowledge',
    '掌握冲压、焊接、涂装等生产工艺的原理、参数和常见缺陷 / Knows the stamping, welding and painting processes, their parameters and typical defects.',
    [
      '能说出本工序的工艺流程和作业指导书要求 / Describes the process flow of the operation and what its work instruction requires.',
      '能按工艺卡设定和调整参数，识别常见缺陷并判断原因 / Sets and adjusts parameters to the process sheet and recognises common defects and their causes.',
      '能优化工艺参数和工装夹具，解决跨工序的工艺问题 / Optimises parameters and fixtures and solves process problems that span operations.',
      '能为新产品选定工艺路线，评估新工艺和新设备的可行性 / Chooses process routes for new products and assesses new processes and equipment.',
    ],
  ],
  [
    '产品与行业知识',
    'Product & Industry Knowledge',
    '了解汽车零部件行业格局、主要客户、竞争对手和公司产品 / Understands the auto-parts industry, the key customers, competitors and the company’s products.',
    [
      '能说出公司主要产品、主要客户及产品用途 / Names the company’s main products and customers and what the products are used for.',
      '能解释客户的交付和质量要求以及产品的主要技术参数 / Explains customers’ delivery and quality requirements and the products’ main specifications.',
      '能分析电动化、轻量化等行业趋势对公司产品和客户的影响 / Analyses how industry trends such as electrification and lightweighting affect products and customers.',
      '能据行业变化判断公司产品和市场方向，并在行业内具有影响力 / Sets product and market direction from industry change and is recognised in the industry.',
    ],
  ],
  [
    '税务法规知识',
    'Tax Regulations Knowledge',
    '掌握增值税、企业所得税、个人所得税等税收法规和申报要求 / Knows VAT, corporate income tax and individual income tax law and the filing rules.',
    [
      '能识别发票类型，说明增值税专用发票的取得和认证要求 / Recognises invoice types and the rules for obtaining and certifying special VAT invoices.',
      '能独立完成月度增值税及附加税申报和个税代扣代缴 / Files monthly VAT and surcharges and withholds individual income tax independently.',
      '能完成企业所得税汇算清缴，正确运用研发费用加计扣除等优惠政策 / Completes the annual corporate income tax reconciliation and applies incentives such as the R&D super-deduction.',
      '能进行税务筹划和税务风险评估，应对税务稽查 / Plans the tax structure, assesses tax risk and handles tax audits.',
    ],
  ],
  [
    '精益生产知识',
    'Lean Manufacturing Knowledge',
    '掌握精益生产的原则和工具（5S、价值流图、标准作业、快速换模） / Knows lean principles and tools (5S, value-stream mapping, standard work, SMED).',
    [
      '能说出七大浪费，并在本岗位坚持执行 5S / Names the seven wastes and practises 5S in their own area.',
      '能运用标准作业和快速换模改善一个工位或一条产线 / Applies standard work and SMED to improve a workstation or a line.',
      '能绘制价值流图，主导跨工序的布局和物流改善 / Maps value streams and leads layout and material-flow improvement across operations.',
      '能规划全厂精益转型路线，培养精益改善人才 / Plans the plant’s lean transformation and develops lean practitioners.',
    ],
  ],
];

/** 技能: what a person can do, learned by practice. */
const SKILLS: readonly Row[] = [
  [
    '招聘面试技巧',
    'Interviewing & Selection',
    '运用结构化和行为面试方法准确评估候选人与岗位的匹配度 / Uses structured and behavioural interviews to judge how well candidates fit the role.',
    [
      '能按面试提纲提问，并完整记录候选人的回答 / Asks the questions in the interview guide and records the answers completely.',
      '能运用 STAR 法追问核实候选人经历，独立完成初试评价 / Probes with STAR questions to verify experience and completes first-round assessments alone.',
      '能依据职位说明书设计面试题和评分标准，面试结论与试用期表现基本一致 / Designs questions and scoring from the position description; their conclusions match probation outcomes.',
      '能建立公司面试官体系，培训和认证面试官 / Builds the company’s interviewer programme and trains and certifies interviewers.',
    ],
  ],
  [
    '财务分析',
    'Financial Analysis',
    '运用财务数据分析经营状况、成本和盈利能力，支持经营决策 / Uses financial data to analyse performance, cost and profitability and to support decisions.',
    [
      '能读懂利润表和预算报表，说出主要差异 / Reads the income statement and budget reports and names the main variances.',
      '能进行预算与实际、同比和环比分析，解释差异原因 / Performs budget-versus-actual and period-on-period analysis and explains the variances.',
      '能进行产品和客户盈利分析、投资回报测算，并提出改进建议 / Analyses product and customer profitability and investment returns and recommends actions.',
      '能建立公司经营分析模型，为战略和重大投资提供决策依据 / Builds the company’s business-analysis model to support strategy and major investments.',
    ],
  ],
  [
    '数据分析',
    'Data Analysis',
    '收集、整理和分析业务数据，用图表和结论支持改进 / Collects, cleans and analyses operational data and turns it into charts and conclusions.',
    [
      '能按模板收集和录入数据，保证数据完整 / Collects and enters data using templates and keeps it complete.',
      '能用数据透视表和图表整理数据，发现异常和趋势 / Uses pivot tables and charts to organise data and spot anomalies and trends.',
      '能运用帕累托、相关和回归分析找出问题原因并量化改进效果 / Uses Pareto, correlation and regression analysis to find causes and quantify improvements.',
      '能设计部门或公司的指标体系和数据看板，推动用数据管理 / Designs department or company KPI systems and dashboards and drives management by data.',
    ],
  ],
  [
    '项目管理',
    'Project Management',
    '按范围、进度、成本和质量目标计划并推进项目 / Plans and drives projects to their scope, schedule, cost and quality targets.',
    [
      '能按项目计划完成分配的任务，并按时汇报进度 / Completes assigned project tasks to plan and reports progress on time.',
      '能独立管理小型项目，制定甘特图并跟踪里程碑和问题清单 / Runs small projects with a Gantt chart, milestone tracking and an issue list.',
      '能管理跨部门项目，识别风险并协调资源保证交付 / Manages cross-department projects, handles risks and coordinates resources to deliver.',
      '能管理项目组合，建立公司项目管理流程并培养项目经理 / Manages a project portfolio, sets the company’s project process and develops project managers.',
    ],
  ],
  [
    '办公软件应用',
    'Office Software Proficiency',
    '熟练使用 Excel、Word、PowerPoint 及公司信息系统完成工作 / Uses Excel, Word, PowerPoint and the company’s systems effectively.',
    [
      '能完成文档排版、简单表格和基本公式 / Formats documents and builds simple tables and basic formulas.',
      '能使用查找函数、数据透视表和图表处理月度数据 / Uses lookup functions, pivot tables and charts to process monthly data.',
      '能编制带数据校验和自动汇总的模板，减少手工重复操作 / Builds templates with validation and automatic roll-ups that remove manual rework.',
      '能用 Power Query 或宏实现报表自动化，并培训同事 / Automates reports with Power Query or macros and trains colleagues.',
    ],
  ],
  [
    '培训授课技巧',
    'Training Delivery',
    '设计和讲授培训课程，使学员掌握并在工作中运用 / Designs and delivers training so that learners master it and apply it at work.',
    [
      '能使用现成课件完成一次岗位讲解 / Delivers a job briefing from existing material.',
      '能独立讲授本专业课程，运用示范和练习，并进行课后考核 / Teaches their own subject with demonstration and practice and tests learners afterwards.',
      '能根据培训需求开发课程和教材，并评估培训效果 / Develops courses and materials from training needs and evaluates the results.',
      '能建立内部讲师队伍和课程体系 / Builds the internal trainer pool and the curriculum.',
    ],
  ],
  [
    '统计过程控制',
    'Statistical Process Control (SPC)',
    '运用控制图和过程能力分析监控并改进过程的稳定性 / Uses control charts and capability analysis to monitor and improve process stability.',
    [
      '能按要求测量并在控制图上记录数据 / Measures and plots data on control charts as instructed.',
      '能判读控制图的失控信号并启动反应计划 / Reads out-of-control signals and starts the reaction plan.',
      '能选择控制图类型、计算 Cpk，并主导测量系统分析（MSA） / Selects chart types, calculates Cpk and leads measurement-system analysis (MSA).',
      '能在全厂推行 SPC，制定关键特性的控制策略 / Rolls out SPC plant-wide and sets the control strategy for key characteristics.',
    ],
  ],
  [
    '生产计划排程',
    'Production Planning & Scheduling',
    '根据需求、产能和物料制定并调整生产计划 / Builds and adjusts production plans from demand, capacity and material.',
    [
      '能按计划表下达工单并跟踪完成情况 / Releases work orders from the plan and tracks their completion.',
      '能编制日、周生产计划，兼顾换型、产能和物料约束 / Prepares daily and weekly plans that respect changeovers, capacity and material.',
      '能进行产能负荷分析和 MRP 运算，处理插单和产能不足 / Performs capacity-load analysis and MRP runs and handles rush orders and capacity shortfalls.',
      '能设计公司的产销协同计划体系（S&OP），平衡交付、库存和成本 / Designs the company’s sales and operations planning (S&OP), balancing delivery, inventory and cost.',
    ],
  ],
  [
    '焊接操作技能',
    'Welding Skills',
    '掌握 CO₂ 气体保护焊、点焊和机器人焊接的操作与质量控制 / Performs CO₂ gas-shielded, spot and robotic welding to quality standards.',
    [
      '能在指导下完成简单焊缝并进行设备点检 / Makes simple welds under guidance and performs equipment checks.',
      '能独立完成各位置焊接，焊缝外观和强度符合作业指导书 / Welds in all positions independently, meeting the work instruction for appearance and strength.',
      '能调试焊接机器人程序和参数，判断并排除焊接缺陷 / Tunes welding-robot programmes and parameters and diagnoses and removes weld defects.',
      '能制定焊接工艺规程，培训和考核焊工 / Writes welding procedure specifications and trains and certifies welders.',
    ],
  ],
  [
    '结构化问题解决',
    'Structured Problem Solving (8D)',
    '运用 8D、5Why、鱼骨图找到问题的根本原因并防止再发生 / Uses 8D, 5-Why and fishbone diagrams to find root causes and prevent recurrence.',
    [
      '能用 5W2H 准确描述问题并收集证据 / Describes a problem precisely with 5W2H and collects evidence.',
      '能用 5Why 和鱼骨图分析一般问题，制定临时和永久措施 / Analyses ordinary problems with 5-Why and fishbone diagrams and sets containment and permanent actions.',
      '能主导跨部门 8D 小组解决客户投诉，并验证措施的有效性 / Leads cross-functional 8D teams on customer complaints and verifies that the actions work.',
      '能建立公司的问题解决流程和经验教训库，辅导 8D 小组长 / Sets the company’s problem-solving process and lessons-learned library and coaches 8D leaders.',
    ],
  ],
];

/** 能力: how a person thinks and works with others, shown across tasks. */
const ABILITIES: readonly Row[] = [
  [
    '沟通协调能力',
    'Communication & Coordination',
    '清晰表达、积极倾听，协调各方达成一致并推动执行 / Expresses ideas clearly, listens actively and brings parties to agreement and action.',
    [
      '能清楚表达自己的意见，准确传达上级要求 / States their own view clearly and passes on instructions accurately.',
      '能在部门内沟通和协调工作，书面和口头表达条理清晰 / Coordinates work within the department; writes and speaks in a well-structured way.',
      '能协调跨部门分歧，找到各方可接受的方案并跟进落实 / Resolves cross-department disagreements with solutions all sides accept and follows them up.',
      '能与高层和外部利益相关方沟通复杂或敏感事项，达成共识 / Handles complex or sensitive matters with senior and external stakeholders and reaches consensus.',
    ],
  ],
  [
    '领导力',
    'Leadership',
    '明确方向、激励团队，带领团队达成目标 / Sets direction, motivates people and leads the team to its goals.',
    [
      '能在小组任务中带头示范，主动承担工作 / Leads by example on group tasks and takes on work willingly.',
      '能给团队成员分配任务、给予反馈，带领班组完成日常目标 / Assigns tasks, gives feedback and leads a team to its daily targets.',
      '能把部门目标分解到人，建设团队文化，处理绩效问题 / Cascades department goals to individuals, builds team culture and handles performance issues.',
      '能提出组织愿景并推动变革，培养管理梯队 / Sets an organisational vision, leads change and develops the management pipeline.',
    ],
  ],
  [
    '谈判能力',
    'Negotiation',
    '在守住底线的前提下寻找双赢方案，达成协议 / Reaches agreements that protect the company’s limits while finding mutual gains.',
    [
      '能说明本方的要求和底线，记录谈判要点 / States their side’s requirements and limits and records the key points.',
      '能就薪资 offer、采购价格等常规事项准备方案并独立谈判 / Prepares and conducts routine negotiations, such as salary offers or purchase prices, alone.',
      '能分析对方的利益和替代方案，在复杂谈判中争取有利条件 / Analyses the other side’s interests and alternatives and wins favourable terms in complex negotiations.',
      '能主导重大合同、集体协商等战略性谈判，并维护长期关系 / Leads strategic negotiations such as major contracts or collective consultation while keeping long-term relationships.',
    ],
  ],
  [
    '学习能力',
    'Learning Agility',
    '主动获取新知识和技能，并迅速运用到工作中 / Actively acquires new knowledge and skills and applies them quickly.',
    [
      '能按要求完成培训并通过考核 / Completes the required training and passes the tests.',
      '能主动学习岗位新知识，3 个月内熟练掌握新系统或新流程 / Learns new job knowledge unprompted and masters a new system or process within 3 months.',
      '能从经验和失败中总结规律，并把新方法引入团队 / Draws lessons from experience and failure and brings new methods into the team.',
      '能引领组织学习，建立知识分享机制 / Leads organisational learning and sets up knowledge sharing.',
    ],
  ],
  [
    '分析判断能力',
    'Analytical Judgement',
    '从复杂信息中识别关键问题，作出合理判断 / Picks out the key issues from complex information and makes sound judgements.',
    [
      '能按检查清单识别明显的异常 / Spots obvious anomalies with a checklist.',
      '能对比数据和事实，找出问题的主要原因 / Compares data and facts to find the main cause of a problem.',
      '能在信息不完整时权衡利弊，作出有依据的判断 / Weighs pros and cons on incomplete information and makes well-founded calls.',
      '能预见潜在风险和机会，为公司重大事项提供判断依据 / Foresees risks and opportunities and informs major company decisions.',
    ],
  ],
  [
    '计划组织能力',
    'Planning & Organising',
    '制定切实可行的计划，合理安排资源并按时完成 / Makes workable plans, allocates resources well and delivers on time.',
    [
      '能按轻重缓急安排个人每日工作 / Prioritises their own daily work.',
      '能制定个人周、月工作计划并按时完成 / Plans their own weekly and monthly work and delivers it on time.',
      '能制定部门年度计划，合理配置人员和预算并跟踪执行 / Prepares the department’s annual plan, allocates people and budget and tracks delivery.',
      '能统筹公司级重大计划，协调多部门资源 / Orchestrates company-level plans with resources from several departments.',
    ],
  ],
  [
    '决策能力',
    'Decision Making',
    '在权限范围内及时作出决定并承担结果 / Makes timely decisions within their authority and owns the outcome.',
    [
      '能在明确规定的范围内作出日常决定 / Makes routine decisions within clear rules.',
      '能在权限内独立处理常见异常，必要时及时上报 / Handles common exceptions within their authority and escalates in time.',
      '能在多个方案中权衡成本、风险和收益，作出部门级决策 / Weighs cost, risk and benefit between options and decides at department level.',
      '能在不确定条件下作出公司级战略决策，并根据结果及时调整 / Makes company-level strategic decisions under uncertainty and adjusts to the results.',
    ],
  ],
  [
    '辅导培养下属能力',
    'Coaching & Developing Others',
    '通过辅导、授权和反馈提升下属的能力 / Builds other people’s capability through coaching, delegation and feedback.',
    [
      '能向新同事讲解本岗位的操作要点 / Explains the key points of the job to new colleagues.',
      '能按“讲解—示范—试做—跟踪”带教新员工至独立上岗 / Brings new hires to independent work by explaining, showing, letting them try and following up.',
      '能为下属制定发展计划，定期辅导并给予具体反馈 / Sets development plans for team members and coaches them regularly with specific feedback.',
      '能建立人才培养和继任机制，为公司输送管理和技术骨干 / Builds talent development and succession that supply the company’s managers and specialists.',
    ],
  ],
  [
    '战略思维',
    'Strategic Thinking',
    '从全局和长远角度分析环境，确定方向和优先事项 / Looks at the whole and the long term to set direction and priorities.',
    [
      '能理解公司战略目标与本岗位工作的关系 / Understands how their work links to the company’s strategy.',
      '能把部门工作与公司年度目标对齐 / Aligns the department’s work with the company’s annual goals.',
      '能分析市场和竞争变化，提出本领域的中长期规划 / Analyses market and competitive change and proposes mid- to long-term plans for their area.',
      '能制定公司战略，选择业务组合和资源投向 / Sets company strategy and chooses the business portfolio and where resources go.',
    ],
  ],
];

/** 素质: attitudes and values, shown in how a person behaves at work. */
const ATTITUDES: readonly Row[] = [
  [
    '客户服务意识',
    'Customer Service Orientation',
    '以内外部客户需求为导向，主动、及时地提供服务 / Puts internal and external customers’ needs first and serves them proactively and promptly.',
    [
      '能礼貌接待客户，在规定时限内答复问题 / Treats customers courteously and answers within the set time.',
      '能主动了解客户需求，跟进直到问题解决 / Finds out what customers need and follows up until the issue is resolved.',
      '能预见客户需求，改进服务流程以提升满意度 / Anticipates customer needs and improves service processes to raise satisfaction.',
      '能建立以客户为中心的服务标准和满意度评价机制 / Builds customer-centred service standards and satisfaction measurement.',
    ],
  ],
  [
    '团队合作',
    'Teamwork',
    '与同事相互支持、共享信息，共同完成团队目标 / Supports colleagues, shares information and works towards team goals.',
    [
      '能完成团队分配的任务，按时交接工作 / Completes team tasks and hands work over on time.',
      '能主动分享信息和经验，支援同事完成任务 / Shares information and experience and helps colleagues get work done.',
      '能在跨部门团队中以整体目标为重，化解合作中的冲突 / Puts shared goals first in cross-department teams and resolves friction.',
      '能营造协作文化，打破部门壁垒 / Builds a collaborative culture across department boundaries.',
    ],
  ],
  [
    '责任心',
    'Accountability',
    '对工作结果负责，言出必行，出现问题不推诿 / Owns results, keeps commitments and does not pass the blame.',
    [
      '能按要求完成本职工作，出现差错如实报告 / Does their job as required and reports mistakes honestly.',
      '能对承诺的事项跟进到底，按时保质完成 / Follows commitments through, on time and to standard.',
      '能主动承担职责边界模糊的工作，对团队结果负责 / Takes on work in the grey areas between roles and answers for the team’s results.',
      '能在组织中倡导问责文化，勇于为重大决策承担后果 / Champions accountability across the organisation and owns the consequences of major decisions.',
    ],
  ],
  [
    '诚信正直',
    'Integrity',
    '诚实守信，遵守法律和公司制度，坚持原则 / Honest and trustworthy; follows the law and company policy and holds to principles.',
    [
      '能如实填报数据和记录，遵守公司行为准则 / Reports data and records truthfully and follows the code of conduct.',
      '能拒绝不正当利益，主动申报利益冲突 / Refuses improper benefits and declares conflicts of interest.',
      '能在压力下坚持原则，发现违规行为及时制止和上报 / Holds to principles under pressure and stops and reports misconduct.',
      '能以身作则，建立廉洁合规的文化和制度 / Sets the example and builds the culture and controls for integrity and compliance.',
    ],
  ],
  [
    '安全意识',
    'Safety Awareness',
    '遵守安全规程，主动识别和消除隐患，关注自己和他人的安全 / Follows safety rules, spots and removes hazards and looks after their own and others’ safety.',
    [
      '能正确佩戴劳保用品，遵守本岗位安全操作规程 / Wears PPE correctly and follows the job’s safe operating rules.',
      '能识别作业现场的隐患并及时上报或纠正，制止他人的不安全行为 / Spots workplace hazards, reports or fixes them and stops unsafe acts by others.',
      '能在班组或部门推行安全检查和风险评估，做到隐患闭环 / Drives safety checks and risk assessment in the team or department and closes hazards out.',
      '能把安全纳入经营决策和绩效考核，塑造零事故文化 / Makes safety part of business decisions and appraisals and builds a zero-harm culture.',
    ],
  ],
  [
    '质量意识',
    'Quality Mindset',
    '坚持第一次就做对：不接受、不制造、不传递缺陷 / Gets it right first time: does not accept, make or pass on defects.',
    [
      '能按作业指导书操作，做好自检记录 / Works to the instruction and keeps self-inspection records.',
      '能在发现质量异常时及时停止并上报，不让不合格品流入下道工序 / Stops and reports quality problems so no defect reaches the next operation.',
      '能分析质量问题的原因，推动防错和标准化改进 / Analyses the causes of quality problems and drives error-proofing and standardisation.',
      '能在组织中建立全员质量文化和质量成本意识 / Builds a company-wide quality culture and awareness of the cost of poor quality.',
    ],
  ],
  [
    '保密意识',
    'Confidentiality',
    '严格保护公司商业秘密、员工个人信息和客户资料 / Protects trade secrets, employees’ personal data and customer information.',
    [
      '能遵守公司保密制度，不随意谈论或外传工作资料 / Follows the confidentiality policy and does not discuss or share work documents.',
      '能规范处理含个人信息和财务数据的文件（加密、权限、销毁） / Handles files with personal or financial data properly (encryption, access rights, disposal).',
      '能识别本部门的信息泄露风险并提出防范措施 / Identifies information-leak risks in their department and proposes safeguards.',
      '能建立公司信息安全和个人信息保护制度 / Builds the company’s information-security and personal-data protection rules.',
    ],
  ],
  [
    '成本意识',
    'Cost Consciousness',
    '关注投入产出，杜绝浪费，控制成本 / Weighs input against output, avoids waste and controls cost.',
    [
      '能节约使用物料、能源和办公用品 / Uses materials, energy and supplies sparingly.',
      '能在本岗位发现浪费并提出降本建议 / Spots waste in their job and suggests savings.',
      '能在部门预算和方案选择中进行成本效益分析 / Applies cost-benefit analysis to department budgets and choices.',
      '能建立全员降本机制，把成本目标分解到各部门 / Builds a company-wide cost-reduction system and cascades cost targets to departments.',
    ],
  ],
  [
    '主动性',
    'Initiative',
    '不等不靠，主动发现问题、提出并推动改进 / Acts without waiting to be told; finds problems and drives improvements.',
    [
      '能在职责范围内主动完成工作，不需反复催促 / Does their job without needing reminders.',
      '能提前发现工作中的问题，并主动提出解决办法 / Spots problems early and proposes solutions unprompted.',
      '能主动承担改进项目并推动落地 / Takes on improvement projects and sees them through.',
      '能识别组织层面的机会并发起变革 / Spots organisation-wide opportunities and starts change.',
    ],
  ],
  [
    '严谨细致',
    'Attention to Detail',
    '工作认真细致，数据准确，流程规范 / Works carefully, with accurate data and correct procedure.',
    [
      '能按清单核对自己的工作，避免低级错误 / Checks their work against a checklist to avoid careless errors.',
      '能保证数据和单据准确完整，每月差错不超过 1 次 / Keeps data and documents accurate and complete, with no more than one error a month.',
      '能设计复核和校验机制，预防团队差错 / Designs review and validation steps that prevent errors in the team.',
      '能建立数据质量和流程规范标准，并在全公司推广 / Sets data-quality and procedure standards and rolls them out company-wide.',
    ],
  ],
];

/** The starter dictionary, grouped by kind: 知识, 技能, 能力, 素质. */
export const STARTER_COMPETENCIES: readonly StarterCompetency[] = [
  ...entries('knowledge', KNOWLEDGE),
  ...entries('skill', SKILLS),
  ...entries('ability', ABILITIES),
  ...entries('attitude', ATTITUDES),
];

/**
 * Adds the starter dictionary to a library in one transaction and returns the id of every
 * starter entry by its English name. Entries whose English name the library already has are
 * not added again, so seeding a library that was seeded at creation (or seeding the sample
 * library into it) never duplicates the dictionary.
 */
export function seedStarterDictionary(repositories: Repositories): Map<string, number> {
  return repositories.transaction(() => {
    const existing = new Map(repositories.competencies.list().map((c) => [c.nameEn, c.id]));
    const ids = new Map<string, number>();
    for (const competency of STARTER_COMPETENCIES) {
      const id = existing.get(competency.nameEn) ?? repositories.competencies.create(competency);
      ids.set(competency.nameEn, id);
    }
    return ids;
  });
}
