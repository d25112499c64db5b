import 'element-plus/theme-chalk/el-message.css';
import 'element-plus/theme-chalk/el-message-box.css';
import './console.css';
import '@/a11y.css';
import { createApp } from 'vue';
import ConsoleApp from '@/console/ConsoleApp.vue';
import { router } from '@/console/router';

createApp(ConsoleApp).use(router).mount('#console');
