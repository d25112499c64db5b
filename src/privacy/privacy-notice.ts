/**
 * The privacy notice (个人信息保护说明) people agree to when they register or post a wish by QR
 * code: what is collected, why, for how long, who sees it (PIPL 第十七条). Change the text, change
 * the version: everyone is asked again at their next sign-in, and forms send the version shown.
 */
export const PRIVACY_NOTICE = {
  version: '2026-12-01',
  title: '个人信息保护说明',
  summary:
    '我们收集您的姓名、手机号，以及求助时填写的地址和需求，只用于社区志愿服务；联系方式只给处理您心愿的网格员和接单的志愿者看。',
  sections: [
    {
      heading: '我们收集什么',
      body: '姓名、手机号；提交心愿时填写的地址和需求内容；参加志愿服务的时长和积分记录。',
    },
    {
      heading: '为什么收集',
      body: '为了联系您、安排志愿者上门帮忙、记录志愿服务和积分、出具志愿服务证明。不做其他用途，不出售给任何人。',
    },
    {
      heading: '谁能看到',
      body: '您本人；处理您心愿的网格员和社区工作人员；接单的志愿者在帮忙期间能看到您的电话和地址。其他人只能看到打码后的信息（如 陈**、138****5678）。排行榜只有在您同意后才显示全名。',
    },
    {
      heading: '保存多久',
      body: '扫码求助留下的姓名、电话和地址，在心愿结束 90 天后自动清除；账号信息保存到您注销为止。志愿服务记录和积分作为服务证明长期保存。',
    },
    {
      heading: '您的权利',
      body: '您可以查看、更正自己的信息，或要求删除、注销账号：请联系社区工作人员办理。排行榜是否显示全名，可以在首页随时更改。',
    },
  ],
} as const;

export const CONSENT_KINDS = ['privacy_notice', 'public_name'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];
