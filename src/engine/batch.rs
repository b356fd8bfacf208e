//! Sequences in slots over one KV cache, and the one decode loop that `generate`,
//! `generate_batch`, the bench and the server share.
//!
//! A `Batch` is a KV cache of `slots` sequences plus what each slot holds. `Engine::admit` puts
//! a prompt into a free slot; each `Engine::step` then runs one prompt chunk of the oldest
//! sequence still prefilling (so a long prompt holds the others back by one chunk at most),
//! hands its first token over at once, and runs one decode block of up to `decode_steps` tokens
//! over the sequences decoding, in one executable call whose rows are those sequences (padded
//! to a row bucket), each at its own position with its own sampling settings. While another
//! prompt still waits for a chunk the block is one token, so its chunk is not held back. A
//! finished or cancelled sequence frees its slot for the next step; the rest of its block is
//! dropped.

use std::time::Instant;

use anyhow::{bail, Context, Result};

use super::programs::{rows_for, Sampling, StepSpec, DEVICE_STOP_IDS};
use super::sampler;
use super::tensor_parallel::{DeviceArg, DeviceBuffer};
use super::{Engine, Flow, GenerateParams, Generation, StopReason};
use crate::model::mistral::KvCache;

/// Slots and the device cache they share.
pub struct Batch {
    /// Taken while a step runs (the executable consumes it) and put back updated.
    cache: Option<KvCache<DeviceBuffer>>,
    slots: Vec<Option<Sequence>>,
    emit_logits: bool,
    admitted: u64,
    totals: StepTotals,
}

/// What a batch's device calls have done so far: where a server's time goes (prompt chunks
/// or decode blocks), and the decode rate its batches reach, which the clients' own figures
/// mix with prefill and queueing.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct StepTotals {
    pub prefill_calls: u64,
    /// Prompt tokens prefilled (the chunks' padding not counted).
    pub prefill_tokens: u64,
    pub prefill_seconds: f64,
    pub decode_calls: u64,
    /// Tokens the decode calls drew that went to a sequence (stop ids included; the rest of a
    /// block after a row's end not).
    pub decode_tokens: u64,
    pub decode_seconds: f64,
}

impl std::ops::Add for StepTotals {
    type Output = StepTotals;

    fn add(self, b: StepTotals) -> StepTotals {
        StepTotals {
            prefill_calls: self.prefill_calls + b.prefill_calls,
            prefill_tokens: self.prefill_tokens + b.prefill_tokens,
            prefill_seconds: self.prefill_seconds + b.prefill_seconds,
            decode_calls: self.decode_calls + b.decode_calls,
            decode_tokens: self.decode_tokens + b.decode_tokens,
            decode_seconds: self.decode_seconds + b.decode_seconds,
        }
    }
}

/// One sequence in its slot.
struct Sequence {
    prompt: Vec<u32>,
    params: GenerateParams,
    /// Admission order: prompts are prefilled first come, first served.
    order: u64,
    /// The prompt bucket and how many of its chunks are written; `None` once decoding.
    prefill: Option<(i64, usize)>,
    /// Cache positions written so far, which is also where the next token goes.
    filled: usize,
    /// The token to feed at `filled` in the next decode step.
    last: u32,
    produced: usize,
    /// Tokens drawn from the seed so far (the position in this sequence's random stream).
    drawn: u64,
}

impl Sequence {
    fn sampling(&self) -> Sampling {
        self.params.sampling()
    }
}

/// What a step produced for a slot.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// A new token of the sequence in `slot`, with the logits it was drawn from when the batch
    /// was made with `emit_logits`.
    Token {
        slot: usize,
        id: u32,
        logits: Option<Vec<f32>>,
    },
    /// The sequence in `slot` ended (its slot is free again).
    Finished { slot: usize, reason: StopReason },
}

impl Batch {
    pub fn slots(&self) -> usize {
        self.slots.len()
    }

    /// A slot with no sequence in it.
    pub fn free_slot(&self) -> Option<usize> {
        self.slots.iter().position(Option::is_none)
    }

    /// Slots holding a sequence.
    pub fn active(&self) -> usize {
        self.slots.iter().filter(|s| s.is_some()).count()
    }

    pub fn is_idle(&self) -> bool {
        self.active() == 0
    }

    /// The device calls' totals since the batch was made.
    pub fn totals(&self) -> StepTotals {
        self.totals
    }

