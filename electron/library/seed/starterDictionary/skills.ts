import type { Row } from './rows';

/** 技能: what a person can do, learned by practice. */
export const SKILLS: readonly Row[] = [
  [
    '招聘面试技巧',
    'Interviewing & Selection',
    [
      '运用结构化和行为面试方法准确评估候选人与岗位的匹配度',
      'Uses structured and behavioural interviews to judge how well candidates fit the role.',
    ],
    [
      [
        '能按面试提纲提问，并完整记录候选人的回答',
        'Asks the questions in the interview guide and records the answers completely.',
      ],
      [
        '能运用 STAR 法追问核实候选人经历，独立完成初试评价',
        'Probes with STAR questions to verify experience and completes first-round assessments alone.',
      ],
      [
        '能依据职位说明书设计面试题和评分标准，面试结论与试用期表现基本一致',
        'Designs questions and scoring from the position description; their conclusions match probation outcomes.',
      ],
      [
        '能建立公司面试官体系，培训和认证面试官',
        'Builds the company’s interviewer programme and trains and certifies interviewers.',
      ],
    ],
  ],
  [
    '财务分析',
    'Financial Analysis',
    [
      '运用财务数据分析经营状况、成本和盈利能力，支持经营决策',
      'Uses financial data to analyse performance, cost and profitability and to support decisions.',
    ],
    [
      [
        '能读懂利润表和预算报表，说出主要差异',
        'Reads the income statement and budget reports and names the main variances.',
      ],
      [
        '能进行预算与实际、同比和环比分析，解释差异原因',
        'Performs budget-versus-actual and period-on-period analysis and explains the variances.',
      ],
      [
        '能进行产品和客户盈利分析、投资回报测算，并提出改进建议',
        'Analyses product and customer profitability and investment returns and recommends actions.',
      ],
      [
        '能建立公司经营分析模型，为战略和重大投资提供决策依据',
        'Builds the company’s business-analysis model to support strategy and major investments.',
      ],
    ],
  ],
  [
    '数据分析',
    'Data Analysis',
    [
      '收集、整理和分析业务数据，用图表和结论支持改进',
      'Collects, cleans and analyses operational data and turns it into charts and conclusions.',
    ],
    [
      [
        '能按模板收集和录入数据，保证数据完整',
        'Collects and enters data using templates and keeps it complete.',
      ],
      [
        '能用数据透视表和图表整理数据，发现异常和趋势',
        'Uses pivot tables and charts to organise data and spot anomalies and trends.',
      ],
      [
        '能运用帕累托、相关和回归分析找出问题原因并量化改进效果',
        'Uses Pareto, correlation and regression analysis to find causes and quantify improvements.',
      ],
      [
        '能设计部门或公司的指标体系和数据看板，推动用数据管理',
        'Designs department or company KPI systems and dashboards and drives management by data.',
      ],
    ],
  ],
  [
    '项目管理',
    'Project Management',
    [
      '按范围、进度、成本和质量目标计划并推进项目',
      'Plans and drives projects to their scope, schedule, cost and quality targets.',
    ],
    [
      [
        '能按项目计划完成分配的任务，并按时汇报进度',
        'Completes assigned project tasks to plan and reports progress on time.',
      ],
      [
        '能独立管理小型项目，制定甘特图并跟踪里程碑和问题清单',
        'Runs small projects with a Gantt chart, milestone tracking and an issue list.',
      ],
      [
        '能管理跨部门项目，识别风险并协调资源保证交付',
        'Manages cross-department projects, handles risks and coordinates resources to deliver.',
      ],
      [
        '能管理项目组合，建立公司项目管理流程并培养项目经理',
        'Manages a project portfolio, sets the company’s project process and develops project managers.',
      ],
    ],
  ],
  [
    '办公软件应用',
    'Office Software Proficiency',
    [
      '熟练使用 Excel、Word、PowerPoint 及公司信息系统完成工作',
      'Uses Excel, Word, PowerPoint and the company’s systems effectively.',
    ],
    [
      [
        '能完成文档排版、简单表格和基本公式',
        'Formats documents and builds simple tables and basic formulas.',
      ],
      [
        '能使用查找函数、数据透视表和图表处理月度数据',
        'Uses lookup functions, pivot tables and charts to process monthly data.',
      ],
      [
        '能编制带数据校验和自动汇总的模板，减少手工重复操作',
        'Builds templates with validation and automatic roll-ups that remove manual rework.',
      ],
      [
        '能用 Power Query 或宏实现报表自动化，并培训同事',
        'Automates reports with Power Query or macros and trains colleagues.',
      ],
    ],
  ],
  [
    '培训授课技巧',
    'Training Delivery',
    [
      '设计和讲授培训课程，使学员掌握并在工作中运用',
      'Designs and delivers training so that learners master it and apply it at work.',
    ],
    [
      ['能使用现成课件完成一次岗位讲解', 'Delivers a job briefing from existing material.'],
      [
        '能独立讲授本专业课程，运用示范和练习，并进行课后考核',
        'Teaches their own subject with demonstration and practice and tests learners afterwards.',
      ],
      [
        '能根据培训需求开发课程和教材，并评估培训效果',
        'Develops courses and materials from training needs and evaluates the results.',
      ],
      ['能建立内部讲师队伍和课程体系', 'Builds the internal trainer pool and the curriculum.'],
    ],
  ],
  [
    '统计过程控制',
    'Statistical Process Control (SPC)',
    [
      '运用控制图和过程能力分析监控并改进过程的稳定性',
      'Uses control charts and capability analysis to monitor and improve process stability.',
    ],
    [
      [
        '能按要求测量并在控制图上记录数据',
        'Measures and plots data on control charts as instructed.',
      ],
      [
        '能判读控制图的失控信号并启动反应计划',
        'Reads out-of-control signals and starts the reaction plan.',
      ],
      [
        '能选择控制图类型、计算 Cpk，并主导测量系统分析（MSA）',
        'Selects chart types, calculates Cpk and leads measurement-system analysis (MSA).',
      ],
      [
        '能在全厂推行 SPC，制定关键特性的控制策略',
        'Rolls out SPC plant-wide and sets the control strategy for key characteristics.',
      ],
    ],
  ],
  [
    '生产计划排程',
    'Production Planning & Scheduling',
    [
      '根据需求、产能和物料制定并调整生产计划',
      'Builds and adjusts production plans from demand, capacity and material.',
    ],
    [
      [
        '能按计划表下达工单并跟踪完成情况',
        'Releases work orders from the plan and tracks their completion.',
      ],
      [
        '能编制日、周生产计划，兼顾换型、产能和物料约束',
        'Prepares daily and weekly plans that respect changeovers, capacity and material.',
      ],
      [
        '能进行产能负荷分析和 MRP 运算，处理插单和产能不足',
        'Performs capacity-load analysis and MRP runs and handles rush orders and capacity shortfalls.',
      ],
      [
        '能设计公司的产销协同计划体系（S&OP），平衡交付、库存和成本',
        'Designs the company’s sales and operations planning (S&OP), balancing delivery, inventory and cost.',
      ],
    ],
  ],
  [
    '焊接操作技能',
    'Welding Skills',
    [
      '掌握 CO₂ 气体保护焊、点焊和机器人焊接的操作与质量控制',
      'Performs CO₂ gas-shielded, spot and robotic welding to quality standards.',
    ],
    [
      [
        '能在指导下完成简单焊缝并进行设备点检',
        'Makes simple welds under guidance and performs equipment checks.',
      ],
      [
        '能独立完成各位置焊接，焊缝外观和强度符合作业指导书',
        'Welds in all positions independently, meeting the work instruction for appearance and strength.',
      ],
      [
        '能调试焊接机器人程序和参数，判断并排除焊接缺陷',
        'Tunes welding-robot programmes and parameters and diagnoses and removes weld defects.',
      ],
      [
        '能制定焊接工艺规程，培训和考核焊工',
        'Writes welding procedure specifications and trains and certifies welders.',
      ],
    ],
  ],
  [
    '结构化问题解决',
    'Structured Problem Solving (8D)',
    [
      '运用 8D、5Why、鱼骨图找到问题的根本原因并防止再发生',
      'Uses 8D, 5-Why and fishbone diagrams to find root causes and prevent recurrence.',
    ],
    [
      [
        '能用 5W2H 准确描述问题并收集证据',
        'Describes a problem precisely with 5W2H and collects evidence.',
      ],
      [
        '能用 5Why 和鱼骨图分析一般问题，制定临时和永久措施',
        'Analyses ordinary problems with 5-Why and fishbone diagrams and sets containment and permanent actions.',
      ],
      [
        '能主导跨部门 8D 小组解决客户投诉，并验证措施的有效性',
        'Leads cross-functional 8D teams on customer complaints and verifies that the actions work.',
      ],
      [
        '能建立公司的问题解决流程和经验教训库，辅导 8D 小组长',
        'Sets the company’s problem-solving process and lessons-learned library and coaches 8D leaders.',
      ],
    ],
  ],
];
