/** The server's own words (action titles, notices), in both message languages. */
import type { Localized } from '@bayan/core';

export const words = {
  fix: { ar: 'إصلاح: {{message}}', en: 'Fix: {{message}}' },
  fixAll: { ar: 'Bayan: إصلاح كل المشكلات الآمنة', en: 'Bayan: fix all safe problems' },
  disableLine: { ar: 'تعطيل القاعدة {{rule}} في هذا السطر', en: 'Disable {{rule}} on this line' },
  disableFile: { ar: 'تعطيل القاعدة {{rule}} في هذا الملف', en: 'Disable {{rule}} in this file' },
  configError: { ar: 'ملف إعدادات Bayan فيه خطأ: {{error}}', en: 'The Bayan config file has an error: {{error}}' },
  internalError: { ar: 'تعذّر على Bayan فحص «{{file}}»: {{error}}', en: 'Bayan could not check “{{file}}”: {{error}}' },
  docLink: { ar: 'توثيق القاعدة', en: 'Rule documentation' },
} satisfies Record<string, Localized>;
