#!/usr/bin/env python3
"""Load test of `xlagen serve` against llama.cpp's `llama-server` (issue 12 item 6), bounded
and on 127.0.0.1 only.

One server per engine for the whole run, with as many slots as the top level has clients
(`xlagen serve --quant int8 --max-batch 32 --kv-dtype f16`, `llama-server --parallel 32`, continuous batching, f16 KV caches both;
both on the Q8_0 GGUF made from the default model, xlagen quantizing it to its per-channel INT8
at load). First each prompt alone (the greedy references, which also compile and warm the
server), then for each concurrency level (1, 2, 4, 8, 16, 32) N closed-loop streaming clients
(`/v1/completions`, `stream: true`, usage included) of MT-Bench first turns in the chat
template, short and long prompts mixed, max_tokens mixed (1/8, 1/2 and all of --max-tokens),
generation through EOS (`ignore_eos`) so lengths are what was asked; a quarter sample at
temperature 0.8 (seeded), the rest greedy; one in eight is cancelled (the connection closed)
after a third of its tokens.

The ladder runs `--sweeps` times (default 2) on the same server with the same requests; the
table is the last sweep's, errors and lost responses are counted over all sweeps, and the server's
RSS is recorded after each sweep: what a server keeps per request shows as growth from one sweep
to the next, what it takes once (its first burst of concurrency) only in the first.

Measured per level and engine: aggregate generated tok/s (every token received, cancelled ones
included, over the level's wall time), TTFT and inter-token latency p50/p99 (client side, from
the request's start and between streamed chunks), the server's RSS after the level's first
and last request and before/after all levels (growth per request), its peak RSS (VmHWM),
errors; for xlagen also its own clock's split (from /metrics) of the level into prompt-chunk and
decode-block time, and the decode blocks' rate: the batched decode throughput, which the
clients' aggregate mixes with prefill. Checked: every completed
response is whole (the stream ends in [DONE], finish_reason "length", completion_tokens =
max_tokens) and every greedy one equals the single-request output of the same engine (its text
is a prefix of the reference made alone, before the levels, at the longest length). llama.cpp's
prompt cache is off (`cache_prompt: false`, `--cache-ram 0`): xlagen has none, and TTFT should
measure prefill.

After the levels, a decode pass on the same server: `--decode-streams` (default 1 and 16)
concurrent greedy streams of the short prompts, `--decode-tokens` (default 128) tokens each, all
started together: the aggregate decode throughput against one stream's, which the MT-Bench
levels (whose prompts outweigh their answers several times at 16 clients) do not show. It runs
`--decode-rounds` (default 3) rounds, each running every stream count once in turn, and pools
each count's rounds: one 128-token stream lasts about a second, and the machine's speed drifts
by ±15% over such spans, so a single round's ratio moved with which count ran in a fast moment. Every
answer must agree with its prompt's reference made alone. `--xlagen-int8-dot amx` runs the
xlagen server with `XLAGEN_INT8_DOT=amx` (decode on AMX tiles).

    /work/venv/bin/python benchmarks/peers/load_test.py      # ~20 min on 2 cores (defaults)
    ... --levels 1,2,4 --requests-per-level 4 --max-tokens 32 --sweeps 1  # a smoke run, ~2 min

Writes benchmarks/results/serve_load.json and .md, and SVG plots in benchmarks/results/plots/.
Standard library only (http.client; SSE parsed by hand).
"""

