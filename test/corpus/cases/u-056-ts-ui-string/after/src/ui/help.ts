export const hint = 'Never DROP TABLE in production';
