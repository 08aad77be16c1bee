/** Korean stamps: `기사입력 :[ 2018-08-25 15:24 ]`, `입력 2019.05.14 16:24`, `2019년 5월 14일 오후 4시 24분`, `2시간 전`. */
import { defineLocale } from '../common/configuration.js';
import { table } from '../common/vocabulary.js';

export const korean = defineLocale(() => ({
  code: 'ko',
  cjk: true,
  months: {},
  weekdays: table(['일요일 일', '월요일 월', '화요일 화', '수요일 수', '목요일 목', '금요일 금', '토요일 토'], 0),
  published: ['기사입력', '입력', '등록', '등록일', '게재', '발행', '작성일', '승인'],
  updated: ['최종수정', '수정', '수정일', '업데이트', '기사수정'],
  // `김병학 기자 입력 2018.07.22. 19:36 수정 2018.07.22. 19:52 댓글 4개`: the reporter's name, then `기자`.
  furniture: { byline: ['글', '작성자'], bylineAfter: ['기자', '특파원'], fields: ['사진', '출처', '카테고리', '태그'], counts: ['댓글', '분', '개'] },
  clockWords: [],
  // `기사입력 2019.10.16. 오전 8:03`: the morning or afternoon before the time.
  meridiemBefore: { am: ['오전'], pm: ['오후'] },
  fillers: ['년', '월', '일', '시', '분', '초', '오전', '오후'],
  relative: {
    after: ['전'],
    units: { 분: 'minute', 시간: 'hour', 일: 'day', 주: 'week', 개월: 'month', 달: 'month', 년: 'year' },
  },
}));