import argparse
import http.client
import json
import os
import random
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
import llamacpp  # noqa: E402

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class Server:
    """One server process on 127.0.0.1, its RSS sampled from /proc while it runs."""

    def __init__(self, engine: str, model: Path, slots: int, max_seq: int, threads: int,
                 log_dir: Path, kv_dtype: str, tag: str = "", int8_dot: str = ""):
        self.engine, self.port = engine, free_port()
        if engine == "xlagen":
            cmd = [common.xlagen_bin(), "serve", "--model", model, "--quant", "int8",
                   "--host", HOST, "--port", self.port, "--max-batch", slots,
                   "--max-seq", max_seq, "--max-queue", 1024, "--kv-dtype", kv_dtype]
        else:
            cmd = [llamacpp.tool("llama-server"), "-m", model, "--host", HOST, "--port", self.port,
                   "--parallel", slots, "-c", slots * max_seq, "-t", threads, "-tb", threads,
                   "--cont-batching", "--cache-ram", "0", "--no-webui",
                   *llamacpp.repack_flags(model)]
        self.log = open(log_dir / f"{engine}-{slots}{tag}.log", "w")
        self.started = time.perf_counter()
        env = dict(os.environ)
        if engine == "xlagen" and int8_dot:
            env["XLAGEN_INT8_DOT"] = int8_dot
        self.proc = subprocess.Popen([str(c) for c in cmd], stdout=self.log, stderr=self.log,
                                     env=env)
        self.samples: list[tuple[float, int]] = []
        self._stop = threading.Event()
        self.ready_s = self._wait_ready()
        threading.Thread(target=self._sample, daemon=True).start()

    def _wait_ready(self, timeout=600) -> float:
        while time.perf_counter() - self.started < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.engine} server exited {self.proc.returncode}; "
                                   f"see {self.log.name}")
            try:
                c = http.client.HTTPConnection(HOST, self.port, timeout=2)
                c.request("GET", "/health")
                if c.getresponse().status == 200:
                    return time.perf_counter() - self.started
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"{self.engine} server not ready after {timeout} s")

    def status_kib(self, field: str) -> int | None:
        try:
            for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
                if line.startswith(field + ":"):
                    return int(line.split()[1])
        except OSError:
            return None
        return None

    def _sample(self):
        while not self._stop.is_set():
            rss = self.status_kib("VmRSS")
            if rss is not None:
                self.samples.append((time.perf_counter(), rss))
            self._stop.wait(0.25)

    def step_totals(self) -> dict[str, float]:
        """xlagen's device-call counters from /metrics (prefill and decode calls, tokens,
        seconds); empty for a server without them."""
        if self.engine != "xlagen":
            return {}
        c = http.client.HTTPConnection(HOST, self.port, timeout=10)
        c.request("GET", "/metrics")
        text = c.getresponse().read().decode()
        totals = {}
        for line in text.splitlines():
            name, _, value = line.partition(" ")
            if name.startswith(("xlagen_prefill_", "xlagen_decode_")) and name.endswith("_total"):
                totals[name.removeprefix("xlagen_").removesuffix("_total")] = float(value)
        return totals

    def rss_at(self, t: float) -> float | None:
        before = [kib for ts, kib in self.samples if ts <= t]
        return before[-1] / 1024 if before else None

    def stop(self) -> float | None:
        peak = self.status_kib("VmHWM")
        self._stop.set()
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()
        return peak / 1024 if peak else None


def stream_completion(port: int, req: dict, cancel_after: int | None, timeout=600) -> dict:
    """POSTs one streaming /v1/completions request, reading SSE events as they come."""
    body = {"prompt": req["prompt"], "max_tokens": req["max_tokens"], "stream": True,
            "stream_options": {"include_usage": True}, "temperature": req["temperature"],
            "seed": req["seed"], "ignore_eos": True, "cache_prompt": False}
    out = {"text": "", "chunk_times": [], "finish_reason": None, "usage": None, "done": False,
           "error": None, "cancelled": False}
    t0 = time.perf_counter()
    out["start"] = t0
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request("POST", "/v1/completions", json.dumps(body),
                     {"Content-Type": "application/json"})
        resp = conn.getresponse()
        if resp.status != 200:
            out["error"] = f"HTTP {resp.status}: {resp.read()[:300]!r}"
            return out
        while True:
            line = resp.fp.readline()
            if not line:
                break
            line = line.strip()
            if not line.startswith(b"data:"):
                continue
            data = line[5:].strip()
            if data == b"[DONE]":
                out["done"] = True
                break
            event = json.loads(data)
            if event.get("usage"):
                out["usage"] = event["usage"]
            for choice in event.get("choices") or []:
                if choice.get("text"):
                    out["text"] += choice["text"]
                    out["chunk_times"].append(time.perf_counter() - t0)
                if choice.get("finish_reason"):
                    out["finish_reason"] = choice["finish_reason"]
            if cancel_after is not None and len(out["chunk_times"]) >= cancel_after:
                out["cancelled"] = True
                break
    except (OSError, http.client.HTTPException, ValueError) as e:
        out["error"] = f"{type(e).__name__}: {e}"
    finally:
        conn.close()
    out["end"] = time.perf_counter()
    return out


