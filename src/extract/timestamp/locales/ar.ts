/** Arabic stamps: `نشر في 14 مايو 2019 - 16:24`, `آخر تحديث: 14 أيار 2019`, `١٤/٠٥/٢٠١٩`, `منذ 3 ساعات`. */
import { defineLocale } from '../common/configuration.js';
import { table } from '../common/vocabulary.js';
import { fixedZone, ianaZone } from '../common/zones.js';

export const arabic = defineLocale({
  code: 'ar',
  months: table([
    'يناير كانون_الثاني', 'فبراير شباط', 'مارس آذار', 'أبريل ابريل إبريل نيسان', 'مايو أيار ايار', 'يونيو يونيه حزيران',
    'يوليو يوليه تموز', 'أغسطس اغسطس آب', 'سبتمبر أيلول ايلول', 'أكتوبر اكتوبر تشرين_الأول', 'نوفمبر تشرين_الثاني', 'ديسمبر كانون_الأول',
  ], 1),
  weekdays: table(['الأحد الاحد', 'الاثنين الإثنين', 'الثلاثاء', 'الأربعاء الاربعاء', 'الخميس', 'الجمعة', 'السبت'], 0),
  published: ['تاريخ النشر', 'نشر بتاريخ', 'نشر في', 'نُشر في', 'نشر', 'نُشر'],
  updated: ['آخر تحديث', 'اخر تحديث', 'تم التحديث', 'تحديث'],
  clockWords: ['الساعة', 'في'],
  fillers: ['في', 'بتاريخ', 'يوم'],
  zones: { 'بتوقيت مكة المكرمة': ianaZone('Asia/Riyadh'), 'بتوقيت غرينتش': fixedZone(0), 'بتوقيت جرينتش': fixedZone(0), 'بتوقيت القدس': ianaZone('Asia/Jerusalem') },
  relative: {
    before: ['منذ'],
    units: { دقيقة: 'minute', دقائق: 'minute', ساعة: 'hour', ساعات: 'hour', يوم: 'day', أيام: 'day', أسبوع: 'week', أسابيع: 'week', شهر: 'month', أشهر: 'month', سنة: 'year', سنوات: 'year' },
  },
});
