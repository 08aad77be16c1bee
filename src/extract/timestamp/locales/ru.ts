/** Russian stamps: `Опубликовано: 14 мая 2019, 16:24`, `14 мая 2019 года в 16:24 мск`, `2 часа назад`. */
import { defineLocale } from '../common/configuration.js';
import { table } from '../common/vocabulary.js';
import { ianaZone } from '../common/zones.js';

export const russian = defineLocale({
  code: 'ru',
  months: table(['январь января янв', 'февраль февраля фев февр', 'март марта мар', 'апрель апреля апр', 'май мая', 'июнь июня июн', 'июль июля июл', 'август августа авг', 'сентябрь сентября сен сент', 'октябрь октября окт', 'ноябрь ноября ноя нояб', 'декабрь декабря дек'], 1),
  weekdays: table(['воскресенье вс', 'понедельник пн', 'вторник вт', 'среда ср', 'четверг чт', 'пятница пт', 'суббота сб'], 0),
  published: ['опубликовано', 'опубликован', 'опубликована', 'дата публикации', 'размещено', 'создано', 'дата'],
  updated: ['обновлено', 'обновлен', 'обновлена', 'дата обновления', 'изменено', 'последнее обновление'],
  clockWords: ['в'],
  timeSuffixes: ['ч'],
  yearSuffixes: ['года', 'год', 'г'],
  zones: { мск: ianaZone('Europe/Moscow'), 'по московскому времени': ianaZone('Europe/Moscow'), 'по Москве': ianaZone('Europe/Moscow') },
  relative: {
    after: ['назад'],
    units: { минуту: 'minute', минуты: 'minute', минут: 'minute', мин: 'minute', час: 'hour', часа: 'hour', часов: 'hour', ч: 'hour', день: 'day', дня: 'day', дней: 'day', неделю: 'week', недели: 'week', недель: 'week', месяц: 'month', месяца: 'month', месяцев: 'month', год: 'year', года: 'year', лет: 'year' },
  },
});
