/**
 * Indonesian stamps: `27 Oktober 2015`, `Diterbitkan pada 27 Oktober 2015 pukul 10.24 WIB`, and
 * the month first with an English-language theme's label (`Posted on Oktober 27, 2015`).
 */
import { defineLocale } from '../common/configuration.js';
import { table } from '../common/vocabulary.js';
import { ianaZone } from '../common/zones.js';

export const indonesian = defineLocale(() => ({
  code: 'id',
  months: table(['januari jan', 'februari feb pebruari', 'maret mar', 'april apr', 'mei', 'juni jun', 'juli jul', 'agustus agu agt ags', 'september sep sept', 'oktober okt', 'november nov nop', 'desember des'], 1),
  weekdays: table(['minggu ahad', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu'], 0),
  // `posted on`: Indonesian blogs often keep their WordPress theme's English label.
  published: ['diterbitkan pada', 'diterbitkan', 'dipublikasikan pada', 'dipublikasikan', 'diposting pada', 'diposting', 'posted on', 'tanggal'],
  updated: ['terakhir diperbarui', 'diperbarui pada', 'diperbarui', 'pembaruan terakhir'],
  furniture: { byline: ['oleh', 'penulis', 'ditulis oleh', 'reporter'], fields: ['kategori', 'tag', 'tags', 'editor', 'sumber', 'foto', 'waktu baca'], counts: ['komentar', 'menit', 'min'] },
  monthFirst: true,
  clockWords: ['pukul', 'jam'],
  fillers: ['pada', 'tanggal'],
  zones: { wib: ianaZone('Asia/Jakarta'), wita: ianaZone('Asia/Makassar'), wit: ianaZone('Asia/Jayapura') },
}));
