/** Chinese stamps: `发布时间：2019-05-14 16:24`, `2019年05月14日 16:24`, `更新時間：2019/5/14 下午4点24分`, `2小时前`. */
import { defineLocale } from '../common/configuration.js';
import { table } from '../common/vocabulary.js';
import { ianaZone } from '../common/zones.js';

export const chinese = defineLocale(() => ({
  code: 'zh',
  cjk: true,
  months: {},
  weekdays: table(['星期日 星期天 周日 週日', '星期一 周一 週一', '星期二 周二 週二', '星期三 周三 週三', '星期四 周四 週四', '星期五 周五 週五', '星期六 周六 週六'], 0),
  published: ['发布时间', '發布時間', '发布日期', '發布日期', '发布于', '發佈於', '发表时间', '發表時間', '发表于', '發表於', '发布', '發布', '发表', '發表', '时间', '時間', '日期'],
  updated: ['最后更新', '最後更新', '更新时间', '更新時間', '修改时间', '更新于', '更新'],
  furniture: { byline: ['作者', '记者', '記者', '文', '撰文'], fields: ['责任编辑', '責任編輯', '编辑', '編輯', '来源', '來源', '分类', '分類', '标签', '標籤', '图', '圖', '摄影', '攝影'], counts: ['评论', '評論', '阅读', '閱讀', '分钟', '分鐘'] },
  clockWords: [],
  fillers: ['北京时间', '北京時間'],
  zones: { 北京时间: ianaZone('Asia/Shanghai'), 北京時間: ianaZone('Asia/Shanghai') },
  relative: {
    after: ['前', '以前'],
    units: { 分钟: 'minute', 分鐘: 'minute', 小时: 'hour', 小時: 'hour', 天: 'day', 周: 'week', 週: 'week', 星期: 'week', 个月: 'month', 個月: 'month', 年: 'year' },
  },
}));
