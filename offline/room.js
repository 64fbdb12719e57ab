// The offline page's own language switch: the room's texts, <html lang>, and each widget's
// data-lang (a widget is mounted again with it; a language chosen inside a widget stays).
const ROOM = {
  en: { title: 'Marketo setup guides — training kit', lang: 'Language',
    sia: 'Exercise 1: hand the Sales Insight Actions integration to a new admin', dyn: 'Exercise 2: Dynamics, Step 2 of 3' },
  ko: { title: 'Marketo 설정 가이드 — 교육용 키트', lang: '언어',
    sia: '실습 1: Sales Insight Actions 통합을 새 관리자에게 인계하기', dyn: '실습 2: Dynamics, 3단계 중 2단계' },
  ja: { title: 'Marketo 設定ガイド — 研修キット', lang: '言語',
    sia: '演習 1: Sales Insight Actions の連携を新しい管理者に引き継ぐ', dyn: '演習 2: Dynamics、3 ステップ中のステップ 2' },
};
const ROOM_KEY = 'marketo-guides:offline-room-lang';
function roomLang(tag, remount) {
  const lang = ROOM[tag] ? tag : 'en';
  document.documentElement.lang = lang;
  document.getElementById('room-lang').value = lang;
  for (const el of document.querySelectorAll('[data-room-text]')) el.textContent = ROOM[lang][el.dataset.roomText];
  for (const el of document.querySelectorAll('[data-room-lang]')) el.hidden = el.dataset.roomLang !== lang;
  for (const el of document.querySelectorAll('[data-marketo-guide]')) {
    if (el.getAttribute('data-lang') === lang) continue;
    el.setAttribute('data-lang', lang);
    if (remount) el.replaceWith(el.cloneNode(false));
  }
  try { localStorage.setItem(ROOM_KEY, lang); } catch (_) { /* storage blocked: the choice lasts this visit */ }
}
{
  let saved = null;
  try { saved = localStorage.getItem(ROOM_KEY); } catch (_) { /* storage blocked */ }
  const first = saved || (navigator.languages || [navigator.language]).map((l) => (l || '').slice(0, 2)).find((l) => ROOM[l]);
  roomLang(first || 'en', false);
  document.getElementById('room-lang').addEventListener('change', (e) => roomLang(e.target.value, true));
}
