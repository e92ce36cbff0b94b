/** Minutes to read a text at about 200 words a minute (a common figure for screen reading), at least one. */
export function readingMinutes(text: string, wordsPerMinute = 200): number {
  const words = text
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\[\^[^\]]+\]:.*$/gm, '')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(1, Math.round(words / wordsPerMinute));
}
