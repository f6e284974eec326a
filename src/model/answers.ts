/** The answers the finder can ask for (no zod here: this module goes into the browser bundle). */
export const HUKOU = ['local', 'other'] as const;
export const HOME = ['urban', 'rural', 'institution', 'elsewhere'] as const;
export const ECONOMIC = ['特困', '低保', '低保边缘', '低收入', 'none'] as const;
export const CARE = ['失能', '半失能', '失智', 'none'] as const;
export const FAMILY = ['独居', '空巢', '留守', '计划生育特殊家庭'] as const;
export const MILITARY = ['遗属', '现役军人家属', '退役军人', 'none'] as const;
