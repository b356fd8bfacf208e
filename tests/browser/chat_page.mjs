// Drives the chat page of a running `xlagen serve` in headless Chromium, as a user would:
// types two prompts and checks that each streamed answer equals the API's greedy answer for
// the same conversation, then presses stop on a long answer and checks, through /metrics, that
// the server cancelled it and generates nothing more. Saves a screenshot at the end.
//
//   node tests/browser/chat_page.mjs BROWSER_DIR BASE_URL SCREENSHOT.png
//
// BROWSER_DIR is what tests/browser/fetch.py prints (node_modules with @sparticuz/chromium
// and puppeteer-core). tests/browser.rs runs this; exits non-zero with a message on failure.

import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [browserDir, base, screenshot] = process.argv.slice(2);
if (!screenshot) {
  console.error("usage: node chat_page.mjs BROWSER_DIR BASE_URL SCREENSHOT.png");
  process.exit(2);
}
const TIMEOUT = 180_000;

function check(ok, message) {
  if (!ok) throw new Error(message);
}

// The packages live in the cache dir, not next to this script.
const fromCache = createRequire(path.join(browserDir, "package.json"));
async function load(name) {
  try {
    return (await import(pathToFileURL(fromCache.resolve(name)).href)).default;
  } catch (e) {
    console.error(`chat_page.mjs: cannot load ${name} from ${browserDir} ` +
      `(tests/browser/fetch.py installs it there): ${e.message}`);
    process.exit(1);
  }
}
const chromium = await load("@sparticuz/chromium");
const puppeteer = await load("puppeteer-core");