    /// Ends the sequence in `slot` (if any) before its next step.
    pub fn cancel(&mut self, slot: usize) {
        if let Some(s) = self.slots.get_mut(slot) {
            *s = None;
        }
    }
}

/// A step's outputs: next ids `[rows, steps]` (-1 after a row's last), and the logits
/// `[rows, steps, vocab]` when asked.
struct StepOut {
    next: Vec<i32>,
    logits: Option<Vec<f32>>,
}

/// When the KV cache's memory is taken from the system.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CacheMemory {
    /// Page by page as positions are written, on the CPU plugin (the device uses zeroed host
    /// memory in place, `Client::upload_host_mutable`): a short generation never holds a
    /// long cache. Elsewhere the device allocates it whole.
    OnWrite,
    /// All of it when the batch is made, so that a server's memory is fixed at start and does
    /// not grow with the requests it serves.
    Resident,
}

impl Engine {
    /// An empty batch of `slots` sequences: the KV cache for all of them, zeroed, on the
    /// devices, its memory taken as positions are written (`CacheMemory::OnWrite`).
    /// With `emit_logits`, every token comes with the logits it was chosen from.
    pub fn new_batch(&self, slots: usize, emit_logits: bool) -> Result<Batch> {
        self.new_batch_in(slots, emit_logits, CacheMemory::OnWrite)
    }

    /// `new_batch` with the cache's memory taken as `memory` says.
    pub fn new_batch_in(
        &self,
        slots: usize,
        emit_logits: bool,
        memory: CacheMemory,
    ) -> Result<Batch> {
        let most = crate::kernels::i8_matmul::BATCH_INVARIANT_ROWS;
        if slots == 0 || slots > most {
            // Beyond it, the CPU kernel's decode rows would depend on their batch-mates.
            bail!("a batch holds 1 to {most} sequences, not {slots}");
        }
        let looped = self.looped_layers();
        let ty = KvCache::ty(
            &self.cfg,
            &self.shapes(slots as i64, 1),
            self.kv_dtype(),
            looped,
        );
        let buffers = KvCache::buffers(&self.cfg, looped);
        let buffer = || self.cache_buffer(&ty, memory);
        let k = (0..buffers).map(|_| buffer()).collect::<Result<_, _>>()?;
        let v = (0..buffers).map(|_| buffer()).collect::<Result<_, _>>()?;
        Ok(Batch {
            cache: Some(KvCache { k, v }),
            slots: (0..slots).map(|_| None).collect(),
            emit_logits,
            admitted: 0,
            totals: StepTotals::default(),
        })
    }

    /// Checks that `prompt` with `params` can run to the end in this engine's cache: refused up
    /// front, never partway.
    pub fn check_request(&self, prompt: &[u32], params: &GenerateParams) -> Result<()> {
        params.validate()?;
        self.check_prompt(prompt)?;
        let (bucket, chunks) = self.prefill_plan(prompt.len());
        let padded = bucket as usize * chunks;
        let needed = self
            .opts
            .positions_needed(prompt.len(), params.max_new_tokens);
        if u64::try_from(needed).unwrap_or(u64::MAX) > self.opts.max_seq.max(0) as u64 {
            bail!(
                "the prompt ({} tokens, {padded} once padded to its bucket) plus {} new tokens \
                 needs {needed} cache positions, but max_seq is {} (raise --max-seq, up to the \
                 model's {})",
                prompt.len(),
                params.max_new_tokens,
                self.opts.max_seq,
                self.cfg.max_position_embeddings
            );
        }
        Ok(())
    }

    fn check_prompt(&self, prompt: &[u32]) -> Result<()> {
        if prompt.is_empty() {
            bail!("the prompt is empty: at least one token id is needed");
        }
        if let Some(&bad) = prompt
            .iter()
            .find(|&&id| id as usize >= self.cfg.vocab_size)
        {
            bail!(
                "prompt token id {bad} is out of range for a vocabulary of {}",
                self.cfg.vocab_size
            );
        }
        Ok(())
    }

    /// Puts `prompt` into a free slot of `batch`; its prefill starts at the next step.
    pub fn admit(
        &self,
        batch: &mut Batch,
        prompt: &[u32],
        params: &GenerateParams,
    ) -> Result<usize> {
        self.check_request(prompt, params)?;
        let (bucket, _) = self.prefill_plan(prompt.len());
        place(batch, prompt, params, bucket)
    }

