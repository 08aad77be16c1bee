/** Japanese stamps: `2019年5月14日 16時24分`, `公開日：2019/05/14 16:24`, `2019.11.20 12:00 更新`, `2時間前`. */
import { defineLocale } from '../common/configuration.js';
import { table } from '../common/vocabulary.js';

export const japanese = defineLocale(() => ({
  code: 'ja',
  cjk: true,
  months: {},
  weekdays: table(['日曜日 日曜 日', '月曜日 月曜 月', '火曜日 火曜 火', '水曜日 水曜 水', '木曜日 木曜 木', '金曜日 金曜 金', '土曜日 土曜 土'], 0),
  published: ['公開日時', '初版公開日', '公開日', '公開', '掲載日時', '掲載日', '掲載', '配信日時', '配信日', '配信', '投稿日時', '投稿日', '投稿', '発行日', '作成日', '日時', '日付'],
  updated: ['最終更新日時', '最終更新日', '最終更新', '更新日時', '更新日', '更新'],
  furniture: { byline: ['著者', '執筆者', '筆者', '取材・文', '文', 'ライター'], fields: ['監修・編集', '監修', '編集', '編集部', 'カテゴリー', 'カテゴリ', 'タグ', '読了時間', '写真', '出典'], counts: ['コメント', '分'] },
  clockWords: [],
  relative: {
    after: ['前'],
    units: { 分: 'minute', 時間: 'hour', 日: 'day', 週間: 'week', か月: 'month', ヶ月: 'month', カ月: 'month', 年: 'year' },
  },
}));
