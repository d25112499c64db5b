import { ref } from 'vue';

const KEY = 'vp.care';

/** 关怀模式: larger type and buttons, remembered on this phone. */
export const care = ref(false);

export function restoreCare(): void {
  care.value = localStorage.getItem(KEY) === '1';
  document.documentElement.classList.toggle('care', care.value);
}

export function setCare(on: boolean): void {
  care.value = on;
  localStorage.setItem(KEY, on ? '1' : '0');
  document.documentElement.classList.toggle('care', on);
}
