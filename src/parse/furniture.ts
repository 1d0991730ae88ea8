/**
 * Page furniture: the short lines around a story that are not part of its prose and must never be
 * taken for a title or a subheading — bylines, datelines, dates, photo captions and credits,
 * advertising slugs, list items and table cells. Recognised by how they look on any news page,
 * not by what a particular page says.
 */

import { codePointLength, isPunctuationSymbolOrSpaceAt, isSpaceAt, isUppercaseAt, isUppercaseOrNumberAt } from "../text/chars.js";

/** The word that opens a byline, in any case; the name after it must start with a capital ("By the time..." is prose). */
const BYLINE = /^(?:by|from|reporting by|written by|words by|von|par|por|di|door|av)\s+/iu;
const CREDIT = /\b(?:image copyright|copyright|getty images|reuters|associated press|afp|ap photo|epa|photograph|photo(?:graph)?s?|picture|pictures|image|images|credit|courtesy|illustration|video|source|caption)\b\s*[:/©|]/iu;
const CREDIT_TAIL = /(?:getty images|reuters|afp|\bap\b|\bepa\b|shutterstock|alamy|pa media|pa wire|press association|bloomberg|via getty)\s*\)?$/iu;
const SYMBOLS = /^[©®℗|•·▪►▶→\-–—*#>]/u;
const SLUGS = /^(?:advertisement|advertising|sponsored(?: content)?|related(?: articles| stories| content)?|read more|see also|more on this story|share this(?: article)?|share|comments?|subscribe(?: now)?|sign up|follow us|skip to (?:content|main content)|continue reading|click here|image|photo|video|media playback is unsupported on your device|loading|embed|tweet|print|email)\b[\s:.!]*$/iu;
const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const WEEKDAY = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";
const DATE = new RegExp(
  `^(?:(?:updated|published|posted|last updated|first published)[:\\s]+)?(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?(?:\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?(?:\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})\\b`,
  "iu",
);
const TIME = /^\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\b/iu;
/**
 * "WASHINGTON (AP) —", "LONDON, March 3 (Reuters) -", "KYIV —", "RIVERTON, Wyo. (AP) —": city in
 * capitals, perhaps its state or country as news abbreviates it, an agency, a dash.
 */
const DATELINE = /^[\p{Lu}][\p{Lu}\s.,'-]{1,40}(?:,\s[\p{Lu}][\p{L}.]{1,8}(?:\s[\p{Lu}\d][\p{L}\d.]{0,8})?)?\s*(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s/u;
/** Cells of a flattened table row: a leading pipe, or two or more pipes (one is a "Title | Site" separator). */
const TABLE_CELL = /^\||\s\|\s.*\s\|\s/;

export function isByline(line: string): boolean {
  if (line.length > 100 || !mayStartWith(line, "bfrwvpda")) return false;
  // Case-insensitive for the opening word only: under the i flag \p{Lu} would match any letter.
  const opening = BYLINE.exec(line);
  return opening !== null && isUppercaseAt(line, opening[0].length);
}

export function isDateline(line: string): boolean {
  // Every dateline starts with two capitals (or a capital and a space or stop) and has a dash; most
  // lines asked about do not: they are spared the pattern, which costs milliseconds to compile in
  // every process (a capital-letter class, repeated).
  if (!isUppercaseAt(line, 0) || !HAS_DASH.test(line)) return false;
  const second = codePointLength(line, 0);
  return (isUppercaseAt(line, second) || isSpaceAt(line, second) || ".,'-".includes(line.charAt(second) || "x")) && DATELINE.test(line);
}
const HAS_DASH = /[—–-]/;

/** A story's opening without its dateline: "CHARLOTTE - Nearly a week after…" is "Nearly a week after…". */
export function withoutDateline(text: string): string {
  if (!isDateline(text)) return text; // before the dash search, which would read all of a long lead
  const dash = text.search(/\s[—–-]{1,2}\s/u);
  return dash >= 0 && dash < 60 ? text.slice(dash).replace(/^\s[—–-]{1,2}\s/u, "") : text;
}

/**
 * Words photo captions use and headings do not: "pictured", "depicting", "(left)", "X logo", "photo
 * by". Each pattern is asked only of lines holding its stems (in any case): one alternation of
 * them all, opening with word boundaries, costs a try at every character of a long paragraph.
 */
const CAPTION_CUES: readonly (readonly [stems: RegExp, cue: RegExp])[] = [
  [/pictured|depicting|photographed/i, /\b(?:pictured|depicting|photographed)\b/iu],
  [/logo/i, /\blogo$/iu],
  [/\(/, /\((?:left|right|centre|center|above|below|top|bottom)\)/iu],
  [/photo|pictur|image/i, /\b(?:photo|photograph|picture|image)s? by\b/iu],
];

/**
 * The agencies' captions open so: "In this photo taken on...", "In this Jan. 5, 2016, file photo,
 * ...", "In this image made from video...". Between "In this" and the noun only a date or a few
 * words that describe a photo, in case as written ("In this case, police released a photo" is prose).
 */
const IN_THIS_PHOTO = /^In this(?: (?:[\p{Lu}\p{N}][\p{L}\p{N}.']*|file|undated|handout|aerial|archive|combination|family|video|courtroom|booking|police),?){0,6} (?:photo|photograph|image|picture)s?\b/u;

const CAPTION_OPENING = /^(?:image copyright|copyright|image caption|media caption|caption|credit|photo|picture|©)\b/iu;

/**
 * Opens as only a caption or credit does, however long it goes on: "© Agency", "Image copyright
 * ...", "Photo: ...", "In this photo taken...". (A block that mentions a photo further on may be prose.)
 */
export function opensLikeCaption(line: string): boolean {
  if (line.startsWith("©")) return true;
  if (mayStartWith(line, "icmp") && CAPTION_OPENING.test(line)) return true;
  return line.startsWith("In this ") && IN_THIS_PHOTO.test(line);
}

/** Captions and credits are a line or two; a longer block is prose even if it mentions a photo. */
const MAX_CAPTION_CHARS = 2000;

export function isCaptionOrCredit(line: string): boolean {
  if (SYMBOLS.test(line) || opensLikeCaption(line)) return true;
  if (line.length > MAX_CAPTION_CHARS) return false;
  // The cue words are searched only in lines that contain one of their stems: the alternations
  // below cost a try at every character, and most lines have none of them.
  if (CUE_STEMS.test(line) && hasCaptionCue(line)) return true;
  if (CREDIT_STEMS.test(line) && CREDIT.test(line)) return true;
  return isAgencyCredit(line);
}
/**
 * Literal stems, all in one pass of the regex engine, in any case. ASCII case is enough: of the
 * other characters Unicode folds onto ASCII letters, the Kelvin sign (k) and the long s (ſ), the
 * stems have no k, and the patterns they guard are left to tell an ſ.
 */
const CUE_STEMS = /pictur|depict|photo|logo|\(|image/i;

function hasCaptionCue(line: string): boolean {
  return CAPTION_CUES.some(([stems, cue]) => stems.test(line) && cue.test(line));
}
const CREDIT_STEMS = /image|copyright|getty|reuters|associated|afp|ap |epa|photo|picture|credit|courtesy|illustration|video|source|caption/i;

/**
 * "Jane Doe / Getty Images", "(Reuters)", "John Smith via AP": an agency name ends a credit line
 * set off by a slash, bracket or "via", or closes a line of names. A headline may end with one
 * too ("Weak dollar hits Reuters"), but then it reads as words in lower case.
 */
function isAgencyCredit(line: string): boolean {
  if (line.length > 120) return false;
  // "via" is looked for only where it occurs: the word boundaries make the pattern try every character.
  const setOff = SET_OFF_MARK.test(line) || (line.includes("via") && /\bvia\b/u.test(line)) || everyWordStartsUpper(line);
  return setOff && CREDIT_TAIL.test(line);
}

const SET_OFF_MARK = /[/|(©:]/;

/** Whether every word (split at single spaces, so a double space makes an empty one) starts with a capital, digit or "&". */
function everyWordStartsUpper(line: string): boolean {
  let start = 0;
  for (;;) {
    const code = line.charCodeAt(start);
    // ASCII is decided by code; other characters by the regex (astral capitals included).
    const upper = code < 128 ? (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 38 : isUppercaseOrNumberAt(line, start);
    if (!upper) return false; // also an empty word: NaN at the end of the line, a space in it
    const space = line.indexOf(" ", start);
    if (space < 0) return true;
    start = space + 1;
  }
}

export function isSlug(line: string): boolean {
  return mayStartWith(line, "asrmcfipvlet") && SLUGS.test(line);
}

export function isDateOrTime(line: string): boolean {
  // Every date and time these patterns accept has a digit; lines without one (most headings) are
  // spared DATE, whose case-insensitive Unicode alternations cost milliseconds to compile per process.
  // A date opens with a digit or a word (a month, a weekday, "updated"...) of these initials, a time with a digit.
  if (!HAS_DIGIT.test(line)) return false;
  const digitFirst = startsWithDigit(line);
  return ((digitFirst || mayStartWith(line, "uplfmtwsjaond")) && DATE.test(line)) || (digitFirst && TIME.test(line));
}
const HAS_DIGIT = /[0-9]/;

export function isListItem(line: string): boolean {
  return mayStartListItem(line.charCodeAt(0)) && /^(?:[-*•◦▪‣–]\s|\d{1,3}[.)]\s|\(?[a-z]\)\s)/u.test(line);
}

/** Starts with an ASCII digit (what `\d` matches, with or without the u flag): numbered lines start so. */
export function startsWithDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** A list item's marker opens with a bullet or dash, a digit, "(" or a lower-case ASCII letter; a capital, as headings open, rules it out. */
function mayStartListItem(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 40 || (code > 127 ? "•◦▪‣–".includes(String.fromCharCode(code)) : code === 45 || code === 42);
}

export function isTableCell(line: string): boolean {
  return line.includes("|") && TABLE_CELL.test(line);
}

/** Anything that is page furniture rather than a title, subheading or prose. */
/**
 * Whether a case-insensitive pattern whose words all start with one of these ASCII letters could
 * match at the start of the line: any other ASCII character rules it out. Other characters are left
 * to the pattern, as Unicode case folding maps a few of them onto ASCII letters (ſ onto s).
 */
function mayStartWith(line: string, letters: string): boolean {
  const code = line.charCodeAt(0);
  return !(code < 128) || letters.includes(String.fromCharCode(code | 0x20));
}

/** Only punctuation, symbols, white space and digits (`/^[\p{P}\p{S}\s\d]*$/u`). */
function hasNoWords(line: string): boolean {
  for (let i = 0; i < line.length; i += codePointLength(line, i)) {
    const code = line.charCodeAt(i);
    if (!((code >= 48 && code <= 57) || isPunctuationSymbolOrSpaceAt(line, i))) return false;
  }
  return true;
}

export function isFurniture(line: string): boolean {
  return (
    isByline(line) ||
    isCaptionOrCredit(line) ||
    isSlug(line) ||
    isDateOrTime(line) ||
    isListItem(line) ||
    isTableCell(line) ||
    /^https?:\/\//.test(line) ||
    hasNoWords(line) // no letters at all: rules, counters, page numbers
  );
}
