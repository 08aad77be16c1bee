/**
 * Hindi stamps: `26 फरवरी 2022`, `30 मई, 2023`, and the month first as some sites print it
 * (`जनवरी 10, 2025 5:47 अपराह्न`, `monthFirst`); `पूर्वाह्न` / `अपराह्न` after the time (a.m., p.m.).
 */
import { defineLocale } from '../common/configuration.js';
import { table } from '../common/vocabulary.js';

export const hindi = defineLocale(() => ({
  code: 'hi',
  // Both spellings in use: with and without the nukta (`फ़रवरी`), `सितंबर` with anusvara or `सितम्बर`.
  months: table([
    'जनवरी', 'फरवरी फ़रवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर सितम्बर', 'अक्टूबर अक्तूबर', 'नवंबर नवम्बर', 'दिसंबर दिसम्बर',
  ], 1),
  weekdays: table(['रविवार', 'सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार बृहस्पतिवार', 'शुक्रवार', 'शनिवार'], 0),
  published: ['प्रकाशित तिथि', 'प्रकाशित', 'प्रकाशन तिथि', 'दिनांक', 'तारीख'],
  updated: ['अपडेटेड', 'अपडेट', 'अद्यतन', 'संशोधित'],
  furniture: { byline: ['लेखक', 'द्वारा', 'रिपोर्ट'], fields: ['श्रेणी', 'स्रोत', 'संपादक'], counts: ['टिप्पणियां', 'मिनट'] },
  monthFirst: true,
  meridiem: { am: ['पूर्वाह्न'], pm: ['अपराह्न'] },
  clockWords: ['को', 'बजे'],
}));
