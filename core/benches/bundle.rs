//! Bundle benchmarks: encrypting and decrypting 64 MiB (a backup with photos is tens
//! of megabytes), and one Argon2id derivation with [`KdfParams::PHONE`] (what a
//! family member waits for after typing a passphrase).

use std::io::{Read, Write};
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use hagukumi_core::bundle::{BundleKind, BundleReader, BundleSecret, BundleWriter, ShareKey};

const SIZE: usize = 64 * 1024 * 1024;

fn throughput(c: &mut Criterion) {
    let secret = BundleSecret::Key(ShareKey::generate().expect("randomness"));
    let plain: Vec<u8> = (0..SIZE).map(|i| (i * 31 + i / 251) as u8).collect();
    let sealed = {
        let mut w = BundleWriter::new(
            Vec::with_capacity(SIZE + SIZE / 1000),
            BundleKind::Backup,
            &secret,
        )
        .expect("writer");
        w.write_all(&plain).expect("write");
        w.finish().expect("finish")
    };

    let mut group = c.benchmark_group("bundle");
    group.throughput(Throughput::Bytes(SIZE as u64));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("encrypt 64 MiB", |b| {
        let mut out = Vec::with_capacity(sealed.len());
        b.iter(|| {
            out.clear();
            let mut w = BundleWriter::new(&mut out, BundleKind::Backup, &secret).expect("writer");
            // 1 MiB writes, as a copy loop from a file would do.
            for piece in plain.chunks(1024 * 1024) {
                w.write_all(piece).expect("write");
            }
            w.finish().expect("finish");
        })
    });
    group.bench_function("decrypt 64 MiB", |b| {
        let mut buf = vec![0u8; 1024 * 1024];
        b.iter(|| {
            let mut r = BundleReader::open(sealed.as_slice(), &secret).expect("open");
            let mut total = 0;
            loop {
                let n = r.read(&mut buf).expect("read");
                if n == 0 {
                    break;
                }
                total += n;
            }
            assert_eq!(total, SIZE);
        })
    });
    group.finish();
}

fn argon2_phone(c: &mut Criterion) {
    let secret = BundleSecret::Passphrase("a passphrase of a family".into());
    let sealed = BundleWriter::new(Vec::new(), BundleKind::Share, &secret)
        .expect("writer")
        .finish()
        .expect("finish");
    let mut group = c.benchmark_group("bundle");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    // Opening runs Argon2id once (and reads an empty stream: nothing else).
    group.bench_function("open with passphrase (Argon2id PHONE)", |b| {
        b.iter(|| BundleReader::open(sealed.as_slice(), &secret).expect("open"))
    });
    group.finish();
}

criterion_group!(benches, throughput, argon2_phone);
criterion_main!(benches);
