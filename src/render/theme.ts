import type { ChalkInstance } from "chalk";

/**
 * Colour themes for the styled output. Styles are chalk modifier names, applied in order, so a
 * theme is plain data; `plain` uses no colours at all, only weight and slant.
 */
export const THEMES = ["dark", "light", "plain"] as const;
export type ThemeName = (typeof THEMES)[number];

type Modifier = "bold" | "dim" | "italic" | "underline" | "cyan" | "yellow" | "green" | "blue" | "magenta" | "gray" | "blackBright";

export interface Theme {
  title: Modifier[];
  heading: Modifier[];
  meta: Modifier[];
  quote: Modifier[];
  speaker: Modifier[];
  bar: Modifier[];
  link: Modifier[];
}

const THEME_STYLES: Record<ThemeName, Theme> = {
  dark: { title: ["bold", "cyan"], heading: ["bold", "yellow"], meta: ["dim"], quote: ["italic", "green"], speaker: ["bold"], bar: ["dim"], link: ["underline", "blue"] },
  light: { title: ["bold", "blue"], heading: ["bold", "magenta"], meta: ["gray"], quote: ["italic", "green"], speaker: ["bold"], bar: ["gray"], link: ["underline", "blue"] },
  plain: { title: ["bold", "underline"], heading: ["bold"], meta: ["dim"], quote: ["italic"], speaker: ["bold"], bar: ["dim"], link: ["underline"] },
};

export type Style = (text: string) => string;
export type ThemeStyles = Record<keyof Theme, Style>;

export function themeStyles(chalk: ChalkInstance, name: ThemeName): ThemeStyles {
  const theme = THEME_STYLES[name];
  const style = (modifiers: readonly Modifier[]): Style => modifiers.reduce<ChalkInstance>((chain, m) => chain[m], chalk);
  return {
    title: style(theme.title),
    heading: style(theme.heading),
    meta: style(theme.meta),
    quote: style(theme.quote),
    speaker: style(theme.speaker),
    bar: style(theme.bar),
    link: style(theme.link),
  };
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * --theme, else NEWSREAD_THEME, else the terminal's background from COLORFGBG ("fg;bg", set by
 * rxvt, Konsole and others), else dark. Never asks the terminal: a query can hang on a terminal that
 * does not answer.
 */
export function decideTheme(flag: ThemeName | undefined, env: Env): ThemeName {
  if (flag) return flag;
  const configured = env.NEWSREAD_THEME;
  if (configured && (THEMES as readonly string[]).includes(configured)) return configured as ThemeName;
  const background = Number(env.COLORFGBG?.split(";").pop());
  if (Number.isInteger(background)) return background === 7 || (background >= 9 && background <= 15) ? "light" : "dark";
  return "dark";
}
