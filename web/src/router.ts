import { createRouter, createWebHistory, type RouteLocationNormalized } from 'vue-router';
import { loadMe } from '@/api/account';

declare module 'vue-router' {
  interface RouteMeta {
    /** Needs a signed-in user; the login page comes back here. */
    auth?: boolean;
    title?: string;
  }
}

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/wish', component: () => import('@/pages/WishIntake.vue'), meta: { title: '提交微心愿' } },
    { path: '/track', component: () => import('@/pages/TrackWish.vue'), meta: { title: '心愿进度' } },
    { path: '/checkin', component: () => import('@/pages/CheckIn.vue'), meta: { auth: true, title: '活动签到' } },
    { path: '/desk', component: () => import('@/pages/StoreDesk.vue'), meta: { title: '积分超市核销台' } },
    { path: '/app/login', component: () => import('@/pages/LoginPage.vue'), meta: { title: '登录' } },
    { path: '/app/register', component: () => import('@/pages/RegisterPage.vue'), meta: { title: '注册' } },
    { path: '/app', component: () => import('@/pages/HomePage.vue'), meta: { auth: true, title: '社区志愿积分' } },
    { path: '/app/post-wish', component: () => import('@/pages/PostWish.vue'), meta: { auth: true, title: '提交心愿' } },
    { path: '/app/my-wishes', component: () => import('@/pages/MyWishes.vue'), meta: { auth: true, title: '我的心愿' } },
    { path: '/app/apply', component: () => import('@/pages/ApplyVolunteer.vue'), meta: { auth: true, title: '申请成为志愿者' } },
    { path: '/app/wishes', component: () => import('@/pages/WishHall.vue'), meta: { auth: true, title: '心愿大厅' } },
    { path: '/app/wishes/:id', component: () => import('@/pages/WishDetail.vue'), meta: { auth: true, title: '心愿详情' } },
    { path: '/app/activities', component: () => import('@/pages/ActivitiesPage.vue'), meta: { auth: true, title: '志愿活动' } },
    { path: '/app/service', component: () => import('@/pages/ReportService.vue'), meta: { auth: true, title: '上报志愿服务' } },
    { path: '/app/service-record', component: () => import('@/pages/ServiceRecord.vue'), meta: { auth: true, title: '我的服务记录' } },
    { path: '/app/certificates', component: () => import('@/pages/CertificatesPage.vue'), meta: { auth: true, title: '志愿服务证明' } },
    { path: '/app/points', component: () => import('@/pages/PointsPage.vue'), meta: { auth: true, title: '我的积分' } },
    { path: '/app/card', component: () => import('@/pages/MemberCard.vue'), meta: { auth: true, title: '积分卡' } },
    { path: '/app/store', component: () => import('@/pages/StorePage.vue'), meta: { auth: true, title: '积分超市' } },
    { path: '/app/notifications', component: () => import('@/pages/NotificationsPage.vue'), meta: { auth: true, title: '消息' } },
    { path: '/app/pickups', component: () => import('@/pages/MyPickups.vue'), meta: { auth: true, title: '我的兑换码' } },
    { path: '/', redirect: '/app' },
    { path: '/:rest(.*)*', redirect: '/app' },
  ],
});

/** Signed-in pages load the profile once; without a session they go to the login page. */
router.beforeEach(async (to: RouteLocationNormalized) => {
  document.title = to.meta.title ?? '社区志愿积分';
  if (!to.meta.auth) return true;
  if (await loadMe()) return true;
  return { path: '/app/login', query: { next: to.fullPath } };
});
