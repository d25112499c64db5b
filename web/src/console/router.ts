import { createRouter, createWebHistory } from 'vue-router';
import { loadMe } from '@/api/account';
import { hasRole } from '@/api/session';

declare module 'vue-router' {
  interface RouteMeta {
    /** Roles that see the page (any of them); the menu shows only what the person may open. */
    roles?: string[];
    /** Full screen, without the menu: the check-in QR on a projector, a printed poster. */
    bare?: boolean;
  }
}

const WORK = ['grid_worker', 'community_admin'];
const ADMIN = ['community_admin'];
const STORE = ['store_staff', 'community_admin'];
const FIGURES = ['grid_worker', 'community_admin', 'store_staff'];

/** The console's pages, in menu order within their groups (see ConsoleMenu.vue). */
export const PAGES = [
  { path: 'review', title: '心愿审核', group: '工作', roles: WORK, component: () => import('@/console/pages/ReviewWishes.vue') },
  { path: 'dispatch', title: '待办与派单', group: '工作', roles: WORK, component: () => import('@/console/pages/DispatchWishes.vue') },
  { path: 'follow-ups', title: '回访', group: '工作', roles: WORK, component: () => import('@/console/pages/FollowUps.vue') },
  { path: 'hours', title: '时长审核', group: '工作', roles: WORK, component: () => import('@/console/pages/HoursReview.vue') },
  { path: 'overdue', title: '逾期未记录', group: '服务记录', roles: WORK, component: () => import('@/console/pages/OverdueRecording.vue') },
  { path: 'corrections', title: '记录更正申请', group: '服务记录', roles: WORK, component: () => import('@/console/pages/CorrectionsReview.vue') },
  { path: 'certificates', title: '服务证明', group: '服务记录', roles: WORK, component: () => import('@/console/pages/CertificatesAdmin.vue') },
  { path: 'recognition', title: '荣誉与证明设置', group: '服务记录', roles: ADMIN, component: () => import('@/console/pages/RecognitionSettings.vue') },
  { path: 'post-wish', title: '代居民提交心愿', group: '工作', roles: WORK, component: () => import('@/console/pages/PostForResident.vue') },
  { path: 'activities', title: '志愿活动', group: '活动', roles: WORK, component: () => import('@/console/pages/ActivitiesAdmin.vue') },
  { path: 'store', title: '积分超市', group: '积分超市', roles: STORE, component: () => import('@/console/pages/StoreAdmin.vue') },
  { path: 'redemptions', title: '兑换记录', group: '积分超市', roles: STORE, component: () => import('@/console/pages/RedemptionsList.vue') },
  { path: 'people', title: '成员与角色', group: '人员', roles: ADMIN, component: () => import('@/console/pages/PeopleAdmin.vue') },
  { path: 'volunteers', title: '志愿者', group: '人员', roles: WORK, component: () => import('@/console/pages/VolunteersAdmin.vue') },
  { path: 'grids', title: '网格与二维码', group: '人员', roles: WORK, component: () => import('@/console/pages/GridsAdmin.vue') },
  { path: 'import', title: '批量导入成员', group: '人员', roles: ADMIN, component: () => import('@/console/pages/ImportMembers.vue') },
  { path: 'rules', title: '积分与评级规则', group: '规则', roles: ADMIN, component: () => import('@/console/pages/RulesAdmin.vue') },
  { path: 'dashboard', title: '数据看板', group: '数据', roles: FIGURES, component: () => import('@/console/pages/DashboardPage.vue') },
  { path: 'grid-board', title: '网格红黄蓝', group: '数据', roles: FIGURES, component: () => import('@/console/pages/GridBoard.vue') },
  { path: 'leaderboard', title: '排行榜', group: '数据', roles: FIGURES, component: () => import('@/console/pages/LeaderboardPage.vue') },
  { path: 'audit', title: '操作日志', group: '数据', roles: ADMIN, component: () => import('@/console/pages/AuditLog.vue') },
  { path: 'exports', title: '数据导出', group: '数据', roles: ADMIN, component: () => import('@/console/pages/ExportsPage.vue') },
] as const;

export const router = createRouter({
  history: createWebHistory('/console/'),
  routes: [
    { path: '/login', component: () => import('@/console/pages/ConsoleLogin.vue'), meta: { bare: true, title: '登录管理台' } },
    { path: '/', component: () => import('@/console/pages/WorkBench.vue'), meta: { title: '工作台' } },
    { path: '/notifications', component: () => import('@/console/pages/NotificationsInbox.vue'), meta: { title: '消息' } },
    ...PAGES.map((p) => ({
      path: `/${p.path}`,
      component: p.component,
      meta: { title: p.title, roles: [...p.roles] },
    })),
    {
      path: '/activities/:id/qr',
      component: () => import('@/console/pages/CheckinScreen.vue'),
      meta: { bare: true, title: '签到二维码', roles: WORK },
    },
    {
      path: '/grids/:id/poster',
      component: () => import('@/console/pages/GridPoster.vue'),
      meta: { bare: true, title: '网格二维码海报', roles: WORK },
    },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
});

/** Every page but the login needs a signed-in staff member with one of the page's roles. */
router.beforeEach(async (to) => {
  document.title = `${to.meta.title ?? '管理台'} - 社区志愿积分管理台`;
  if (to.path === '/login') return true;
  const me = await loadMe();
  if (!me) return { path: '/login', query: { next: to.fullPath } };
  if (to.meta.roles && !to.meta.roles.some(hasRole)) return { path: '/' };
  return true;
});
