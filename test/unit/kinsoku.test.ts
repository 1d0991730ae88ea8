import { Chalk } from "chalk";
import fc from "fast-check";
import stringWidth from "string-width";
import stripAnsi from "strip-ansi";
import wrapAnsi from "wrap-ansi";
import { describe, expect, it } from "vitest";
import { renderArticle, type RenderOptions } from "../../src/render/index.js";
import { ansiMetrics, type Metrics, oneColumnMetrics, plainMetrics, simpleTextMetrics } from "../../src/render/wrap.js";
import { EAST_ASIAN, isNoEnd, isNoStart, mayBreakBetween, NO_END_CHARACTERS, NO_START_CHARACTERS } from "../../src/text/kinsoku.js";
import { sampleArticle } from "./fixtures.js";

const chalk = new Chalk({ level: 3 });

/** Every row of wrapped text that starts with a character that may not start one, or ends with one that may not end one. */
function rowsAgainstRules(wrapped: string): string[] {
  return stripAnsi(wrapped)
    .split("\n")
    .filter((row) => {
      const text = row.trim();
      return text !== "" && (isNoStart(text.charCodeAt(0)) || isNoEnd(text.charCodeAt(text.length - 1)));
    });
}

/** The text without its spaces and line breaks: what wrapping must keep, in order. */
const content = (text: string): string => stripAnsi(text).replace(/[ \n]/g, "");

/** No row wider than the width, but for a row of one character wider than the width itself. */
function expectWithin(wrapped: string, width: number): void {
  for (const row of stripAnsi(wrapped).split("\n")) if ([...row].length > 1) expect(stringWidth(row), row).toBeLessThanOrEqual(width);
}

describe("the characters the rules of Chinese and Japanese line breaking are about", () => {
  it("are the closing and opening marks, small kana and iteration marks, one UTF-16 unit each", () => {
    for (const ch of "。．、，・：；？！）］｝〕〉》」』】〙〗〟’”ぁっャヶー々ゝゞヽヾ") expect(isNoStart(ch.charCodeAt(0)), ch).toBe(true);
    for (const ch of "（［｛〔〈《「『【〘〖〝‘“") expect(isNoEnd(ch.charCodeAt(0)), ch).toBe(true);
    for (const ch of "あ東ア一aA.,()「") expect(isNoStart(ch.charCodeAt(0)), ch).toBe(false);
    for (const ch of "あ東ア一aA.,()」") expect(isNoEnd(ch.charCodeAt(0)), ch).toBe(false);
    expect(mayBreakBetween("東".charCodeAt(0), "「".charCodeAt(0))).toBe(true);
    expect(mayBreakBetween("」".charCodeAt(0), "東".charCodeAt(0))).toBe(true);
    expect(mayBreakBetween("「".charCodeAt(0), "東".charCodeAt(0))).toBe(false);
    expect(mayBreakBetween("東".charCodeAt(0), "。".charCodeAt(0))).toBe(false);
    for (const ch of NO_START_CHARACTERS + NO_END_CHARACTERS) expect(ch.length, ch).toBe(1);
  });

  it("are all wrapped without wrap-ansi where they stand among other simple text, and all mark text as East Asian but the curly quotes", () => {
    expect(() => simpleTextMetrics.width(NO_START_CHARACTERS + NO_END_CHARACTERS)).not.toThrow();
    for (const ch of NO_START_CHARACTERS + NO_END_CHARACTERS) expect(EAST_ASIAN.test(ch), ch).toBe(!"‘’“”".includes(ch));
    expect(EAST_ASIAN.test("plain “quoted” English, Ελληνικά, e\u0301")).toBe(false);
  });
});