    /// Runs one prompt chunk (of the oldest sequence still prefilling) and one decode block (of
    /// every sequence decoding), handing each event to `sink` as soon as it is on the host. A
    /// sink that answers `Flow::Stop` to a token ends that slot's sequence there.
    pub fn step(&mut self, batch: &mut Batch, sink: &mut dyn FnMut(Event) -> Flow) -> Result<()> {
        if let Some(slot) = oldest_prefilling(batch) {
            self.prefill_chunk(batch, slot, sink)?;
        }
        let decoding: Vec<usize> = (0..batch.slots.len())
            .filter(|&s| matches!(&batch.slots[s], Some(q) if q.prefill.is_none()))
            .collect();
        // While a prompt still waits for a chunk, decode one token per step, as single steps
        // do: a whole block would hold its next chunk, or its first token, back by K steps.
        let block = if oldest_prefilling(batch).is_some() {
            1
        } else {
            self.opts.decode_steps
        };
        if !decoding.is_empty() {
            self.decode_step(batch, &decoding, block, sink)?;
        }
        Ok(())
    }

    /// The next chunk of the prompt in `slot`; the last one draws the first new token.
    fn prefill_chunk(
        &mut self,
        batch: &mut Batch,
        slot: usize,
        sink: &mut dyn FnMut(Event) -> Flow,
    ) -> Result<()> {
        let seq = batch.slots[slot].as_ref().expect("a prefilling slot");
        let (bucket, done) = seq.prefill.expect("still prefilling");
        let b = bucket as usize;
        let begin = done * b;
        let end = (begin + b).min(seq.prompt.len());
        let mut tokens: Vec<i32> = seq.prompt[begin..end].iter().map(|&t| t as i32).collect();
        // The last chunk is padded at the end: its padding lands in positions the sequence's
        // own decode steps overwrite before any query can see them.
        tokens.resize(b, 0);
        let last_chunk = end == seq.prompt.len();
        let sampling = if last_chunk {
            seq.sampling()
        } else {
            Sampling::Greedy
        };
        let spec = self.prefill_spec(batch.slots() as i64, bucket, sampling, batch.emit_logits);
        let inputs = vec![
            self.upload(&tokens, &[1, bucket])?,
            self.upload(&[begin as i32], &[1])?,
            self.upload(&[slot as i32], &[])?,
            self.upload(&[(end - begin - 1) as i32], &[])?,
        ];
        let sampler = (sampling == Sampling::Random)
            .then(|| self.sampler_inputs(&[Some(seq)]))
            .transpose()?;
        let t0 = Instant::now();
        let out = self.run_step(batch, &spec, inputs, sampler)?;
        let totals = &mut batch.totals;
        totals.prefill_calls += 1;
        totals.prefill_tokens += (end - begin) as u64;
        totals.prefill_seconds += t0.elapsed().as_secs_f64();
        let seq = batch.slots[slot].as_mut().expect("still there");
        if !last_chunk {
            seq.prefill = Some((bucket, done + 1));
            seq.filled = end;
            return Ok(());
        }
        seq.prefill = None;
        seq.filled = seq.prompt.len();
        let logits = out.logits;
        finish_token(batch, slot, out.next[0] as u32, logits, sink);
        Ok(())
    }

