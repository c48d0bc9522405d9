//! BLAKE2b and BLAKE2s (RFC 7693) with the full parameter block (key, salt, personalization
//! and tree-hashing parameters), as CPython's `_blake2` exposes them.

/// Parameters of a BLAKE2 instance (validated by the caller against the variant's limits).
#[derive(Clone, Default)]
pub struct Params {
    pub digest_size: usize,
    pub key: Vec<u8>,
    pub salt: Vec<u8>,
    pub person: Vec<u8>,
    pub fanout: u8,
    pub depth: u8,
    pub leaf_size: u32,
    pub node_offset: u64,
    pub node_depth: u8,
    pub inner_size: u8,
    pub last_node: bool,
}

const SIGMA: [[usize; 16]; 12] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
];

macro_rules! blake2_impl {
    ($name:ident, $w:ty, $bytes:expr, $rounds:expr, $iv:expr, [$r1:expr, $r2:expr, $r3:expr, $r4:expr], $salt_len:expr, $offset_len:expr) => {
        #[derive(Clone)]
        pub struct $name {
            h: [$w; 8],
            t: u128,
            buf: [u8; 16 * $bytes],
            buflen: usize,
            last_node: bool,
            out_len: usize,
        }

        impl $name {
            pub const BLOCK: usize = 16 * $bytes;

            pub fn new(p: &Params) -> $name {
                let mut pb = [0u8; 8 * $bytes];
                pb[0] = p.digest_size as u8;
                pb[1] = p.key.len() as u8;
                pb[2] = p.fanout;
                pb[3] = p.depth;
                pb[4..8].copy_from_slice(&p.leaf_size.to_le_bytes());
                pb[8..8 + $offset_len].copy_from_slice(&p.node_offset.to_le_bytes()[..$offset_len]);
                pb[8 + $offset_len] = p.node_depth;
                pb[9 + $offset_len] = p.inner_size;
                let s = 4 * $bytes;
                pb[s..s + p.salt.len()].copy_from_slice(&p.salt);
                let q = s + $salt_len;
                pb[q..q + p.person.len()].copy_from_slice(&p.person);
                let mut h = $iv;
                for (i, hw) in h.iter_mut().enumerate() {
                    let mut b = [0u8; $bytes];
                    b.copy_from_slice(&pb[i * $bytes..(i + 1) * $bytes]);
                    *hw ^= <$w>::from_le_bytes(b);
                }
                let mut st = $name {
                    h,
                    t: 0,
                    buf: [0; 16 * $bytes],
                    buflen: 0,
                    last_node: p.last_node,
                    out_len: p.digest_size,
                };
                if !p.key.is_empty() {
                    let mut block = [0u8; 16 * $bytes];
                    block[..p.key.len()].copy_from_slice(&p.key);
                    st.update(&block);
                }
                st
            }

            fn compress(&mut self, last: bool) {
                let mut m = [0 as $w; 16];
                for (i, mw) in m.iter_mut().enumerate() {
                    let mut b = [0u8; $bytes];
                    b.copy_from_slice(&self.buf[i * $bytes..(i + 1) * $bytes]);
                    *mw = <$w>::from_le_bytes(b);
                }
                let iv = $iv;
                let mut v = [0 as $w; 16];
                v[..8].copy_from_slice(&self.h);
                v[8..].copy_from_slice(&iv);
                v[12] ^= self.t as $w;
                v[13] ^= (self.t >> (8 * $bytes)) as $w;
                if last {
                    v[14] = !v[14];
                    if self.last_node {
                        v[15] = !v[15];
                    }
                }
                #[inline(always)]
                fn g(v: &mut [$w; 16], a: usize, b: usize, c: usize, d: usize, x: $w, y: $w) {
                    v[a] = v[a].wrapping_add(v[b]).wrapping_add(x);
                    v[d] = (v[d] ^ v[a]).rotate_right($r1);
                    v[c] = v[c].wrapping_add(v[d]);
                    v[b] = (v[b] ^ v[c]).rotate_right($r2);
                    v[a] = v[a].wrapping_add(v[b]).wrapping_add(y);
                    v[d] = (v[d] ^ v[a]).rotate_right($r3);
                    v[c] = v[c].wrapping_add(v[d]);
                    v[b] = (v[b] ^ v[c]).rotate_right($r4);
                }
                for s in SIGMA.iter().take($rounds) {
                    g(&mut v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                    g(&mut v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                    g(&mut v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                    g(&mut v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                    g(&mut v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                    g(&mut v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                    g(&mut v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                    g(&mut v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
                }
                for i in 0..8 {
                    self.h[i] ^= v[i] ^ v[i + 8];
                }
            }

            pub fn update(&mut self, mut data: &[u8]) {
                while !data.is_empty() {
                    if self.buflen == Self::BLOCK {
                        // a full block is only compressed once more data follows (the last
                        // block is compressed with the final flag)
                        self.t = self.t.wrapping_add(Self::BLOCK as u128);
                        self.compress(false);
                        self.buflen = 0;
                    }
                    let n = (Self::BLOCK - self.buflen).min(data.len());
                    self.buf[self.buflen..self.buflen + n].copy_from_slice(&data[..n]);
                    self.buflen += n;
                    data = &data[n..];
                }
            }

            pub fn digest(&self) -> Vec<u8> {
                let mut st = self.clone();
                st.t = st.t.wrapping_add(st.buflen as u128);
                for b in st.buf[st.buflen..].iter_mut() {
                    *b = 0;
                }
                st.compress(true);
                let mut out = Vec::with_capacity(8 * $bytes);
                for w in st.h {
                    out.extend_from_slice(&w.to_le_bytes());
                }
                out.truncate(st.out_len);
                out
            }
        }
    };
}

blake2_impl!(
    Blake2b,
    u64,
    8,
    12,
    [
        0x6a09e667f3bcc908u64,
        0xbb67ae8584caa73b,
        0x3c6ef372fe94f82b,
        0xa54ff53a5f1d36f1,
        0x510e527fade682d1,
        0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b,
        0x5be0cd19137e2179,
    ],
    [32, 24, 16, 63],
    16,
    8
);

blake2_impl!(
    Blake2s,
    u32,
    4,
    10,
    [
        0x6a09e667u32,
        0xbb67ae85,
        0x3c6ef372,
        0xa54ff53a,
        0x510e527f,
        0x9b05688c,
        0x1f83d9ab,
        0x5be0cd19,
    ],
    [16, 12, 8, 7],
    8,
    6
);