describe("wrapping Chinese and Japanese by their rules", () => {
  // Each input is text written for the test; the width puts a break where wrap-ansi breaks against the rules.
  const cases: [name: string, input: string, width: number, expected: string][] = [
    ["a stop does not start a row: the character before it goes down with it", "今日は晴れでした。", 16, "今日は晴れでし\nた。"],
    ["nor a closing bracket", "彼は「はい」と言った。", 10, "彼は「は\nい」と言っ\nた。"],
    ["an opening bracket does not end a row: it goes down", "東京都「新宿」", 8, "東京都\n「新宿」"],
    ["a prolonged sound mark does not start a row", "ちょっとコーヒー", 10, "ちょっと\nコーヒー"],
    ["nor a small kana", "今日はちょっと", 8, "今日は\nちょっと"],
    ["nor a fullwidth closing parenthesis and stop after it", "料金は五千円（税込）。", 20, "料金は五千円（税\n込）。"],
    ["nor a curly closing quote, one column wide", "他说：“你好。”然后走了", 13, "他说：“你\n好。”然后走了"],
    ["nor a full stop after a paragraph's ideographic space", "\u3000今日は晴れでした。", 18, "\u3000今日は晴れでし\nた。"],
    ["nor the comma of a word that follows a space: a wide character goes down before it", "甲乙 丙丁 、戊己", 10, "甲乙 丙\n丁 、戊己"],
    ["or the row takes what fits of that word, where it may break", "甲乙丙 、丁戊己庚辛", 12, "甲乙丙 、丁\n戊己庚辛"],
    ["a long word that may not start a row stays on the row it would have left", "ab 、甲乙丙丁戊己", 8, "ab 、甲\n乙丙丁戊\n己"],
    ["an opening bracket after Latin letters goes down alone", "我们发布了DNC（可微分神经计算机）", 15, "我们发布了DNC\n（可微分神经计\n算机）"],
  ];

  it.each(cases)("%s", async (_name, input, width, expected) => {
    const old = wrapAnsi(input, width, { hard: true, trim: true });
    expect(rowsAgainstRules(old), "wrap-ansi breaks this against the rules").not.toEqual([]);
    for (const metrics of [simpleTextMetrics, await ansiMetrics(), await plainMetrics([input])]) {
      expect(metrics.wrap(input, width)).toBe(expected);
      expect(metrics.wrap(input, width, "  ")).toBe(expected.replaceAll("\n", "\n  "));
    }
    expect(rowsAgainstRules(expected)).toEqual([]);
    expectWithin(expected, width);
    expect(content(expected)).toBe(content(input));
  });

  it.each(cases)("and styled: %s", async (_name, input, width, expected) => {
    const metrics = await ansiMetrics();
    for (const styled of [chalk.bold(input), chalk.cyan(input.slice(0, 3)) + chalk.italic.green(input.slice(3)), `\u001b]8;;https://example.org/\u0007${chalk.underline(input)}\u001b]8;;\u0007`]) {
      expect(stripAnsi(metrics.wrap(styled, width))).toBe(expected);
    }
    // As wrap-ansi does at every row break: the styles are closed at a row's end and opened again after it.
    expect(metrics.wrap(chalk.bold(input), width)).toBe(expected.split("\n").map((row) => chalk.bold(row)).join("\n"));
  });

  it("keeps the styles of a quote across the rows the rules made", async () => {
    const metrics = await ansiMetrics();
    const styled = `${chalk.bold("発表")}によると、${chalk.italic.green("「フリーWi-Fiは危険」")}とのこと。`;
    const wrapped = metrics.wrap(styled, 16);
    expect(rowsAgainstRules(wrapped)).toEqual([]);
    expect(rowsAgainstRules(wrapAnsi(styled, 16, { hard: true, trim: true }))).not.toEqual([]);
    expect(stripAnsi(wrapped)).toBe("発表によると、\n「フリーWi-Fiは\n危険」とのこと。");
    expectWithin(wrapped, 16);
    expect(content(wrapped)).toBe(content(styled));
    for (const row of wrapped.split("\n")) if (/[「」危険]/.test(stripAnsi(row))) expect(row).toContain("\u001b[3m");
  });

  it("and so in text wrap-ansi wraps, with emoji and combining marks", async () => {
    const metrics = await ansiMetrics();
    expect(metrics.wrap("今日は晴れで😀。", 14)).toBe("今日は晴れで\n😀。");
    expect(metrics.wrap("Tax\u0301で「会議」をした。", 8)).toBe("Tax\u0301で\n「会議」\nをした。");
    expect(metrics.wrap(chalk.bold("今日は晴れで😀。"), 14)).toBe(`${chalk.bold("今日は晴れで")}\n${chalk.bold("😀。")}`);
  });

  // Text as it comes: pieces that the rules do not let break inside (an opening bracket and what
  // follows it, a character and the closing marks after it) between which they do, a few Latin
  // words and spaces. Any row of 6 columns or more has a place to break by the rules.
  const unit = fc.constantFrom("的", "一", "リ", "東", "京", "가", "Ａ", "「東", "（共", "“你", "京」", "好。", "京、", "リー", "しょ", "ちゃ", "京」。", "好！”", "京）、", "人々");
  const latin = fc.constantFrom(" ", " DNC ", "Wi-Fi", " a ", " 2016 ", "AI");
  const text = fc.array(fc.oneof(unit, unit, unit, latin), { minLength: 1, maxLength: 80 }).map((pieces) => pieces.join("").replace(/^ +| +$/g, "").replace(/ {2,}/g, " "));

  it("never starts or ends a row against the rules where a row has room for a break, and never exceeds the width", async () => {
    const ansi = await ansiMetrics();
    fc.assert(
      fc.property(text, fc.integer({ min: 6, max: 40 }), (input, width) => {
        for (const metrics of [simpleTextMetrics, ansi]) {
          const wrapped = metrics.wrap(input, width);
          expect(rowsAgainstRules(wrapped)).toEqual([]);
          expectWithin(wrapped, width);
          expect(content(wrapped)).toBe(content(input));
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("and breaks styled text where it breaks the same text unstyled", async () => {
    const ansi = await ansiMetrics();
    const styles = [chalk.bold, chalk.italic.green, chalk.cyan, (t: string) => t];
    fc.assert(
      fc.property(text, fc.integer({ min: 6, max: 40 }), fc.nat(3), fc.nat(3), fc.nat(), (input, width, outer, inner, at) => {
        const cut = at % (input.length + 1);
        const styled = (styles[outer] ?? String)(input.slice(0, cut) + (styles[inner] ?? String)(input.slice(cut)));
        expect(stripAnsi(ansi.wrap(styled, width))).toBe(simpleTextMetrics.wrap(input, width));
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ["a long run of stops", "。".repeat(60)],
    ["a long run of opening brackets", "「".repeat(60)],
    ["a character and a long run of closing brackets", `東${"」".repeat(60)}`],
    ["closing and opening brackets in turn", "」「".repeat(40)],
    ["small kana only", "ょっゃ".repeat(20)],
    ["runs between spaces", `${"。".repeat(7)} ${"「".repeat(9)} ${"ー".repeat(11)}`],
  ])("still wraps where the rules leave no place to break: %s", async (_name, input) => {
    const ansi = await ansiMetrics();
    for (const [metrics, styled] of [[simpleTextMetrics, input], [ansi, input], [ansi, chalk.bold(input)]] as const) {
      for (let width = 1; width <= 24; width++) {
        const wrapped = metrics.wrap(styled, width);
        expectWithin(wrapped, width);
        expect(content(wrapped)).toBe(content(input));
        expect(wrapped.split("\n").length).toBeLessThanOrEqual(input.length);
      }
    }
    expect(simpleTextMetrics.wrap("。".repeat(30), 10)).toBe(Array(6).fill("。。。。。").join("\n"));
  });

  it("leaves text in other scripts as wrap-ansi wraps it, curly quotes and all", async () => {
    const ansi = await ansiMetrics();
    for (const [input, width] of [
      ["He said “yes” and left", 12],
      ["“Quoted”", 3],
      ["Zoe\u0301’s ’90s “tape”", 5],
      [chalk.bold("Zoe\u0301’s ’90s “tape”"), 6],
    ] as const) {
      const expected = wrapAnsi(input, width, { hard: true, trim: true });
      expect(ansi.wrap(input, width)).toBe(expected);
      if (!input.includes("\u001b") && !input.includes("\u0301")) expect(oneColumnMetrics.wrap(input, width)).toBe(expected);
    }
  });
});

describe("Latin words and numbers among Chinese and Japanese", () => {
  // Breaks fall between an ideograph or kana and a Latin letter or digit, as in UAX #14 and browsers,
  // not inside a run of letters, digits and their punctuation that a row could hold.
  const sentence = "这是一段中文文字用于测试苹果公司iPhone手机在2016年10月14日07:17发布的消息以及Google公司的DeepMind项目。";
  const cases: [name: string, input: string, width: number, expected: string][] = [
    ["a time goes down whole", sentence, 20, "这是一段中文文字用于\n测试苹果公司iPhone手\n机在2016年10月14日\n07:17发布的消息以及\nGoogle公司的DeepMind\n项目。"],
    ["a year and a camel-case name", sentence, 23, "这是一段中文文字用于测\n试苹果公司iPhone手机在\n2016年10月14日07:17发布\n的消息以及Google公司的\nDeepMind项目。"],
    ["a name at a row's end", sentence, 26, "这是一段中文文字用于测试苹\n果公司iPhone手机在2016年10\n月14日07:17发布的消息以及\nGoogle公司的DeepMind项目。"],
    ["a hyphenated word in Japanese", "安全性の高いフリーWi-Fiのほかにも", 20, "安全性の高いフリー\nWi-Fiのほかにも"],
    ["a word in brackets keeps the opening bracket with it", "通信がVPN（Virtual Private Network）で暗号化", 16, "通信がVPN\n（Virtual\nPrivate\nNetwork）で暗号\n化"],
    ["an opening curly quote goes down with the word", "他说“Google很好”", 10, "他说\n“Google很\n好”"],
    ["a run wider than a row is broken where the row fills", "公司abcdefghijklmnop的", 10, "公司abcdef\nghijklmnop\n的"],
    // A space does not make what follows it one word: Chinese after it fills the row (wrap-ansi took it down whole).
    ["Chinese after a space fills the row", "开头。谷歌说 人工智能能够打败围棋冠军也跟这些神经网络有很大关系。", 20, "开头。谷歌说 人工智\n能能够打败围棋冠军也\n跟这些神经网络有很大\n关系。"],
    ["and after a Latin word", "DeepMind的AlphaGo AI能够打败围棋冠军也跟这些神经网络", 16, "DeepMind的\nAlphaGo AI能够打\n败围棋冠军也跟这\n些神经网络"],
    ["and phrases set apart by spaces", "一波波接續性低溫寒流報到 各地氣溫驟降 玉山頂上也下起了雪", 20, "一波波接續性低溫寒流\n報到 各地氣溫驟降 玉\n山頂上也下起了雪"],
  ];

  it.each(cases)("%s", async (_name, input, width, expected) => {
    const ansi = await ansiMetrics();
    for (const metrics of [simpleTextMetrics, ansi, await plainMetrics([input])]) expect(metrics.wrap(input, width)).toBe(expected);
    expect(stripAnsi(ansi.wrap(chalk.bold(input.slice(0, 4)) + chalk.italic(input.slice(4)), width))).toBe(expected);
    // Text that wrap-ansi wraps (an emoji for its first character, as wide) is laid out by the same rules.
    expect(ansi.wrap(`😀${input.slice(1)}`, width)).toBe(`😀${expected.slice(1)}`);
    expect(rowsAgainstRules(expected)).toEqual([]);
    expectWithin(expected, width);
    expect(content(expected)).toBe(content(input));
  });

  it("in every format that wraps, the summary too", async () => {
    const article = sampleArticle({
      headline: "标题",
      sections: [{ heading: null, paragraphs: [sentence] }],
      quotes: [{ text: "我们在2016年推出了DeepMind项目，Google公司表示。", speaker: "李明", section: 0, paragraph: 0 }],
    });
    const render = async (format: "text" | "ansi", summary: boolean): Promise<string> => stripAnsi(await renderArticle(article, { format, width: 24, color: true, theme: "dark", summary, hyperlinks: false }));
    expect(await render("text", false)).toMatchInlineSnapshot(`
      "标题
      ====

      52 words · 1 min read
      1 quote

      这是一段中文文字用于测试
      苹果公司iPhone手机在2016
      年10月14日07:17发布的消
      息以及Google公司的
      DeepMind项目。

      Who said what
      -------------

        “我们在2016年推出了
        DeepMind项目，Google公
        司表示。”
          — 李明
      "
    `);
    expect(await render("ansi", false)).toMatchInlineSnapshot(`
      "标题

      52 words · 1 min read
      1 quote

      这是一段中文文字用于测试
      苹果公司iPhone手机在2016
      年10月14日07:17发布的消
      息以及Google公司的
      DeepMind项目。

      Who said what

        ▎ “我们在2016年推出了
        ▎ DeepMind项目，Google
        ▎ 公司表示。” — 李明
      "
    `);
    expect(await render("text", true)).toMatchInlineSnapshot(`
      "标题
      ====

      52 words · 1 min read
      1 quote

      这是一段中文文字用于测试
      苹果公司iPhone手机在2016
      年10月14日07:17发布的消
      息以及Google公司的
      DeepMind项目。

      Key quotes
      ----------

        “我们在2016年推出了
        DeepMind项目，Google公
        司表示。”
          — 李明
      "
    `);
  });
});

describe("rendered Chinese and Japanese", () => {
  const options = (overrides: Partial<RenderOptions>): RenderOptions => ({ format: "text", width: 60, color: false, theme: "dark", summary: false, hyperlinks: false, ...overrides });
  const article = sampleArticle({
    headline: "市議会、新しい橋の建設を承認「長年の議論に決着」（市政ニュース）",
    sections: [
      { heading: null, paragraphs: ["市議会は火曜日、川に新しい橋を架ける計画を賛成7、反対2で可決した。市長は「待ちに待った一歩だ」と述べ、工事は春に始まる見込みだ。"] },
      {
        heading: "今後の予定（工事・交通）",
        paragraphs: ["市によると、工事中もフェリーは運航を続ける。料金は片道300円（税込）で、ちょっとした値上げとなる。", "住民の一人は「ようやくですね。」と話した。"],
      },
    ],
    quotes: [
      { text: "待ちに待った一歩だ。工事は春に始まる見込みで、フェリーは橋の完成まで運航を続けます。", speaker: "市長（都市計画担当）", section: 0, paragraph: 0 },
      { text: "ようやくですね。", speaker: null, section: 1, paragraph: 1 },
    ],
  });

  it.each([20, 27, 33, 41, 50, 64, 80])("keeps the rules and the width in every format that wraps, the summary too (%i columns)", async (width) => {
    for (const format of ["text", "ansi"] as const) {
      for (const summary of [false, true]) {
        const out = await renderArticle(article, options({ format, width, color: true, summary }));
        const rows = stripAnsi(out).split("\n").map((row) => row.replace(/^ *(▎|—)? */, ""));
        expect(rowsAgainstRules(rows.join("\n")), `${format}${summary ? " summary" : ""}`).toEqual([]);
        for (const row of stripAnsi(out).split("\n")) expect(stringWidth(row)).toBeLessThanOrEqual(width);
      }
    }
  });
});
