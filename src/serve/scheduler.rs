//! The scheduler: one thread that owns the engine (every PJRT call happens on it), takes jobs
//! from a bounded queue into free slots of one batch, and steps the batch while any slot is
//! busy: continuous batching. Each step decodes a block of the engine's `decode_steps` tokens
//! per running job, so jobs join, and stream their tokens, once per block (a job's first token
//! goes out as soon as its prompt's last chunk has run). A job whose receiver is gone
//! (its client disconnected, or its text hit a stop string) is cancelled, and its slot is free
//! at the next step.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, SyncSender, TrySendError};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::mpsc::UnboundedSender;

use super::metrics::Metrics;
use crate::engine::{CacheMemory, Engine, Event, Flow, GenerateParams, StopReason};

/// What the scheduler tells a job's owner.
#[derive(Debug)]
pub enum Update {
    Token(u32),
    Done(StopReason),
    Failed(String),
}

/// One request, tokenized and checked.
pub struct Job {
    pub prompt: Vec<u32>,
    pub params: GenerateParams,
    pub updates: UnboundedSender<Update>,
    pub enqueued: Instant,
}

/// The sending end of the bounded queue.
#[derive(Clone)]
pub struct Queue {
    sender: SyncSender<Job>,
    metrics: Arc<Metrics>,
}

impl Queue {
    /// Queues `job`; gives it back when the queue is full.
    pub fn try_push(&self, job: Job) -> Result<(), Job> {
        // Counted before sending, so the scheduler's decrement never runs first.
        self.metrics.queue_depth.fetch_add(1, Ordering::Relaxed);
        match self.sender.try_send(job) {
            Ok(()) => Ok(()),
            Err(TrySendError::Full(job) | TrySendError::Disconnected(job)) => {
                self.metrics.queue_depth.fetch_sub(1, Ordering::Relaxed);
                Err(job)
            }
        }
    }
}

/// Starts the scheduler thread over `engine` with `slots` sequences at once and a queue of
/// `max_queue` waiting jobs. It runs until `stop` is set and nothing is queued or running.
pub fn start(
    mut engine: Engine,
    slots: usize,
    max_queue: usize,
    metrics: Arc<Metrics>,
    stop: Arc<AtomicBool>,
) -> anyhow::Result<(Queue, std::thread::JoinHandle<()>)> {
    let batch = engine.new_batch_in(slots, false, CacheMemory::Resident)?;
    let (sender, receiver) = std::sync::mpsc::sync_channel(max_queue);
    let queue = Queue {
        sender,
        metrics: metrics.clone(),
    };
    let handle = std::thread::Builder::new()
        .name("xlagen-scheduler".into())
        .spawn(move || run(&mut engine, batch, receiver, &metrics, &stop))?;
    Ok((queue, handle))
}

fn run(
    engine: &mut Engine,
    mut batch: crate::engine::Batch,
    queue: Receiver<Job>,
    metrics: &Metrics,
    stop: &AtomicBool,
) {
    let mut jobs: Vec<Option<Job>> = (0..batch.slots()).map(|_| None).collect();
    loop {
        // A job nobody listens to any more gives its slot back before the next step.
        for (slot, job) in jobs.iter_mut().enumerate() {
            if job.as_ref().is_some_and(|j| j.updates.is_closed()) {
                *job = None;
                batch.cancel(slot);
            }
        }
        // Said before waiting below, which, with nothing running, lasts until a job comes.
        metrics.set_active(batch.active());
        // Fill free slots; wait for work only when nothing is running.
        while batch.free_slot().is_some() {
            let job = if batch.is_idle() {
                match queue.recv_timeout(Duration::from_millis(50)) {
                    Ok(job) => job,
                    Err(RecvTimeoutError::Timeout) if stop.load(Ordering::Relaxed) => return,
                    Err(RecvTimeoutError::Timeout) => continue,
                    Err(RecvTimeoutError::Disconnected) => return,
                }
            } else {
                match queue.try_recv() {
                    Ok(job) => job,
                    Err(_) => break,
                }
            };
            metrics.queue_depth.fetch_sub(1, Ordering::Relaxed);
            if job.updates.is_closed() {
                continue;
            }
            match engine.admit(&mut batch, &job.prompt, &job.params) {
                Ok(slot) => jobs[slot] = Some(job),
                Err(e) => {
                    let _ = job.updates.send(Update::Failed(format!("{e:#}")));
                }
            }
        }
        metrics.set_active(batch.active());
        if batch.is_idle() {
            continue;
        }
        let mut deliver = |event| {
            let (slot, update) = match event {
                Event::Token { slot, id, .. } => (slot, Update::Token(id)),
                Event::Finished { slot, reason } => (slot, Update::Done(reason)),
            };
            let finished = matches!(update, Update::Done(_));
            let delivered = jobs[slot]
                .as_ref()
                .is_some_and(|job| job.updates.send(update).is_ok());
            if finished || !delivered {
                jobs[slot] = None;
            }
            // Nobody listens any more: the engine ends the sequence and frees its slot.
            if delivered {
                Flow::Continue
            } else {
                Flow::Stop
            }
        };
        if let Err(e) = engine.step(&mut batch, &mut deliver) {
            // The cache may be gone with the failed call: fail every job and start over.
            let message = format!("generation failed: {e:#}");
            for (slot, job) in jobs.iter_mut().enumerate() {
                if let Some(job) = job.take() {
                    let _ = job.updates.send(Update::Failed(message.clone()));
                }
                batch.cancel(slot);
            }
            metrics.retire_steps();
            match engine.new_batch_in(jobs.len(), false, CacheMemory::Resident) {
                Ok(b) => batch = b,
                Err(_) => return,
            }
            continue;
        }
        metrics.set_steps(batch.totals());
        metrics.set_active(batch.active());
    }
}