def make_requests(prompts: list[str], n: int, max_tokens: int, rng: random.Random) -> list[dict]:
    lengths = sorted({max(1, max_tokens // 8), max(1, max_tokens // 2), max_tokens})
    reqs = []
    for i in range(n):
        greedy = rng.random() >= 0.25
        m = rng.choice(lengths)
        reqs.append({"prompt_index": i % len(prompts), "prompt": prompts[i % len(prompts)],
                     "max_tokens": m, "temperature": 0.0 if greedy else 0.8,
                     "seed": rng.randrange(1 << 31),
                     "cancel_after": max(1, m // 3) if rng.random() < 0.125 else None})
    return reqs


def run_level(server: Server, reqs: list[dict], concurrency: int) -> tuple[list, float]:
    results: list = [None] * len(reqs)
    nxt = iter(range(len(reqs)))
    lock = threading.Lock()

    def worker():
        while True:
            with lock:
                i = next(nxt, None)
            if i is None:
                return
            r = reqs[i]
            res = stream_completion(server.port, r, r["cancel_after"])
            results[i] = {**r, **res}

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results, time.perf_counter() - t0


def check(res: dict, references: dict) -> str | None:
    """Why a response is lost or corrupted, or None."""
    if res["error"]:
        return res["error"]
    if res["cancelled"]:
        return None
    if not res["done"]:
        return "stream ended without [DONE]"
    if res["finish_reason"] != "length":
        return f"finish_reason {res['finish_reason']!r}, expected 'length'"
    usage = res["usage"] or {}
    if usage.get("completion_tokens") not in (None, res["max_tokens"]):
        return f"completion_tokens {usage.get('completion_tokens')} != max_tokens {res['max_tokens']}"
    if res["temperature"] == 0.0:
        # The reference was made at --max-tokens; the decode pass asks for more: the shorter
        # of the two must begin the other.
        ref, text = references[res["prompt_index"]], res["text"]
        if not (ref.startswith(text) or text.startswith(ref)):
            return "greedy text differs from the single-request output"
    return None


def summarize(results: list, wall: float, references: dict) -> dict:
    ttft, itl, tokens, prompt_tokens, errors, lost = [], [], 0, 0, [], []
    for r in results:
        times = r["chunk_times"]
        if r["error"]:
            errors.append(r["error"])
        if times:
            ttft.append(times[0] * 1e3)
            itl += [(b - a) * 1e3 for a, b in zip(times, times[1:])]
        usage = r["usage"] or {}
        tokens += usage.get("completion_tokens") or len(times)
        prompt_tokens += usage.get("prompt_tokens") or 0
        why = check(r, references)
        if why and not r["error"]:
            lost.append(f"request {results.index(r)}: {why}")
    greedy_done = [r for r in results if r["temperature"] == 0.0 and not r["cancelled"]
                   and not r["error"]]
    return {
        "requests": len(results), "cancelled": sum(r["cancelled"] for r in results),
        "greedy_checked": len(greedy_done), "wall_s": wall,
        "generated_tokens": tokens, "tok_s": tokens / wall if wall else None,
        # From the responses' usage (a cancelled stream has none): the prompt work a level
        # carries, which differs between levels (each takes the first N of the same request list).
        "prompt_tokens_of_completed": prompt_tokens,
        "ttft_ms_p50": common.percentile(ttft, 50), "ttft_ms_p99": common.percentile(ttft, 99),
        "itl_ms_p50": common.percentile(itl, 50), "itl_ms_p99": common.percentile(itl, 99),
        "errors": errors, "lost_or_corrupted": lost,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--levels", default="1,2,4,8,16,32")
    parser.add_argument("--requests-per-level", type=int, default=0,
                        help="requests per level (default: 2 × concurrency, at least 4)")
    parser.add_argument("--max-tokens", type=int, default=96)
    parser.add_argument("--max-seq", type=int, default=512, help="KV positions per slot")
    parser.add_argument("--slots", type=int, default=0,
                        help="sequences each server decodes at once (default: the top level)")
    parser.add_argument("--engines", default="xlagen,llama.cpp")
    parser.add_argument("--kv-dtype", default="f16",
                        help="xlagen's KV cache dtype (llama-server's default cache is f16)")
    parser.add_argument("--prompts", type=int, default=16, help="MT-Bench prompts in the mix")
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--model", type=Path,
                        help="GGUF both servers read (default: the Q8_0 file made from the default model)")
    parser.add_argument("--out", type=Path, default=common.RESULTS / "serve_load.json")
    parser.add_argument("--sweeps", type=int, default=2,
                        help="times the whole ladder of levels runs on one server; the table is "
                             "the last sweep's, and the server's RSS is recorded after each, so "
                             "growth per request shows as growth between sweeps")
    parser.add_argument("--decode-streams", default="1,16",
                        help="after the levels, this many concurrent streams of short prompts "
                             "and long answers each (empty: none): the decode throughput")
    parser.add_argument("--decode-tokens", type=int, default=128,
                        help="tokens each decode-pass stream generates")
    parser.add_argument("--decode-rounds", type=int, default=3,
                        help="rounds of the decode pass, each running every stream count once "
                             "in turn; a count's figures pool its rounds")
    parser.add_argument("--xlagen-int8-dot", default="",
                        help="XLAGEN_INT8_DOT for the xlagen server (vnni, amx, f32; default: "
                             "the machine's default)")
    parser.add_argument("--note", default="", help="a line saying how this run was made")
    args = parser.parse_args()
    if args.sweeps < 1:
        parser.error(f"--sweeps {args.sweeps}: at least one sweep is needed")
    if args.decode_rounds < 1:
        parser.error(f"--decode-rounds {args.decode_rounds}: at least one round is needed")
    levels = [int(x) for x in args.levels.split(",")]
    decode_streams = [int(x) for x in args.decode_streams.split(",") if x]
    engines = args.engines.split(",")
    per_level = {c: args.requests_per_level or max(4, 2 * c) for c in levels}
    total = sum(per_level.values()) * args.sweeps
    print(f"load_test: {total} requests per engine over levels {levels}, max_tokens "
          f"{args.max_tokens}; expect ~{max(2, total * args.max_tokens // 900)} min",
          file=sys.stderr)
    started = time.time()
    if "llama.cpp" in engines or args.model is None:
        llamacpp.ensure_built()
    model = args.model or common.model_file("Q8_0")
    rng = random.Random(args.seed)
    # Short and long first turns alternate, so prompt lengths mix within every level.
    qs = sorted(common.mt_bench_questions(), key=lambda q: len(q["turns"][0]))
    picks = qs[:args.prompts // 2] + qs[-(args.prompts - args.prompts // 2):]
    prompts = [common.chat_text(q["turns"][0]) for q in picks]
    log_dir = common.cache_dir("load-test-logs")
    log_dir.mkdir(parents=True, exist_ok=True)
    report = {"what": "xlagen serve vs llama-server, streaming clients on 127.0.0.1",
              "note": args.note, "cpu": common.cpu_model(), "cores": os.cpu_count(),
              "model": str(model), "settings": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
              "levels": {}, "references": {}}
    slots = args.slots or max(levels + decode_streams)
    for engine in engines:
        # One server per engine for the whole run, as deployed: `slots` sequences at once.
        server = Server("xlagen" if engine == "xlagen" else "llama", model, slots, args.max_seq,
                        args.threads, log_dir, args.kv_dtype, int8_dot=args.xlagen_int8_dot)
        # References, one request at a time (each prompt alone, greedy, at the longest length);
        # they also compile and warm whatever the levels will use, before anything is timed.
        refs = {}
        for i, p in enumerate(prompts):
            r = stream_completion(server.port, {"prompt": p, "max_tokens": args.max_tokens,
                                                "temperature": 0.0, "seed": 0}, None)
            if r["error"] or not r["done"]:
                sys.exit(f"{engine}: reference request {i} failed: {r['error'] or 'no [DONE]'}")
            refs[i] = r["text"]
        report["references"][engine] = refs
        rss_before = server.rss_at(time.perf_counter())
        rss_sweeps, lost_total, errors_total = [], 0, 0
        # Every sweep draws the same requests (the same seeds), so sweeps differ only in what
        # the server kept from the ones before.
        level_seeds = {c: rng.random() for c in levels}
        for sweep in range(args.sweeps):
            for c in levels:
                reqs = make_requests(prompts, per_level[c], args.max_tokens,
                                     random.Random(level_seeds[c]))
                before = server.step_totals()
                results, wall = run_level(server, reqs, c)
                s = summarize(results, wall, refs)
                s.update(server_steps(step_deltas(before, server.step_totals())))
                s["rss_mib_after_first_request"] = server.rss_at(min(r["end"] for r in results))
                s["rss_mib_at_end"] = server.rss_at(max(r["end"] for r in results))
                lost_total += len(s["lost_or_corrupted"])
                errors_total += len(s["errors"])
                report["levels"].setdefault(engine, {})[c] = s
                print(f"  {engine} sweep {sweep + 1} x{c}: {s['tok_s']:.1f} tok/s, TTFT p50 "
                      f"{s['ttft_ms_p50']:.0f} ms, errors {len(s['errors'])}, lost "
                      f"{len(s['lost_or_corrupted'])}", file=sys.stderr)
            rss_sweeps.append(server.rss_at(time.perf_counter()))
        rss_after = rss_sweeps[-1]
        short = prompts[:max(1, len(prompts) // 2)]
        # Rounds interleave the stream counts (1, 16, 1, 16, ...), so a drift of the machine's
        # speed over the pass weighs on each count alike; each count's figures pool its rounds.
        passes: dict = {n: {"results": [], "wall": 0.0, "steps": {}} for n in decode_streams}
        for rnd in range(args.decode_rounds):
            for n in decode_streams:
                reqs = [{"prompt_index": i % len(short), "prompt": short[i % len(short)],
                         "max_tokens": args.decode_tokens, "temperature": 0.0, "seed": 0,
                         "cancel_after": None} for i in range(n)]
                before = server.step_totals()
                results, wall = run_level(server, reqs, n)
                p = passes[n]
                p["results"] += results
                p["wall"] += wall
                for key, d in step_deltas(before, server.step_totals()).items():
                    p["steps"][key] = p["steps"].get(key, 0.0) + d
                print(f"  {engine} decode round {rnd + 1} x{n}: "
                      f"{summarize(results, wall, refs)['tok_s']:.1f} tok/s", file=sys.stderr)
        for n, p in passes.items():
            s = summarize(p["results"], p["wall"], refs)
            s.update(server_steps(p["steps"]))
            s["rounds"] = args.decode_rounds
            lost_total += len(s["lost_or_corrupted"])
            errors_total += len(s["errors"])
            report.setdefault("decode", {}).setdefault(engine, {})[n] = s
            print(f"  {engine} decode x{n}: {s['tok_s']:.1f} tok/s over {args.decode_rounds} "
                  f"rounds, lost {len(s['lost_or_corrupted'])}", file=sys.stderr)
        report.setdefault("servers", {})[engine] = {
            "slots": slots, "ready_s": server.ready_s, "peak_rss_mib": server.stop(),
            "rss_mib_before_levels": rss_before, "rss_mib_after_levels": rss_after,
            "rss_mib_after_each_sweep": rss_sweeps,
            "errors_all_sweeps": errors_total, "lost_all_sweeps": lost_total,
            "requests": args.sweeps * sum(per_level.values())}
    report["runtime_s"] = round(time.time() - started, 1)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    md = table(report, levels, engines) + decode_table(report, engines)
    args.out.with_suffix(".md").write_text(md)
    # The default run's plots are plots/serve_*.svg; another --out names its own after its stem,
    # so a side run (another dot, fewer levels) does not overwrite them.
    stem = "serve" if args.out.stem == "serve_load" else args.out.stem
    plots(report, engines, args.out.parent / "plots", stem)
    print(md)
    print(f"wrote {args.out} ({report['runtime_s']} s)", file=sys.stderr)


def step_deltas(before: dict, after: dict) -> dict:
    """How much each of the server's step counters grew (empty for a server without them)."""
    if not before or not after:
        return {}
    return {k: after[k] - before.get(k, 0.0) for k in after}


def server_steps(d: dict) -> dict:
    """What the server's own clock says of a level: seconds in prompt chunks and in decode
    blocks, and the decode blocks' rate (tokens they drew over their time), which is the
    batched decode throughput without the prefill and queueing the clients' figure mixes in.
    `d` is the counters' growth over the level (`step_deltas`); empty gives nothing."""
    if not d:
        return {}
    return {"server_prefill_s": d["prefill_seconds"], "server_decode_s": d["decode_seconds"],
            "server_decode_tok_s": d["decode_tokens"] / d["decode_seconds"]
            if d["decode_seconds"] > 0 else None,
            "server_prefill_tokens": d.get("prefill_tokens"),
            "server_prefill_calls": d.get("prefill_calls"),
            "server_decode_tokens": d.get("decode_tokens"),
            "server_decode_calls": d.get("decode_calls")}


def table(report: dict, levels: list[int], engines: list[str]) -> str:
    def f(x, d=0):
        return "–" if x is None else f"{x:.{d}f}"

    lines = [f"Note: {report['note']}", ""] if report.get("note") else []
    lines += ["| engine | clients | requests (cancelled) | prompt / generated tokens | tok/s | "
              "TTFT p50 / p99 ms | "
             "ITL p50 / p99 ms | RSS first → last req MiB | errors | lost | "
             "server: prefill / decode s | server: decode-block tok/s |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for e in engines:
        for c in levels:
            s = report["levels"][e][c]
            lines.append(
                f"| {e} | {c} | {s['requests']} ({s['cancelled']}) | "
                f"{s.get('prompt_tokens_of_completed', '–')} / {s['generated_tokens']} | "
                f"{f(s['tok_s'], 1)} | "
                f"{f(s['ttft_ms_p50'])} / {f(s['ttft_ms_p99'])} | {f(s['itl_ms_p50'], 1)} / "
                f"{f(s['itl_ms_p99'], 1)} | "
                f"{f(s['rss_mib_after_first_request'])} → {f(s['rss_mib_at_end'])} | "
                f"{len(s['errors'])} | {len(s['lost_or_corrupted'])} | "
                f"{f(s.get('server_prefill_s'), 1)} / {f(s.get('server_decode_s'), 1)} | "
                f"{f(s.get('server_decode_tok_s'), 1)} |")
    sweeps = report["settings"].get("sweeps", 1)
    if sweeps > 1:
        lines[:0] = [f"Levels of sweep {sweeps} of {sweeps} (every sweep sends the same requests "
                     "to the same server).", ""]
    lines += ["", "| server | slots | ready s | requests (all sweeps) | errors / lost (all sweeps) | "
              "RSS before levels → after each sweep MiB | peak RSS MiB |",
              "|---|---:|---:|---:|---:|---:|---:|"]
    for e in engines:
        v = report["servers"][e]
        after = v.get("rss_mib_after_each_sweep", [v["rss_mib_after_levels"]])
        lines.append(f"| {e} | {v['slots']} | {f(v['ready_s'], 1)} | {v['requests']} | "
                     f"{v.get('errors_all_sweeps', '–')} / {v.get('lost_all_sweeps', '–')} | "
                     f"{f(v['rss_mib_before_levels'])} → "
                     f"{' → '.join(f(x) for x in after)} | {f(v['peak_rss_mib'])} |")
    return "\n".join(lines) + "\n"


def decode_table(report: dict, engines: list[str]) -> str:
    """The decode pass: N streams of short prompts generating long answers together, each
    engine's aggregate rate over its own one-stream rate."""
    decode = report.get("decode")
    if not decode:
        return ""
    tokens = report["settings"]["decode_tokens"]
    rounds = report["settings"].get("decode_rounds", 1)
    lines = ["", f"Decode throughput: N concurrent greedy streams, short prompts, {tokens} "
             f"tokens each, {rounds} round(s) interleaving the stream counts (each count's "
             "figures pool its rounds); the ratio is over the same engine's one stream in this "
             "run.", "",
             "| engine | streams | prompt / generated tokens | tok/s | over one stream | "
             "TTFT p50 ms | ITL p50 / p99 ms | server: decode-block tok/s | lost |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]

    def f(x, d=0):
        return "–" if x is None else f"{x:.{d}f}"

    for e in engines:
        runs = decode.get(e, {})
        one = runs.get(1, {}).get("tok_s")
        for n, s in sorted(runs.items()):
            ratio = s["tok_s"] / one if one and s["tok_s"] else None
            lines.append(
                f"| {e} | {n} | {s.get('prompt_tokens_of_completed', '–')} / "
                f"{s['generated_tokens']} | {f(s['tok_s'], 1)} | {f(ratio, 2)}× | "
                f"{f(s['ttft_ms_p50'])} | {f(s['itl_ms_p50'], 1)} / {f(s['itl_ms_p99'], 1)} | "
                f"{f(s.get('server_decode_tok_s'), 1)} | {len(s['lost_or_corrupted'])} |")
    return "\n".join(lines) + "\n"


def plots(report: dict, engines: list[str], out_dir: Path, stem: str = "serve") -> None:
    lv = report["levels"]

    def series(key, suffix=""):
        return {f"{e}{suffix}": [(c, s[key]) for c, s in sorted(lv[e].items())] for e in engines}

    common.svg_lines(out_dir / f"{stem}_throughput.svg", "Aggregate generated tok/s vs clients",
                     "concurrent streaming clients", "tok/s", series("tok_s"))
    common.svg_lines(out_dir / f"{stem}_ttft.svg", "TTFT vs clients", "concurrent streaming clients",
                     "ms", {**series("ttft_ms_p50", " p50"), **series("ttft_ms_p99", " p99")})
    common.svg_lines(out_dir / f"{stem}_itl.svg", "Inter-token latency vs clients",
                     "concurrent streaming clients", "ms",
                     {**series("itl_ms_p50", " p50"), **series("itl_ms_p99", " p99")})


if __name__ == "__main__":
    main()
