import './theme.css';
import '@/a11y.css';
import { createApp } from 'vue';
import App from '@/App.vue';
import { router } from '@/router';
import { restoreCare } from '@/care';

restoreCare();
createApp(App).use(router).mount('#app');
