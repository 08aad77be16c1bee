/**
 * Vietnamese stamps, day first and numeric: `Ngày đăng: 23-01-2014`, `Cập nhật lúc 16:24 14/05/2019`,
 * `Thứ ba, 14/5/2019, 16:24 (GMT+7)`, `2 giờ trước`.
 */
import { defineLocale } from '../common/configuration.js';
import { table } from '../common/vocabulary.js';

export const vietnamese = defineLocale(() => ({
  code: 'vi',
  // Months are written `tháng 5` or numerically: the numeric parsers read them.
  months: {},
  weekdays: table(['chủ_nhật cn', 'thứ_hai', 'thứ_ba', 'thứ_tư', 'thứ_năm', 'thứ_sáu', 'thứ_bảy'], 0),
  published: ['ngày đăng', 'đăng lúc', 'đăng ngày', 'ngày xuất bản', 'xuất bản', 'đăng'],
  updated: ['ngày cập nhật', 'cập nhật lúc', 'cập nhật', 'sửa lúc'],
  furniture: { byline: ['tác giả', 'bởi', 'người viết', 'phóng viên'], fields: ['chuyên mục', 'danh mục', 'thẻ', 'nguồn', 'ảnh', 'phiên bản'], counts: ['bình luận', 'lượt xem', 'số lần đăng', 'phút'] },
  clockWords: ['lúc', 'vào'],
  fillers: ['ngày', 'thứ', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'chủ', 'nhật'],
  relative: {
    after: ['trước'],
    units: { phút: 'minute', giờ: 'hour', ngày: 'day', tuần: 'week', tháng: 'month', năm: 'year' },
  },
}));
