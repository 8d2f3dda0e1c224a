//! The summaries' clock, shared by the bench targets that include this file.

use std::time::{Duration, Instant};

/// Nanoseconds per call of each closure, as the median of `rounds` batches of about `batch`
/// each; the closures are measured in turn, round by round, so that load on the machine hits
/// them alike.
pub fn interleaved(ops: &mut [&mut dyn FnMut()], rounds: usize, batch: Duration) -> Vec<f64> {
    // Calibrate: how many calls fill a batch.
    let counts: Vec<u32> = ops
        .iter_mut()
        .map(|f| {
            let mut n = 1u32;
            loop {
                let start = Instant::now();
                for _ in 0..n {
                    f();
                }
                if start.elapsed() >= batch / 4 || n >= 1 << 20 {
                    break (n * 4).max(1);
                }
                n *= 2;
            }
        })
        .collect();
    let mut samples: Vec<Vec<f64>> = vec![Vec::new(); ops.len()];
    for _ in 0..rounds {
        for (i, f) in ops.iter_mut().enumerate() {
            let start = Instant::now();
            for _ in 0..counts[i] {
                f();
            }
            samples[i].push(start.elapsed().as_nanos() as f64 / f64::from(counts[i]));
        }
    }
    samples
        .into_iter()
        .map(|mut s| {
            s.sort_by(f64::total_cmp);
            s[s.len() / 2]
        })
        .collect()
}