    /// Up to `block` (at most `decode_steps`) tokens for each slot in `decoding`, in one call
    /// over a row bucket that holds them. Rows past theirs are padding, in slots no sequence
    /// decodes from (free, or still prefilling): each writes where its slot's own sequence
    /// writes later (or at 0 when free), so nothing a query sees changes, and its output is
    /// ignored.
    fn decode_step(
        &mut self,
        batch: &mut Batch,
        decoding: &[usize],
        block: i64,
        sink: &mut dyn FnMut(Event) -> Flow,
    ) -> Result<()> {
        let slots = batch.slots();
        let steps = self.opts.decode_steps;
        let n = rows_for(decoding.len() as i64, slots as i64) as usize;
        let mut row_slots = decoding.to_vec();
        row_slots.extend(
            (0..slots)
                .filter(|s| !decoding.contains(s))
                .take(n - decoding.len()),
        );
        let rows: Vec<Option<&Sequence>> = row_slots
            .iter()
            .enumerate()
            .map(|(r, &s)| {
                (r < decoding.len())
                    .then(|| batch.slots[s].as_ref())
                    .flatten()
            })
            .collect();
        let sampling = if rows
            .iter()
            .any(|q| q.is_some_and(|q| q.sampling() == Sampling::Random))
        {
            Sampling::Random
        } else {
            Sampling::Greedy
        };
        let tokens: Vec<i32> = rows
            .iter()
            .map(|q| q.map_or(0, |q| q.last as i32))
            .collect();
        let start: Vec<i32> = row_slots
            .iter()
            .map(|&s| batch.slots[s].as_ref().map_or(0, |q| q.filled as i32))
            .collect();
        let slot_ids: Vec<i32> = row_slots.iter().map(|&s| s as i32).collect();
        let sampler = (sampling == Sampling::Random)
            .then(|| self.sampler_inputs(&rows))
            .transpose()?;
        let spec = self.decode_spec(slots as i64, n as i64, sampling, batch.emit_logits);
        let mut inputs = vec![
            self.upload(&tokens, &[n as i64, 1])?,
            self.upload(&start, &[n as i64])?,
            self.upload(&slot_ids, &[n as i64])?,
        ];
        if steps > 1 {
            let (budget, stop_ids) = block_limits(&rows, block.min(steps));
            inputs.push(self.upload(&budget, &[n as i64])?);
            inputs.push(self.upload(&stop_ids, &[n as i64, DEVICE_STOP_IDS])?);
        }
        let t0 = Instant::now();
        let out = self.run_step(batch, &spec, inputs, sampler)?;
        batch.totals.decode_calls += 1;
        batch.totals.decode_seconds += t0.elapsed().as_secs_f64();
        let (vocab, steps) = (self.cfg.vocab_size, steps as usize);
        for (row, &slot) in decoding.iter().enumerate() {
            for j in 0..steps {
                let at = row * steps + j;
                // -1 follows a row's last token of the block.
                let Ok(id) = u32::try_from(out.next[at]) else {
                    break;
                };
                batch.totals.decode_tokens += 1;
                let seq = batch.slots[slot].as_mut().expect("decoding");
                seq.filled += 1;
                let logits = out
                    .logits
                    .as_ref()
                    .map(|l| l[at * vocab..(at + 1) * vocab].to_vec());
                finish_token(batch, slot, id, logits, sink);
                if batch.slots[slot].is_none() {
                    break;
                }
            }
        }
        Ok(())
    }

    /// Each row's temperature, top-k, top-p and key (greedy for rows without a sequence).
    fn sampler_inputs(&self, rows: &[Option<&Sequence>]) -> Result<Vec<DeviceBuffer>> {
        let n = rows.len() as i64;
        let greedy = GenerateParams::greedy(0);
        let params: Vec<&GenerateParams> = rows
            .iter()
            .map(|r| r.map_or(&greedy, |q| &q.params))
            .collect();
        let temperature: Vec<f32> = params.iter().map(|p| p.temperature).collect();
        let top_k: Vec<i32> = params.iter().map(|p| p.top_k as i32).collect();
        let top_p: Vec<f32> = params.iter().map(|p| p.top_p).collect();
        let keys: Vec<u32> = rows
            .iter()
            .flat_map(|r| r.map_or([0; 3], |q| sampler::key(q.params.seed, q.drawn)))
            .collect();
        Ok(vec![
            self.upload(&temperature, &[n])?,
            self.upload(&top_k, &[n])?,
            self.upload(&top_p, &[n])?,
            self.upload(&keys, &[n, 3])?,
        ])
    }

    /// Runs a step over `batch`'s cache, which it donates and gets back updated.
    fn run_step(
        &mut self,
        batch: &mut Batch,
        spec: &StepSpec,
        inputs: Vec<DeviceBuffer>,
        sampler: Option<Vec<DeviceBuffer>>,
    ) -> Result<StepOut> {
        self.prepare_step(spec)?;
        let exe = &self.steps[spec];
        let cache = batch.cache.take().context("the batch lost its cache")?;
        let layers = cache.k.len();
        let mut args: Vec<DeviceArg> = self.weights.iter().map(DeviceArg::Borrowed).collect();
        args.extend(inputs.iter().map(DeviceArg::Borrowed));
        args.extend(cache.into_flat().into_iter().map(DeviceArg::Donated));
        args.extend(sampler.iter().flatten().map(DeviceArg::Borrowed));
        let mut out = exe.execute(args)?.into_iter();
        let next = out.next().context("a step returns its next tokens")?;
        let cache = KvCache::from_flat(out.by_ref().take(2 * layers).collect(), layers)
            .context("a step returns the whole cache")?;
        batch.cache = Some(cache);
        let logits = out.next().map(|l| l.to_host::<f32>()).transpose()?;
        Ok(StepOut {
            next: next.to_host::<i32>()?,
            logits,
        })
    }