async function post(route, body) {
  const r = await fetch(base + route, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const v = await r.json();
  check(r.ok, `${route} answered ${r.status}: ${JSON.stringify(v)}`);
  return v;
}

async function metric(name) {
  const text = await (await fetch(base + "/metrics")).text();
  const line = text.split("\n").find((l) => l.startsWith(name + " "));
  check(line !== undefined, `${name} missing from /metrics`);
  return Number(line.slice(name.length + 1));
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let browser;
try {
  const executablePath = await chromium.executablePath();
  browser = await puppeteer.launch({
    args: chromium.args,
    executablePath,
    headless: "shell",
    defaultViewport: { width: 1000, height: 760 },
  });
} catch (e) {
  console.error(`chat_page.mjs: launching Chromium from @sparticuz/chromium failed: ${e.stack || e}`);
  process.exit(1);
}

try {
  const page = await browser.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  await page.goto(base + "/", { waitUntil: "networkidle0" });
  check((await page.title()) === "xlagen chat", `the page at / is "${await page.title()}"`);

  const setField = (id, value) =>
    page.$eval(id, (el, v) => { el.value = v; }, String(value));

  // The last answer's text, finish, stats, and the distinct lengths its text went through.
  const lastAnswer = () =>
    page.$$eval("#messages .msg.assistant", (els) => {
      const a = els[els.length - 1];
      return {
        text: a.querySelector(".content").textContent,
        finish: a.dataset.finish,
        stats: a.querySelector(".stats").textContent,
        lengths: window.seenLengths,
      };
    });

  // Types `prompt` and sends it with Enter; records the answer's growth as it streams.
  async function send(prompt) {
    const before = await page.$$eval("#messages .msg.assistant", (els) => els.length);
    await page.evaluate(() => {
      window.seenLengths = [];
      new MutationObserver(() => {
        const els = document.querySelectorAll("#messages .msg.assistant .content");
        const n = els.length ? els[els.length - 1].textContent.length : 0;
        if (window.seenLengths[window.seenLengths.length - 1] !== n) window.seenLengths.push(n);
      }).observe(document.getElementById("messages"), {
        childList: true, subtree: true, characterData: true,
      });
    });
    await page.type("#prompt", prompt);
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      (n) => document.querySelectorAll("#messages .msg.assistant").length > n,
      {}, before);
  }

  async function askAndWait(prompt) {
    await send(prompt);
    await page.waitForFunction(() => document.body.dataset.state === "idle");
    return lastAnswer();
  }

  // Two greedy turns: each streamed answer equals the API's answer to the same conversation.
  await setField("#temperature", 0);
  await setField("#max-tokens", 24);
  const conversation = [];
  for (const prompt of ["Name a fruit.", "Why is it good for you?"]) {
    conversation.push({ role: "user", content: prompt });
    const answer = await askAndWait(prompt);
    const api = await post("/v1/chat/completions", {
      messages: conversation, temperature: 0, max_tokens: 24,
    });
    const want = api.choices[0].message.content;
    check(answer.text === want,
      `the page's answer to ${JSON.stringify(prompt)} is ${JSON.stringify(answer.text)}, ` +
      `the API's greedy answer is ${JSON.stringify(want)}`);
    check(want.length > 0, `the answer to ${JSON.stringify(prompt)} is empty`);
    check(answer.finish === api.choices[0].finish_reason,
      `finish ${answer.finish} on the page, ${api.choices[0].finish_reason} from the API`);
    // The first token comes from the prefill and the rest in blocks of --decode-steps tokens
    // (8 by default), so an answer longer than one block shows at least twice before it ends.
    const growth = answer.lengths.filter((n) => n > 0);
    check(growth.length >= 2,
      `the answer did not stream in: its text went through lengths ${answer.lengths}`);
    check(/^TTFT \d+ ms · [\d.]+ tok\/s · \d+ tokens · finish: (stop|length)$/.test(answer.stats),
      `stats line is ${JSON.stringify(answer.stats)}`);
    console.log(`answer ${JSON.stringify(want)} (${answer.stats}) equals the API's`);
    conversation.push({ role: "assistant", content: want });
  }

  // Stop: a long answer, stopped once some text shows. The server counts it cancelled, frees its
  // slot, and generates nothing more; the page keeps what came and says it stopped.
  const cancelledBefore = await metric("xlagen_requests_cancelled_total");
  const generatedBefore = await metric("xlagen_generated_tokens_total");
  await setField("#max-tokens", 120);
  await send("Write a long story about a lighthouse keeper and a storm.");
  await page.waitForFunction(() => window.seenLengths.filter((n) => n > 0).length >= 8);
  check((await page.$eval("#stop", (b) => b.disabled)) === false, "stop is disabled while generating");
  await page.click("#stop");
  await page.waitForFunction(() => document.body.dataset.state === "idle");
  const stopped = await lastAnswer();
  check(stopped.finish === "stopped", `after stop the answer's finish is ${stopped.finish}`);
  check(/stopped$/.test(stopped.stats), `stats after stop: ${JSON.stringify(stopped.stats)}`);
  const deadline = Date.now() + 30_000;
  while ((await metric("xlagen_active_slots")) !== 0) {
    check(Date.now() < deadline, "the stopped request still holds its slot after 30 s");
    await sleep(50);
  }
  check((await metric("xlagen_requests_cancelled_total")) === cancelledBefore + 1,
    "the server did not count the stopped request as cancelled");
  const generatedAtStop = await metric("xlagen_generated_tokens_total");
  await sleep(1000);
  check((await metric("xlagen_generated_tokens_total")) === generatedAtStop,
    "tokens are still being generated after stop");
  const made = generatedAtStop - generatedBefore;
  check(made < 120, `${made} tokens: the stopped request ran to max_tokens`);
  check((await lastAnswer()).text === stopped.text, "the stopped answer kept growing");
  console.log(`stopped after ${made} tokens (${stopped.stats}); the server counted the cancel`);

  check(pageErrors.length === 0, `errors in the page: ${pageErrors.join("; ")}`);
  await page.screenshot({ path: screenshot });
  console.log(`screenshot: ${screenshot}`);
} catch (e) {
  console.error(`chat_page.mjs: ${e.stack || e}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
