/** Turkish stamps: `Yayınlanma: 14.05.2019 - 16:24`, `Güncelleme: 14 Mayıs 2019 16:24`, `2 saat önce`. */
import { defineLocale } from '../common/configuration.js';
import { table } from '../common/vocabulary.js';

export const turkish = defineLocale(() => ({
  code: 'tr',
  months: table(['ocak oca', 'şubat subat şub', 'mart mar', 'nisan nis', 'mayıs mayis may', 'haziran haz', 'temmuz tem', 'ağustos agustos ağu', 'eylül eylul eyl', 'ekim eki', 'kasım kasim kas', 'aralık aralik ara'], 1),
  weekdays: table(['pazar paz', 'pazartesi pzt', 'salı sali', 'çarşamba carsamba çar', 'perşembe persembe per', 'cuma cum', 'cumartesi cmt'], 0),
  published: ['yayınlanma tarihi', 'yayınlanma', 'yayın tarihi', 'yayınlandı', 'oluşturulma tarihi', 'oluşturulma', 'giriş', 'eklenme tarihi', 'tarih'],
  updated: ['son güncelleme', 'güncelleme tarihi', 'güncellenme tarihi', 'güncelleme', 'güncellenme', 'güncellendi'],
  furniture: { byline: ['yazar', 'muhabir'], fields: ['kategori', 'etiketler', 'okuma süresi', 'kaynak', 'fotoğraf', 'foto'], counts: ['yorum', 'yorumlar', 'dk', 'dakika'] },
  clockWords: ['saat'],
  relative: {
    after: ['önce'],
    units: { dakika: 'minute', dk: 'minute', saat: 'hour', gün: 'day', hafta: 'week', ay: 'month', yıl: 'year', sene: 'year' },
  },
}));