    /// Generates from `prompt`, calling `on_token` with each new id as soon as it is on the host.
    /// With `logits_out`, the logits each new id was chosen from are collected too.
    pub fn generate(
        &mut self,
        prompt: &[u32],
        params: &GenerateParams,
        mut logits_out: Option<&mut Vec<Vec<f32>>>,
        mut on_token: impl FnMut(u32) -> Flow,
    ) -> Result<Generation> {
        self.check_request(prompt, params)?;
        self.prepare(prompt.len(), params.sampling(), logits_out.is_some())?;
        let mut batch = self.new_batch(1, logits_out.is_some())?;
        let t0 = Instant::now();
        let (mut ttft_ms, mut decode_start) = (0.0, t0);
        self.admit(&mut batch, prompt, params)?;
        let mut ids = Vec::new();
        let mut stop = None;
        while stop.is_none() {
            self.step(&mut batch, &mut |event| match event {
                Event::Token { id, logits, .. } => {
                    if ids.is_empty() {
                        ttft_ms = t0.elapsed().as_secs_f64() * 1e3;
                        decode_start = Instant::now();
                    }
                    ids.push(id);
                    if let (Some(sink), Some(l)) = (logits_out.as_deref_mut(), logits) {
                        sink.push(l);
                    }
                    let flow = on_token(id);
                    if flow == Flow::Stop {
                        stop = Some(StopReason::Callback);
                    }
                    flow
                }
                Event::Finished { reason, .. } => {
                    stop = Some(reason);
                    Flow::Continue
                }
            })?;
        }
        let (bucket, chunks) = self.prefill_plan(prompt.len());
        Ok(Generation {
            decode_steps: ids.len().saturating_sub(1),
            ids,
            stop: stop.expect("the loop ends on a stop"),
            prompt_tokens: prompt.len(),
            padded_prompt: bucket as usize * chunks,
            ttft_ms,
            decode_ms: decode_start.elapsed().as_secs_f64() * 1e3,
        })
    }

    /// Generation for several prompts at once, each in its own slot of one batch. Returns each
    /// prompt's new ids (up to a stop id or `max_new_tokens`), which are what each would get
    /// alone.
    pub fn generate_batch(
        &mut self,
        prompts: &[Vec<u32>],
        params: &GenerateParams,
    ) -> Result<Vec<Vec<u32>>> {
        if prompts.is_empty() {
            bail!("a batch needs at least one prompt");
        }
        let mut batch = self.new_batch(prompts.len(), false)?;
        let mut outputs = vec![Vec::new(); prompts.len()];
        let mut slot_of = Vec::new();
        for prompt in prompts {
            slot_of.push(self.admit(&mut batch, prompt, params)?);
        }
        while !batch.is_idle() {
            self.step(&mut batch, &mut |event| {
                if let Event::Token { slot, id, .. } = event {
                    let i = slot_of.iter().position(|&s| s == slot).expect("admitted");
                    outputs[i].push(id);
                }
                Flow::Continue
            })?;
        }
        Ok(outputs)
    }

