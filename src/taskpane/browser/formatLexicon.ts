/** The Chinese words Excel number formats print (aaaa → 星期一, 上午/下午), for cellText.ts. */
export const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
export const WEEK_PREFIX = '星期';
export const CHINESE_AM_PM = '上午/下午';
export const CHINESE_AM = '上午';
export const CHINESE_PM = '下午';
/** A section with a 12-hour clock. */
export const TWELVE_HOUR = /AM\/PM|A\/P|上午\/下午/i;