    /// The no-cache ablation: every token recomputes the whole sequence from scratch, as a
    /// model without a KV cache must: one prefill of `padded` tokens per step, from position 0.
    pub fn generate_no_cache(
        &mut self,
        prompt: &[u32],
        params: &GenerateParams,
        mut on_token: impl FnMut(u32) -> Flow,
    ) -> Result<Generation> {
        params.validate()?;
        if params.sampling() != Sampling::Greedy {
            bail!("the no-cache ablation is greedy only (use --temperature 0)");
        }
        self.check_prompt(prompt)?;
        let padded = self.no_cache_length(prompt.len() + params.max_new_tokens);
        if padded > self.opts.max_seq {
            bail!(
                "the prompt ({} tokens) plus {} new tokens needs {padded} positions, but max_seq is {}",
                prompt.len(),
                params.max_new_tokens,
                self.opts.max_seq
            );
        }
        let one = GenerateParams {
            max_new_tokens: 1,
            ..params.clone()
        };
        self.prepare_step(&self.prefill_spec(1, padded, Sampling::Greedy, false))?;
        // The slot is reused: each prefill rewrites every position its queries can see.
        let mut batch = self.new_batch(1, false)?;
        let mut seq = prompt.to_vec();
        let t0 = Instant::now();
        let (mut ttft_ms, mut decode_start) = (0.0, t0);
        let mut ids = Vec::new();
        let mut stop = StopReason::MaxTokens;
        while ids.len() < params.max_new_tokens {
            place(&mut batch, &seq, &one, padded)?;
            let mut next = None;
            while !batch.is_idle() {
                self.step(&mut batch, &mut |event| {
                    if let Event::Token { id, .. } = event {
                        next = Some(id);
                    }
                    Flow::Continue
                })?;
            }
            if ids.is_empty() {
                ttft_ms = t0.elapsed().as_secs_f64() * 1e3;
                decode_start = Instant::now();
            }
            let Some(id) = next else {
                stop = StopReason::Eos;
                break;
            };
            ids.push(id);
            seq.push(id);
            if on_token(id) == Flow::Stop {
                stop = StopReason::Callback;
                break;
            }
        }
        Ok(Generation {
            decode_steps: ids.len().saturating_sub(1),
            ids,
            stop,
            prompt_tokens: prompt.len(),
            padded_prompt: padded as usize,
            ttft_ms,
            decode_ms: decode_start.elapsed().as_secs_f64() * 1e3,
        })
    }
}

/// Each row's token budget for a block of `steps` (what its sequence may still draw, at most
/// `steps`; 0 for a row that is not decoding) and the stop ids it may end on inside the block
/// (the first `DEVICE_STOP_IDS`, -1 padded: `finish_token` checks them all).
fn block_limits(rows: &[Option<&Sequence>], steps: i64) -> (Vec<i32>, Vec<i32>) {
    let width = DEVICE_STOP_IDS as usize;
    let mut budget = Vec::with_capacity(rows.len());
    let mut stop_ids = vec![-1i32; rows.len() * width];
    for (r, row) in rows.iter().enumerate() {
        let Some(q) = row else {
            budget.push(0);
            continue;
        };
        let left = q.params.max_new_tokens.saturating_sub(q.produced);
        budget.push(left.min(steps as usize) as i32);
        for (slot, &id) in stop_ids[r * width..].iter_mut().zip(&q.params.stop_ids) {
            *slot = i32::try_from(id).unwrap_or(-1);
        }
    }
    (budget, stop_ids)
}

/// Puts `prompt` into a free slot, to be prefilled in chunks of `bucket` (checked by callers).
fn place(batch: &mut Batch, prompt: &[u32], params: &GenerateParams, bucket: i64) -> Result<usize> {
    let slot = batch
        .free_slot()
        .context("every slot of the batch is taken")?;
    batch.slots[slot] = Some(Sequence {
        prompt: prompt.to_vec(),
        params: params.clone(),
        order: batch.admitted,
        prefill: Some((bucket, 0)),
        filled: 0,
        last: 0,
        produced: 0,
        drawn: 0,
    });
    batch.admitted += 1;
    Ok(slot)
}

/// The slot of the sequence admitted first among those still prefilling.
fn oldest_prefilling(batch: &Batch) -> Option<usize> {
    batch
        .slots
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            s.as_ref()
                .filter(|q| q.prefill.is_some())
                .map(|q| (q.order, i))
        })
        .min()
        .map(|(_, slot)| slot)
}

/// Records a token drawn for `slot` and hands it to `sink`: ends the sequence on a stop id,
/// once it has all its tokens, or when the sink says stop, else queues the token for the next
/// decode step.
fn finish_token(
    batch: &mut Batch,
    slot: usize,
    id: u32,
    logits: Option<Vec<f32>>,
    sink: &mut dyn FnMut(Event) -> Flow,
) {
    let seq = batch.slots[slot].as_mut().expect("a sequence");
    seq.drawn += 1;
    let reason = if seq.produced == seq.params.max_new_tokens {
        Some(StopReason::MaxTokens)
    } else if seq.params.stop_ids.contains(&id) {
        Some(StopReason::Eos)
    } else {
        seq.produced += 1;
        seq.last = id;
        let full = seq.produced == seq.params.max_new_tokens;
        if sink(Event::Token { slot, id, logits }) == Flow::Stop {
            batch.slots[slot] = None;
            return;
        }
        full.then_some(StopReason::MaxTokens)
    };
    if let Some(reason) = reason {
        batch.slots[slot] = None;
        sink(Event::Finished { slot, reason });
    }
}
